import FolioCore
import Foundation

/// Writes a set of files so that either all appear complete or none changes: each goes to a
/// temporary name in its final folder, and the renames happen only after every write succeeded.
public enum AtomicWriter {
    /// Plain POSIX write: creates or truncates, writes everything, checks every step.
    private static func writeFile(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw FolioError("cannot create (\(String(cString: strerror(errno))))", file: path) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
                guard n > 0 else { throw FolioError("cannot write (\(String(cString: strerror(errno))))", file: path) }
                offset += n
            }
        }
    }

    public static func write(_ files: [(URL, Data)]) throws {
        var staged: [(tmp: URL, final: URL)] = []
        do {
            for (url, data) in files {
                let dir = url.deletingLastPathComponent()
                if access(dir.path, F_OK) != 0 { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
                let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
                try writeFile(data, to: tmp.path)
                staged.append((tmp, url))
            }
            for s in staged {
                if rename(s.tmp.path, s.final.path) != 0 {
                    throw FolioError("cannot move the finished file into place (\(String(cString: strerror(errno))))", file: s.final.path)
                }
            }
        } catch {
            for s in staged { try? FileManager.default.removeItem(at: s.tmp) }
            if let e = error as? FolioError { throw e }
            throw FolioError("cannot write output: \(error.localizedDescription)", file: files.first?.0.path)
        }
    }
}
