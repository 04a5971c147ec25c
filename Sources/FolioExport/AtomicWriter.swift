import FolioCore
import Foundation

/// Writes a set of files so that either all appear complete or none changes: each goes to a
/// temporary name in its final folder, and the renames happen only after every write succeeded.
public enum AtomicWriter {
    public static func write(_ files: [(URL, Data)]) throws {
        var staged: [(tmp: URL, final: URL)] = []
        do {
            for (url, data) in files {
                let dir = url.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
                try data.write(to: tmp)
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
