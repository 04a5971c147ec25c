import FolioCore
import FolioTestSupport
import FolioWidgets
import Foundation
import XCTest
import ZIPFoundation

@testable import FolioWorkspace

/// Bad input is reported by name and never loses what was already imported.
final class ImportFailureTests: XCTestCase {
    private let good = sampleSessions.appendingPathComponent("offline-68a18814242a40439ffa27850d0ee19b.zip")

    private func workspaceWithOneSession() throws -> Workspace {
        let ws = try Workspace.inMemory()
        XCTAssertEqual(ws.import(paths: [good]).failures, [])
        return ws
    }

    private func failure(_ report: ImportReport) -> String? {
        guard report.entries.count == 1, case .failed(let why) = report.entries[0].outcome else { return nil }
        return why
    }

    private func assertStillHasOneSession(_ ws: Workspace, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try ws.taskIDs(), ["offline-68a18814242a40439ffa27850d0ee19b"], file: file, line: line)
        let scalars = try ws.db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM scalar") }
        XCTAssertEqual(scalars, 21, file: file, line: line)
    }

    func testCorruptAndTruncatedZipsAreReportedByName() throws {
        let ws = try workspaceWithOneSession()
        let dir = try temporaryFolder()
        var bytes = try Data(contentsOf: sampleSessions.appendingPathComponent("offline-129c050a8f3a4450aeb7706a90464082.zip"))
        // Damage the compressed metrics.jsonl (the first entry's data), keeping the directory intact.
        for i in 200..<260 { bytes[i] ^= 0x5A }
        let corrupt = dir.appendingPathComponent("corrupt.zip")
        try bytes.write(to: corrupt)
        let why = try XCTUnwrap(failure(ws.import(paths: [corrupt])))
        XCTAssertTrue(why.contains("metrics.jsonl"), why)

        let truncated = dir.appendingPathComponent("truncated.zip")
        try bytes.prefix(5000).write(to: truncated)
        let report = ws.import(paths: [truncated])
        XCTAssertEqual(report.entries.first?.path, truncated.path)
        XCTAssertNotNil(failure(report))
        try assertStillHasOneSession(ws)
    }

    func testZipSlipAndAbsolutePathsAreRejected() throws {
        let ws = try workspaceWithOneSession()
        let dir = try temporaryFolder()
        for evil in ["../evil.txt", "data/../../evil.txt", "/tmp/evil.txt"] {
            let url = dir.appendingPathComponent("slip-\(abs(evil.hashValue)).zip")
            let archive = try Archive(url: url, accessMode: .create)
            let task = Data(SessionFixture(id: "offline-slip", name: "slip").taskJSON.utf8)
            try archive.addEntry(with: "task.json", type: .file, uncompressedSize: Int64(task.count)) { pos, size in
                task.subdata(in: Int(pos)..<Int(pos) + size)
            }
            let payload = Data("pwned".utf8)
            try archive.addEntry(with: evil, type: .file, uncompressedSize: Int64(payload.count)) { pos, size in
                payload.subdata(in: Int(pos)..<Int(pos) + size)
            }
            let why = try XCTUnwrap(failure(ws.import(paths: [url])), evil)
            XCTAssertTrue(why.contains("'\(evil)'") && why.contains("escapes"), why)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("evil.txt").path))
        try assertStillHasOneSession(ws)
    }

    func testMissingTaskJSONAndBrokenMetricsRollBack() throws {
        let ws = try workspaceWithOneSession()
        let dir = try temporaryFolder()
        let empty = dir.appendingPathComponent("no-task")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("[]\n".utf8).write(to: empty.appendingPathComponent("metrics.jsonl"))
        XCTAssertEqual(failure(ws.import(paths: [empty])), "missing task.json")
        XCTAssertEqual(failure(ws.import(paths: [dir.appendingPathComponent("absent.zip")])), "no such file or folder")

        var broken = SessionFixture(id: "offline-broken", name: "broken")
        broken.metricLines = [
            "[" + SessionFixture.scalar(task: "offline-broken", metric: "loss", variant: "train", iter: 0, value: "1.0") + "]",
            #"[{"timestamp": 1, "type": "training_stats_scalar", "iter": 1, "value": oops}]"#,
        ]
        let why = try XCTUnwrap(failure(ws.import(paths: [try broken.write(under: dir)])))
        XCTAssertTrue(why.hasPrefix("metrics.jsonl: line 2"), why)
        try assertStillHasOneSession(ws)
    }

    func testEventsOfAnotherTaskAreSkippedAndNamed() throws {
        let ws = try Workspace.inMemory()
        let dir = try temporaryFolder()
        var s = SessionFixture(id: "offline-mine", name: "mine")
        s.metricLines = [
            "[" + [
                SessionFixture.scalar(task: "offline-mine", metric: "loss", variant: "train", iter: 0, value: "1.5"),
                SessionFixture.scalar(task: "offline-other", metric: "loss", variant: "train", iter: 1, value: "9"),
                SessionFixture.scalar(task: "offline-other", metric: "loss", variant: "train", iter: 2, value: "9"),
            ].joined(separator: ", ") + "]"
        ]
        let report = ws.import(paths: [try s.write(under: dir)])
        XCTAssertEqual(report.entries.first?.warnings, ["skipped 2 events of task 'offline-other', not this session's task 'offline-mine'"])
        guard case .imported(let counts) = report.entries.first?.outcome else { return XCTFail("\(report)") }
        XCTAssertEqual(counts.scalars, 1)

        // The same task with new content replaces the earlier import.
        s.metricLines = ["[" + SessionFixture.scalar(task: "offline-mine", metric: "loss", variant: "train", iter: 0, value: "2.5") + "]"]
        let again = ws.import(paths: [try s.write(under: try temporaryFolder("again"))])
        guard case .replaced = again.entries.first?.outcome else { return XCTFail("\(again)") }
        let value = try ws.taskData(request: JSONObject()).tasks.first?.lastMetrics?.values.first?.values.first?.value
        XCTAssertEqual(value, 2.5)
    }

    func testNaNInfinityUnicodeAndRepeatedIterations() async throws {
        let ws = try Workspace.inMemory()
        let dir = try temporaryFolder()
        let metric = "✓ ünïcode 🚀", id = "offline-nan"
        var s = SessionFixture(id: id, name: "naño ✓")
        s.metricLines = [
            "[" + [
                SessionFixture.scalar(task: id, metric: metric, variant: "v", iter: 0, value: "NaN", ts: 1000),
                SessionFixture.scalar(task: id, metric: metric, variant: "v", iter: 1, value: "Infinity", ts: 1001),
                SessionFixture.scalar(task: id, metric: metric, variant: "v", iter: 2, value: "-Infinity", ts: 1002),
            ].joined(separator: ", ") + "]",
            "[" + [
                SessionFixture.scalar(task: id, metric: metric, variant: "v", iter: 3, value: "0.5", ts: 1003),
                SessionFixture.scalar(task: id, metric: metric, variant: "v", iter: 3, value: "0.25", ts: 1004),
                SessionFixture.scalar(task: id, metric: "Summary", variant: "best", iter: Int(Int32.min), value: "NaN", ts: 1005),
            ].joined(separator: ", ") + "]",
        ]
        XCTAssertEqual(ws.import(paths: [try s.write(under: dir)]).failures, [])
        let data = try await ws.taskData(
            for: WidgetQuery(url: "/widgets/?type=scalar&objects=\(id)&metrics=\(FormEncoding.encode(metric))"))
        let series = try XCTUnwrap(data.scalarMetricsIterHistogram?[metric]?["v"]?[id])
        // NaN is dropped; the later event at iteration 3 replaces the earlier one.
        XCTAssertEqual(series.x, [.number(1), .number(2), .number(3)])
        XCTAssertEqual(series.y, [.infinity, -.infinity, 0.25])
        XCTAssertEqual(data.tasks.first?.name, "naño ✓")
        let m = try XCTUnwrap(data.tasks.first?.lastMetrics?["72565cc499f9ca8bec8dccd8c1f562b0"]?[MetricHash.md5Hex("v")])
        XCTAssertEqual(m.value, 0.25)
        XCTAssertEqual(m.count, 5, "every event counts, as on the server")
        XCTAssertEqual(m.minValue, -.infinity)
        XCTAssertEqual(m.maxValue, .infinity)
        XCTAssertEqual(m.firstValueIteration, 0)
        XCTAssertTrue(m.firstValue?.isNaN ?? false)
        let single = try await ws.taskData(for: WidgetQuery(url: "/widgets/?type=single&objects=\(id)"))
        XCTAssertTrue(single.singleValueMetrics?.first?.values.first?.value.isNaN ?? false)
        // Encodable although it holds NaN and infinities.
        XCTAssertNoThrow(try WidgetData.makeEncoder().encode(data))
    }

    func testParserReadsPythonTokensEscapesAndSkipsUnknownFields() throws {
        let line = #"[{"timestamp": 5, "type": "training_stats_scalar", "task": "t", "iter": -2147483648, "metric": "a\"b\\c\u00e9\ud83d\ude80", "variant": "", "value": -Infinity, "extra": {"n": [1, NaN, {"x": null}], "s": "]}"}, "method": "get"}]"#
        let events = try EventLineParser.parse(Data((line + "\n\n" + "[]\n").utf8))
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events[0].metric, "a\"b\\cé🚀")
        XCTAssertEqual(events[0].iter, Int(Int32.min))
        XCTAssertEqual(events[0].value, -.infinity)
        XCTAssertEqual(events[0].variant, "")
    }
}
