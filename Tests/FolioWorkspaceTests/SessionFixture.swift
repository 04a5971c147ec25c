import FolioWidgets
import Foundation
import XCTest

@testable import FolioWorkspace

/// Writes small offline sessions in the SDK's format, for tests that need odd content.
struct SessionFixture {
    var id: String
    var name: String
    var project = "fixtures"
    var type = "training"
    var tags: [String] = []
    var hyperparams: [String: [String: String]] = [:]
    /// Raw `metrics.jsonl` lines (each a JSON array, written verbatim so NaN tokens survive).
    var metricLines: [String] = []
    var files: [String: Data] = [:]

    /// One scalar event as the SDK writes it; `value` is spliced in verbatim (`NaN`, `Infinity`…).
    static func scalar(task: String, metric: String, variant: String, iter: Int, value: String, ts: Int64 = 1_795_760_000_000) -> String {
        #"{"timestamp": \#(ts), "type": "training_stats_scalar", "task": "\#(task)", "iter": \#(iter), "metric": \#(quoted(metric)), "variant": \#(quoted(variant)), "value": \#(value), "method": "get"}"#
    }

    /// JSON string literal with non-ASCII escaped as Python's json does (`\uXXXX`, surrogates).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for unit in s.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x20..<0x7F: out += String(UnicodeScalar(UInt8(unit)))
            default: out += String(format: "\\u%04x", unit)
            }
        }
        return out + "\""
    }

    var taskJSON: String {
        let params = hyperparams.keys.sorted().map { section in
            let items = hyperparams[section]!.keys.sorted().map { name in
                #"\#(Self.quoted(name)): {"section": \#(Self.quoted(section)), "name": \#(Self.quoted(name)), "value": \#(Self.quoted(hyperparams[section]![name]!)), "type": "str", "description": ""}"#
            }
            return "\(Self.quoted(section)): {\(items.joined(separator: ", "))}"
        }
        return #"{"comment": "fixture", "hyperparams": {\#(params.joined(separator: ", "))}, "id": "\#(id)", "name": \#(Self.quoted(name)), "offline_folder": "/tmp/offline/\#(id)", "project_name": \#(Self.quoted(project)), "tags": [\#(tags.map(Self.quoted).joined(separator: ", "))], "type": "\#(type)"}"#
    }

    /// Writes the session folder under `dir` and returns it.
    @discardableResult
    func write(under dir: URL) throws -> URL {
        let folder = dir.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(taskJSON.utf8).write(to: folder.appendingPathComponent("task.json"))
        if !metricLines.isEmpty {
            try Data((metricLines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("metrics.jsonl"))
        }
        for (key, data) in files {
            let url = folder.appendingPathComponent("data").appendingPathComponent(key)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return folder
    }
}

/// A fresh temporary folder per test.
func temporaryFolder(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("folio-workspace-tests")
        .appendingPathComponent(name.filter { $0.isLetter || $0.isNumber } + "-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The sample sessions shipped with the repository.
let sampleSessions = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("samples/sessions")

/// A deterministic generator for synthetic workspaces (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
