import Foundation

/// Which snapshots to delete: beyond the newest `keep`, and older than `keepDays` days before
/// `now`; the newest snapshot is never deleted.
public struct Retention: Sendable, Equatable {
    /// Snapshots kept at most (nil: no count limit).
    public var keep: Int?
    /// Days a snapshot is kept (nil: no age limit).
    public var keepDays: Int?

    /// A policy.
    public init(keep: Int?, keepDays: Int?) {
        self.keep = keep
        self.keepDays = keepDays
    }

    /// The snapshots (name, time) to delete, oldest first.
    public func expired(_ snapshots: [(name: String, time: Date)], now: Date) -> [String] {
        let newestFirst = snapshots.sorted { ($0.time, $0.name) > ($1.time, $1.name) }
        var out: [String] = []
        for (i, s) in newestFirst.enumerated() where i > 0 {
            let tooMany = keep.map { i >= max($0, 1) } ?? false
            let tooOld = keepDays.map { now.timeIntervalSince(s.time) > Double($0) * 86_400 } ?? false
            if tooMany || tooOld { out.append(s.name) }
        }
        return out.reversed()
    }
}
