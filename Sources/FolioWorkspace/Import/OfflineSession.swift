import Crypto
import Foundation
import ZIPFoundation

/// The files of one ClearML offline session, read into memory from its `.zip` or folder:
/// `task.json`, `metrics.jsonl`, `log.jsonl` and everything under `data/`.
struct OfflineSession: Sendable {
    var taskJSON: Data
    var metrics: Data?
    var log: Data?
    /// Files under `data/`, keyed by their path relative to `data/` (the events' `key`).
    var files: [String: Data]

    /// A content digest: equal sessions are re-import no-ops.
    var digest: String {
        var h = SHA256()
        for part in [taskJSON, metrics ?? Data(), log ?? Data()] {
            h.update(data: Data(String(part.count).utf8))
            h.update(data: part)
        }
        for key in files.keys.sorted() {
            h.update(data: Data(key.utf8))
            h.update(data: files[key]!)
        }
        return h.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Loads a session zip. Entries are read into memory, never written to disk, and any entry
    /// whose path is absolute or climbs out with `..` (zip-slip) rejects the whole archive.
    static func load(zip url: URL) throws -> OfflineSession {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportFailure("not a readable zip archive (\(error))")
        }
        var entries: [(String, Entry)] = []
        for entry in archive {
            let path = entry.path.replacingOccurrences(of: "\\", with: "/")
            if entry.type == .symlink { throw ImportFailure("zip entry '\(entry.path)' is a symbolic link") }
            if OfflineSession.escapes(path) {
                throw ImportFailure("zip entry '\(entry.path)' escapes the session folder")
            }
            if entry.type == .file { entries.append((path, entry)) }
        }
        // The SDK zips with names relative to the session folder; tolerate one enclosing folder.
        let names = Set(entries.map(\.0))
        var prefix = ""
        if !names.contains("task.json") {
            let candidates = names.filter { $0.hasSuffix("/task.json") && $0.split(separator: "/").count == 2 }
            guard candidates.count == 1, let only = candidates.first else {
                throw ImportFailure("missing task.json")
            }
            prefix = String(only.dropLast("task.json".count))
        }
        var contents: [String: Data] = [:]
        for (path, entry) in entries where path.hasPrefix(prefix) {
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw ImportFailure("zip entry '\(entry.path)' is corrupt (\(error))")
            }
            contents[String(path.dropFirst(prefix.count))] = data
        }
        return try OfflineSession(contents: contents)
    }

    /// Loads an unpacked session folder.
    static func load(folder url: URL) throws -> OfflineSession {
        let root = url.standardizedFileURL.resolvingSymlinksInPath()
        var contents: [String: Data] = [:]
        let fm = FileManager.default
        for name in ["task.json", "metrics.jsonl", "log.jsonl"] {
            let file = root.appendingPathComponent(name)
            if fm.fileExists(atPath: file.path) { contents[name] = try Data(contentsOf: file) }
        }
        let dataDir = root.appendingPathComponent("data")
        if let walker = fm.enumerator(at: dataDir, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let file as URL in walker {
                let resolved = file.resolvingSymlinksInPath()
                // A symlink pointing outside the session is not part of it.
                guard resolved.path.hasPrefix(root.path + "/"),
                    (try? resolved.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                else { continue }
                let relative = String(file.standardizedFileURL.path.dropFirst(root.path.count + 1))
                contents[relative] = try Data(contentsOf: resolved)
            }
        }
        return try OfflineSession(contents: contents)
    }

    init(contents: [String: Data]) throws {
        guard let task = contents["task.json"] else { throw ImportFailure("missing task.json") }
        taskJSON = task
        metrics = contents["metrics.jsonl"]
        log = contents["log.jsonl"]
        var files: [String: Data] = [:]
        for (path, data) in contents where path.hasPrefix("data/") {
            files[String(path.dropFirst("data/".count))] = data
        }
        self.files = files
    }

    /// True for absolute paths, drive letters and any `..` component.
    static func escapes(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("~") { return true }
        if path.count >= 2, path.dropFirst().first == ":" { return true }
        return path.split(separator: "/").contains("..")
    }
}

/// A reason a session could not be imported; becomes a failed `ImportReport` entry.
struct ImportFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
