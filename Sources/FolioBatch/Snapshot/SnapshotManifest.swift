import Crypto
import Foundation

/// `manifest.json` of one snapshot: what was exported, from where, when, and the SHA-256 of
/// every file, so `folio verify` can prove the snapshot unchanged.
public struct SnapshotManifest: Codable, Sendable, Equatable {
    /// One report of the snapshot.
    public struct Report: Codable, Sendable, Equatable {
        /// The report's id.
        public var id: String
        /// Its name.
        public var name: String
        /// Its own last update (ISO 8601), when known.
        public var lastUpdate: String?
        /// SHA-256 of the report text, its widget data and the render options.
        public var contentHash: String
        /// `ok`, `warnings`, `failed`, or `unchanged` (files linked from the previous snapshot).
        public var status: BatchStatus
        /// Why it failed.
        public var error: String?
        /// SHA-256 of each file, by path relative to the snapshot folder.
        public var files: [String: String]

        enum CodingKeys: String, CodingKey {
            case id, name, status, error, files
            case lastUpdate = "last_update"
            case contentHash = "content_hash"
        }
    }

    /// `manifest.json`.
    public static let fileName = "manifest.json"

    /// `folio <version>`.
    public var generator: String
    /// Where the reports came from (a folder path, `workspace:…`).
    public var source: String
    /// The project.
    public var project: String
    /// The snapshot's time (ISO 8601, UTC).
    public var time: String
    /// Its reports, by id.
    public var reports: [Report]

    /// The manifest in `folder`, or nil.
    public static func read(in folder: URL) -> SnapshotManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(SnapshotManifest.self, from: data)
    }

    /// Pretty, sorted-key JSON.
    public func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try e.encode(self)
    }

    /// Hex SHA-256 of a file, read in 1 MiB chunks.
    public static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Hex SHA-256 of bytes.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
