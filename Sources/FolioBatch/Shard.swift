import Crypto
import FolioCore
import Foundation

/// One of N stable slices of a report list: a report belongs to the shard its id hashes to, so
/// N runs with indexes 0..<N cover every report exactly once, whatever order they were listed in.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Zero-based (a Kubernetes Indexed Job's `JOB_COMPLETION_INDEX`).
    public var index: Int
    /// How many shards there are.
    public var count: Int

    /// A shard; `index` must be in `0..<count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 0, index < count else {
            throw FolioError("shard \(index)/\(count): the index must be 0…\(max(count - 1, 0)) and the count at least 1")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw FolioError("--shard expects I/N (e.g. 0/4), got '\(text)'")
        }
        try self.init(index: i, count: n)
    }

    /// Whether the report with this id is in this shard (first 8 bytes of SHA-256, modulo N).
    public func contains(id: String) -> Bool {
        let digest = Array(SHA256.hash(data: Data(id.utf8)))
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(value % UInt64(count)) == index
    }

    public var description: String { "\(index)/\(count)" }
}
