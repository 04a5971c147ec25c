import FolioCore
import FolioTestSupport
import FolioWidgets
import Foundation
import XCTest

@testable import FolioWorkspace

/// Plot and debug-image answers: newest iterations, recycled image files, session file links.
final class EventAnswerTests: XCTestCase {
    static let id = "offline-events"

    private static func plot(iter: Int, metric: String, variant: String, figure: String, ts: Int64) -> String {
        #"{"timestamp": \#(ts), "type": "plot", "task": "\#(id)", "iter": \#(iter), "metric": "\#(metric)", "variant": "\#(variant)", "plot_str": \#(SessionFixture.quoted(figure)), "method": "get"}"#
    }

    private static func image(iter: Int, metric: String, variant: String, counter: Int, ts: Int64) -> String {
        let key = "p/run.\(id)/metrics/\(metric)/\(variant)/\(metric)_\(variant)_\(String(format: "%08d", counter)).jpeg"
        return #"{"timestamp": \#(ts), "type": "training_debug_image", "task": "\#(id)", "iter": \#(iter), "metric": "\#(metric)", "variant": "\#(variant)", "key": "\#(key)", "url": "/tmp/offline/\#(id)/data/\#(key)", "method": "get"}"#
    }

    private func workspace() throws -> Workspace {
        var s = SessionFixture(id: Self.id, name: "run")
        let bg = #"{"data": [], "layout": {"images": [{"source": "/tmp/offline/\#(Self.id)/data/p/run.\#(Self.id)/fig.png"}]}}"#
        s.metricLines = [
            "["
                + [
                    Self.plot(iter: 1, metric: "weights", variant: "fc", figure: #"{"data": [{"type": "bar"}]}"#, ts: 1),
                    Self.plot(iter: 9, metric: "weights", variant: "conv", figure: #"{"data": [{"type": "bar", "name": "new"}]}"#, ts: 2),
                    Self.plot(iter: 3, metric: "matplotlib", variant: "fig", figure: bg, ts: 3),
                    // The SDK keeps a short image history: counter 0 is reused at iteration 7.
                    Self.image(iter: 2, metric: "samples", variant: "batch", counter: 0, ts: 4),
                    Self.image(iter: 5, metric: "samples", variant: "batch", counter: 1, ts: 5),
                    Self.image(iter: 7, metric: "samples", variant: "batch", counter: 0, ts: 6),
                    Self.image(iter: 4, metric: "other", variant: "x", counter: 0, ts: 7),
                    Self.image(iter: 8, metric: "missing", variant: "x", counter: 0, ts: 8),
                ].joined(separator: ", ") + "]"
        ]
        s.files = [
            "p/run.\(Self.id)/metrics/samples/batch/samples_batch_00000000.jpeg": Data([0xFF, 0xD8, 1]),
            "p/run.\(Self.id)/metrics/samples/batch/samples_batch_00000001.jpeg": Data([0xFF, 0xD8, 2]),
            "p/run.\(Self.id)/metrics/other/x/other_x_00000000.jpeg": Data([0xFF, 0xD8, 3]),
            "p/run.\(Self.id)/fig.png": Data([0x89, 0x50]),
        ]
        let ws = try Workspace.inMemory()
        let report = ws.import(paths: [try s.write(under: try temporaryFolder())])
        XCTAssertEqual(report.entries.first?.warnings, ["1 image events have no file under data/"])
        return ws
    }

    func testPlotsKeepTheNewestIterationPerMetricAndLinkSessionFiles() async throws {
        let ws = try workspace()
        let data = try await ws.taskData(for: WidgetQuery(url: "/widgets/?type=plot&objects=\(Self.id)"))
        let weights = try XCTUnwrap(data.plots?["weights"])
        XCTAssertEqual(Array(weights.keys), ["conv"], "fc's iteration 1 is older than the metric's newest, 9")
        XCTAssertEqual(weights["conv"]?[Self.id]?.keys.sorted(), ["9"])
        let fig = try XCTUnwrap(data.plots?["matplotlib"]?["fig"]?[Self.id]?["3"]?.plots.first?.plotStr)
        let link = "workspace:///data/p/run.\(Self.id)/fig.png"
        XCTAssertTrue(fig.contains(link), fig)
        let bytes = try await ws.resource(link)
        XCTAssertEqual(bytes, Data([0x89, 0x50]))
        // Per task instead of per metric: only the task's newest iteration overall.
        let perTask = try ws.taskData(
            request: JSONObject([("plots", .object(JSONObject([("last_iters_per_task_metric", .bool(false))])))]))
        XCTAssertEqual(perTask.plots?.keys.sorted(), ["weights"])
    }

    func testSamplesAreNewestFirstAndRecycledFilesDropOlderEvents() throws {
        let ws = try workspace()
        let body = { (iters: Int, metrics: JSONValue) in
            JSONObject([("debug_images", .object(JSONObject([("iters", .int(iters)), ("metrics", metrics)])))])
        }
        let all = try XCTUnwrap(ws.taskData(request: body(3, .array([]))).debugImages?.first)
        // Iteration 2's file was overwritten by iteration 7's; the event without a file keeps its
        // original url and is still listed (the server lists every event that has a url).
        XCTAssertEqual(all.iterations.map(\.iter), [8, 7, 5, 4])
        XCTAssertEqual(all.iterations.first?.events.first?.url?.hasPrefix("/tmp/offline/"), true)
        let samples = JSONValue.array([.object(JSONObject([("metric", .string("samples")), ("variants", .array([]))]))])
        let newest = try XCTUnwrap(ws.taskData(request: body(1, samples)).debugImages?.first)
        XCTAssertEqual(newest.iterations.map(\.iter), [7])
        XCTAssertEqual(
            newest.iterations.first?.events.first?.url,
            "workspace:///data/p/run.\(Self.id)/metrics/samples/batch/samples_batch_00000000.jpeg")
        XCTAssertEqual(try ws.storedResource(newest.iterations[0].events[0].url!), Data([0xFF, 0xD8, 1]))
    }
}
