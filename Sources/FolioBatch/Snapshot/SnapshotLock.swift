import FolioCore
import Foundation

/// An exclusive `flock` on `<project>/.lock`, held for a whole snapshot run; the kernel drops
/// it when the process dies, so a killed run never leaves the project locked.
final class SnapshotLock {
    private let fd: Int32

    /// Takes the lock or throws at once, saying another run holds it.
    init(_ url: URL) throws {
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FolioError("cannot open the lock file (\(String(cString: strerror(errno))))", file: url.path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw FolioError("another snapshot of this project is running (lock held); try again when it ends", file: url.path)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
