import Foundation

/// How one report went; batches exit with the worst (ok 0 < warnings 3 < failed 1).
public enum BatchStatus: String, Sendable, Codable, Comparable {
    case ok, warnings, failed, unchanged

    /// The process exit code this status alone would give.
    public var exitCode: Int32 {
        switch self {
        case .ok, .unchanged: return 0
        case .warnings: return 3
        case .failed: return 1
        }
    }

    var rank: Int { self == .failed ? 2 : self == .warnings ? 1 : 0 }

    public static func < (a: BatchStatus, b: BatchStatus) -> Bool { a.rank < b.rank }
}

/// What happened to one report.
public struct BatchResult: Sendable, Codable, Equatable {
    /// The report's id.
    public var id: String
    /// Its name.
    public var name: String
    /// Its project.
    public var project: String
    /// How progress and the table name it: the file name, or `project/name` for a stored report.
    public var label: String
    /// How it went.
    public var status: BatchStatus
    /// Files written, relative to the output folder.
    public var outputs: [String]
    /// Warnings (`report.md:3: warning: …`).
    public var warnings: [String]
    /// Why it failed.
    public var error: String?
    /// Wall time, seconds.
    public var seconds: Double

    /// A result, `ok` with nothing written until told otherwise.
    public init(
        id: String, name: String, project: String, status: BatchStatus = .ok, outputs: [String] = [], warnings: [String] = [],
        error: String? = nil, seconds: Double = 0
    ) {
        self.id = id
        self.name = name
        self.project = project
        self.label = id
        self.status = status
        self.outputs = outputs
        self.warnings = warnings
        self.error = error
        self.seconds = seconds
    }

    /// A fresh result for `item`.
    init(_ item: BatchItem) {
        self.init(id: item.id, name: item.name, project: item.project)
        if case .stored = item.origin { label = item.project + "/" + item.name }
    }
}

/// Every report's result, in report order, with the summary table and JSON.
public struct BatchSummary: Sendable, Codable, Equatable {
    /// One per report.
    public var results: [BatchResult]

    /// A summary of these results.
    public init(results: [BatchResult]) {
        self.results = results
    }

    /// The worst status (0 < 3 < 1).
    public var exitCode: Int32 { (results.map(\.status).max() ?? .ok).exitCode }

    /// A plain-text table: status, report, outputs or error; then the counts.
    public var table: String {
        let rows = results.map { r -> (String, String, String) in
            let detail =
                r.error
                ?? (r.warnings.isEmpty
                    ? "\(r.outputs.count) file(s)"
                    : "\(r.outputs.count) file(s), \(r.warnings.count) warning(s): \(r.warnings[0])")
            return (r.status.rawValue, r.label, detail)
        }
        let w0 = max(6, rows.map(\.0.count).max() ?? 0)
        let w1 = max(6, rows.map(\.1.count).max() ?? 0)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        var out = "\(pad("status", w0))  \(pad("report", w1))  result\n"
        for r in rows { out += "\(pad(r.0, w0))  \(pad(r.1, w1))  \(r.2)\n" }
        let counts = Dictionary(grouping: results, by: \.status).mapValues(\.count)
        out +=
            "\(results.count) report(s): "
            + [BatchStatus.ok, .unchanged, .warnings, .failed].compactMap { s in counts[s].map { "\($0) \(s.rawValue)" } }.joined(
                separator: ", ") + "\n"
        return out
    }

    /// `{"exit_code": …, "reports": […]}`, keys sorted.
    public func json() throws -> Data {
        struct Document: Encodable {
            var exitCode: Int32
            var reports: [BatchResult]
            enum CodingKeys: String, CodingKey {
                case exitCode = "exit_code"
                case reports
            }
        }
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try e.encode(Document(exitCode: exitCode, reports: results))
    }
}
