import Foundation

/// Re-hashes snapshots against their manifests: every listed file must exist with its
/// SHA-256, and no unlisted file may have appeared.
public enum SnapshotVerifier {
    /// One difference, for example `p/20261127T103000Z/r/r.pdf: content differs`.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file, relative to the folder verified.
        public var path: String
        /// What is wrong.
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The snapshots checked and the problems found under `folder` (an archive, a project, or one snapshot).
    public static func verify(_ folder: URL) throws -> (snapshots: Int, problems: [Problem]) {
        let root = folder.standardizedFileURL
        var problems: [Problem] = []
        let manifests = manifestFolders(under: root)
        for snapshot in manifests {
            let prefix = snapshot.path == root.path ? "" : String(snapshot.path.dropFirst(root.path.count + 1)) + "/"
            guard let manifest = SnapshotManifest.read(in: snapshot) else {
                problems.append(Problem(path: prefix + SnapshotManifest.fileName, reason: "unreadable manifest"))
                continue
            }
            var listed = Set<String>([SnapshotManifest.fileName])
            for report in manifest.reports {
                for (path, expected) in report.files.sorted(by: { $0.key < $1.key }) {
                    listed.insert(path)
                    let url = snapshot.appendingPathComponent(path)
                    guard let actual = try? SnapshotManifest.sha256(of: url) else {
                        problems.append(Problem(path: prefix + path, reason: "missing"))
                        continue
                    }
                    if actual != expected {
                        problems.append(
                            Problem(
                                path: prefix + path,
                                reason: "content differs (sha256 \(actual.prefix(12))…, manifest \(expected.prefix(12))…)"))
                    }
                }
            }
            for file in try SnapshotRunner.files(under: snapshot) {
                let relative = String(file.path.dropFirst(snapshot.path.count + 1))
                if !listed.contains(relative) { problems.append(Problem(path: prefix + relative, reason: "not in the manifest")) }
            }
        }
        return (manifests.count, problems)
    }

    /// Folders holding a `manifest.json`, skipping dot folders (staging, locks).
    static func manifestFolders(under root: URL) -> [URL] {
        let fm = FileManager.default
        if fm.fileExists(atPath: root.appendingPathComponent(SnapshotManifest.fileName).path) { return [root] }
        var out: [URL] = []
        for child in ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted() where !child.hasPrefix(".") {
            var isDir: ObjCBool = false
            let url = root.appendingPathComponent(child, isDirectory: true)
            if fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { out += manifestFolders(under: url) }
        }
        return out
    }
}
