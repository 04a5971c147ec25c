import FolioCore
import FolioTestSupport
import FolioWidgets
import Foundation
import XCTest
import ZIPFoundation

@testable import FolioWorkspace

/// Bucket averaging and last_metrics checked against straightforward references.
final class ScalarAnswerTests: XCTestCase {
    /// Raw scalar events of a sample session, read independently of the importer.
    private func rawScalars(_ id: String) throws -> [(metric: String, variant: String, iter: Int, ts: Int64, value: Double)] {
        let archive = try Archive(url: sampleSessions.appendingPathComponent("\(id).zip"), accessMode: .read)
        var data = Data()
        _ = try archive.extract(try XCTUnwrap(archive["metrics.jsonl"])) { data.append($0) }
        // JSONDecoder, not JSONSerialization: on Linux the latter misreads the last digit of some doubles.
        struct Event: Decodable {
            var type: String
            var metric: String?, variant: String?, iter: Int?, timestamp: Int64?, value: Double?
        }
        var out: [(String, String, Int, Int64, Double)] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            for e in try JSONDecoder().decode([Event].self, from: Data(line)) where e.type == "training_stats_scalar" {
                out.append((e.metric!, e.variant!, e.iter!, e.timestamp!, e.value!))
            }
        }
        return out
    }

    /// Naive reference: walk every possible bucket start in steps of `interval` over the sorted
    /// points, averaging the points that fall in [start, start + interval).
    private func referenceBuckets(_ points: [(Int64, Double)], interval: Int64) -> [(Int64, Double)] {
        let sorted = points.sorted { $0.0 < $1.0 }
        guard let lo = sorted.first?.0, let hi = sorted.last?.0 else { return [] }
        var result: [(Int64, Double)] = []
        var next = 0
        var start = Int64((Double(lo) / Double(interval)).rounded(.down)) * interval
        while start <= hi {
            var inside: [Double] = []
            while next < sorted.count && sorted[next].0 < start + interval {
                inside.append(sorted[next].1)
                next += 1
            }
            if !inside.isEmpty { result.append((start, inside.reduce(0, +) / Double(inside.count))) }
            start += interval
        }
        return result
    }

    func testLongRunScalarWidgetMatchesReferenceBuckets() async throws {
        let ws = try Workspace.inMemory()
        _ = ws.import(paths: [sampleSessions.appendingPathComponent("offline-0d5f3ba61a804ee788f0139afb40d01c.zip")])
        let raw = try rawScalars("offline-0d5f3ba61a804ee788f0139afb40d01c")
        let q = try WidgetQuery(url: "/widgets/?type=scalar&objects=offline-0d5f3ba61a804ee788f0139afb40d01c&metrics=loss&metrics=learning_rate")
        let answer = try await ws.taskData(for: q).scalarMetricsIterHistogram
        let train = try XCTUnwrap(answer?["loss"]?["train"]?["offline-0d5f3ba61a804ee788f0139afb40d01c"])
        // 20,000 points, 2,000 samples: interval ceil(20000/2000) = 10.
        let points = raw.filter { $0.metric == "loss" && $0.variant == "train" }.map { (Int64($0.iter), $0.value) }
        let reference = referenceBuckets(points, interval: 10)
        XCTAssertEqual(train.x.count, 2000)
        XCTAssertEqual(train.x, reference.map { .number(Double($0.0)) })
        for (y, r) in zip(train.y, reference) { XCTAssertEqual(y, r.1, accuracy: 1e-12) }
        XCTAssertEqual(train.name, "resnet50-long-schedule-20k")
        // learning_rate/lr has 1,000 points: raw values, one bucket per iteration.
        let lr = try XCTUnwrap(answer?["learning_rate"]?["lr"]?["offline-0d5f3ba61a804ee788f0139afb40d01c"])
        XCTAssertEqual(lr.y, raw.filter { $0.metric == "learning_rate" }.map(\.value))
        XCTAssertNil(answer?["Summary"], "single values are not scalar series")
    }

    func testTimestampAndISOTimeAxes() async throws {
        let ws = try Workspace.inMemory()
        _ = ws.import(paths: [sampleSessions.appendingPathComponent("offline-68a18814242a40439ffa27850d0ee19b.zip")])
        let raw = try rawScalars("offline-68a18814242a40439ffa27850d0ee19b").filter { $0.variant == "jpeg" }
        let base = "/widgets/?type=scalar&objects=offline-68a18814242a40439ffa27850d0ee19b&metrics=corruption_accuracy&variants=jpeg"
        let ts = try await ws.taskData(for: WidgetQuery(url: base + "&xaxis=timestamp")).scalarMetricsIterHistogram
        let series = try XCTUnwrap(ts?["corruption_accuracy"]?["jpeg"]?["offline-68a18814242a40439ffa27850d0ee19b"])
        XCTAssertEqual(series.x, referenceBuckets(raw.map { ($0.ts, $0.value) }, interval: 1).map { .number(Double($0.0)) })
        let iso = try await ws.taskData(for: WidgetQuery(url: base + "&xaxis=iso_time")).scalarMetricsIterHistogram
        let isoX = try XCTUnwrap(iso?["corruption_accuracy"]?["jpeg"]?["offline-68a18814242a40439ffa27850d0ee19b"]?.x)
        XCTAssertEqual(isoX.count, series.x.count)
        XCTAssertEqual(ISOTime.strictDateTime(1_795_767_203_884), "2026-11-27T08:13:23.884Z")
        XCTAssertEqual(ISOTime.serverDate(1_795_767_203_884), "2026-11-27T08:13:23.884000+00:00")
        XCTAssertEqual(ISOTime.strictDateTime(-1), "1969-12-31T23:59:59.999Z")
    }

    func testBucketsMatchNaiveReferenceOnRandomSeries() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<40 {
            let n = Int.random(in: 1...3000, using: &rng)
            let keys = (0..<n).map { _ in Int64.random(in: -500...9000, using: &rng) }
            let values = keys.map { _ in Double.random(in: -5...5, using: &rng) }
            let samples = Int.random(in: 1...2500, using: &rng)
            let (interval, _) = ScalarHistogram.interval(count: n, minKey: keys.min()!, maxKey: keys.max()!, samples: samples)
            let got = ScalarHistogram.buckets(keys: keys, values: values, interval: interval)
            let want = referenceBuckets(Array(zip(keys, values)), interval: interval)
            // Buckets align to multiples of the interval (offset 0), so one extra can appear, as on the server.
            XCTAssertLessThanOrEqual(got.x.count, samples + 1)
            XCTAssertEqual(got.x, want.map(\.0))
            for (a, b) in zip(got.y, want.map(\.1)) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        }
    }

    func testIntervalRulesAndGrouping() {
        XCTAssertEqual(ScalarHistogram.interval(count: 1999, minKey: 0, maxKey: 100_000, samples: 2000).interval, 1)
        XCTAssertEqual(ScalarHistogram.interval(count: 2000, minKey: 0, maxKey: 1999, samples: 2000).interval, 1)
        XCTAssertEqual(ScalarHistogram.interval(count: 20000, minKey: 0, maxKey: 19999, samples: 2000).interval, 10)
        XCTAssertEqual(ScalarHistogram.interval(count: 20001, minKey: 0, maxKey: 20000, samples: 2000).interval, 11)
        // 10 and 11 share a group (within 10%) and both use 11; 30 starts a new group.
        XCTAssertEqual(ScalarHistogram.groupedIntervals([(11, 100), (10, 100), (30, 100), (1, 5)]), [11, 11, 30, 1])
        // A group's bucket budget of 6,000 splits otherwise equal intervals.
        XCTAssertEqual(ScalarHistogram.groupedIntervals([(2, 4000), (2, 4000)]), [2, 2])
    }

    func testLastMetricsMatchNaiveAggregates() throws {
        let ws = try Workspace.inMemory()
        let id = "offline-05457449c1bd4daaa87e95f65a997406"
        _ = ws.import(paths: [sampleSessions.appendingPathComponent("\(id).zip")])
        let raw = try rawScalars(id)
        let task = try XCTUnwrap(ws.taskData(request: JSONObject([("id", .array([.string(id)]))])).tasks.first)
        let series = Set(raw.map { "\($0.metric)\u{0}\($0.variant)" })
        XCTAssertEqual(task.lastMetrics?.values.reduce(0) { $0 + $1.count }, series.count)
        for key in series {
            let parts = key.split(separator: "\u{0}").map(String.init)
            let points = raw.filter { $0.metric == parts[0] && $0.variant == parts[1] }
            let m = try XCTUnwrap(task.lastMetrics?[MetricHash.md5Hex(parts[0])]?[MetricHash.md5Hex(parts[1])], key)
            let last = points.max { ($0.iter, $0.ts) < ($1.iter, $1.ts) }!
            XCTAssertEqual(m.metric, parts[0])
            XCTAssertEqual(m.value, last.value)
            XCTAssertEqual(m.minValue, points.map(\.value).min())
            XCTAssertEqual(m.maxValue, points.map(\.value).max())
            XCTAssertEqual(m.minValueIteration, points.first { $0.value == m.minValue }?.iter)
            XCTAssertEqual(m.firstValueIteration, points.map(\.iter).min())
            XCTAssertEqual(m.count, points.count)
            XCTAssertEqual(m.meanValue!, points.map(\.value).reduce(0, +) / Double(points.count), accuracy: 1e-12)
        }
        // Single values get entries too, at iteration −2^31 (the server has no special case).
        let single = task.lastMetrics?[MetricHash.md5Hex("Summary")]?[MetricHash.md5Hex("best_val_top1")]
        XCTAssertEqual(single?.firstValueIteration, Int(Int32.min))
        XCTAssertEqual(task.lastIteration, 399)
    }
}
