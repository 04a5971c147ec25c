import Foundation

/// What `Workspace.import(paths:)` did with each session it was given.
public struct ImportReport: Sendable, Equatable, CustomStringConvertible {
    /// One session (or one path that held none).
    public struct Entry: Sendable, Equatable, CustomStringConvertible {
        /// The zip file or folder.
        public var path: String
        /// The task id from `task.json`, when it could be read.
        public var taskID: String?
        /// The task name from `task.json`.
        public var taskName: String?
        /// What happened.
        public var outcome: Outcome
        /// Things skipped without failing the session (events of other tasks, missing images…).
        public var warnings: [String]

        public var description: String {
            var line = "\(path): "
            if let taskID { line += "\(taskID) '\(taskName ?? "")' " }
            switch outcome {
            case .imported(let c): line += "imported (\(c))"
            case .replaced(let c): line += "replaced an earlier import (\(c))"
            case .unchanged: line += "already imported, unchanged (no-op)"
            case .failed(let why): line += "FAILED: \(why)"
            }
            return ([line] + warnings.map { "  warning: \($0)" }).joined(separator: "\n")
        }
    }

    /// What happened to a session.
    public enum Outcome: Sendable, Equatable {
        case imported(Counts)
        /// The same task id was imported before with different content; it was replaced.
        case replaced(Counts)
        /// The same session (same content digest) was already imported.
        case unchanged
        /// Nothing of this session was stored; the reason names the file or entry.
        case failed(String)
    }

    /// How much of a session was stored.
    public struct Counts: Sendable, Equatable, CustomStringConvertible {
        /// Scalar events, single values excluded.
        public var scalars = 0
        /// Single values (iteration −2^31).
        public var singleValues = 0
        /// Plot events.
        public var plots = 0
        /// Debug-image events.
        public var images = 0
        /// Console log events.
        public var logEvents = 0
        /// Files stored from `data/`.
        public var files = 0
        public init() {}
        public var description: String {
            "\(scalars) scalars, \(singleValues) single values, \(plots) plots, \(images) images, "
                + "\(logEvents) log events, \(files) files"
        }
    }

    /// One entry per session, in import order.
    public var entries: [Entry]

    /// Entries that failed.
    public var failures: [Entry] {
        entries.filter { if case .failed = $0.outcome { return true } else { return false } }
    }

    public var description: String { entries.map(\.description).joined(separator: "\n") }
}
