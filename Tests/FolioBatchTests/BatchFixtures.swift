import FolioTestSupport
import Foundation
import XCTest

/// The `folio` binary with a fixed SOURCE_DATE_EPOCH, and small report folders.
enum BatchFixtures {
    static func folio(_ args: [String], env: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        environment.merge(env) { $1 }
        return try runTool(try folioBinary(), args, environment: environment)
    }

    /// `folder/<name>` with `text`; returns its URL.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A folder named `project` holding `names.md`, each a short report.
    static func reports(_ names: [String], project: String = "proj", in dir: URL) throws -> URL {
        let folder = dir.appendingPathComponent(project)
        for n in names { try write("# \(n)\n\nReport \(n).\n", "\(n).md", in: folder) }
        return folder
    }

    /// Every regular file under `folder`, relative, sorted (dot folders included).
    static func files(under folder: URL) -> [String] {
        let e = FileManager.default.enumerator(atPath: folder.path)
        var out: [String] = []
        while let p = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(p).path, isDirectory: &isDir),
                !isDir.boolValue
            {
                out.append(p)
            }
        }
        return out.sorted()
    }

    static func inode(_ url: URL) throws -> UInt64 {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    /// The visible snapshot folders of `archive/project`, sorted.
    static func snapshots(_ archive: URL, project: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: archive.appendingPathComponent(project).path)) ?? []).filter {
            !$0.hasPrefix(".")
        }.sorted()
    }
}
