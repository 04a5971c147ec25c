import FolioCore
import FolioTestSupport
import FolioWidgets
import Foundation
import XCTest

@testable import FolioWorkspace

/// Every real SDK-written session in samples/sessions imports, and each widget type answers.
final class RealSessionImportTests: XCTestCase {
    static let longRun = "offline-0d5f3ba61a804ee788f0139afb40d01c"
    static let evalRun = "offline-68a18814242a40439ffa27850d0ee19b"
    static let sweepRun = "offline-05457449c1bd4daaa87e95f65a997406"

    private func importedWorkspace() throws -> (Workspace, ImportReport) {
        let ws = try Workspace.inMemory()
        return (ws, ws.import(paths: [sampleSessions]))
    }

    private func summary(_ report: ImportReport) -> String {
        report.entries.map { e in
            let file = URL(fileURLWithPath: e.path).lastPathComponent
            var outcome = ""
            switch e.outcome {
            case .imported(let c): outcome = "imported \(c)"
            case .replaced(let c): outcome = "replaced \(c)"
            case .unchanged: outcome = "unchanged"
            case .failed(let why): outcome = "failed \(why)"
            }
            return "\(file) \(e.taskName ?? "-"): \(outcome)" + e.warnings.map { "\n  \($0)" }.joined()
        }.joined(separator: "\n")
    }

    func testImportsEverySampleSessionWithCountsAndReimportIsANoOp() throws {
        let (ws, report) = try importedWorkspace()
        XCTAssertEqual(report.entries.count, 8)
        XCTAssertEqual(report.failures, [])
        assertSnapshot(summary(report), named: "import-samples")
        XCTAssertEqual(try ws.projects(), [ProjectRef(id: "f6e130dedaaeee2abaff06d3cbb768a7", name: "cifar10-classification")])

        let again = ws.import(paths: [sampleSessions])
        XCTAssertEqual(again.entries.map(\.outcome), Array(repeating: .unchanged, count: 8))
        XCTAssertEqual(try ws.taskIDs().count, 8)
        let total = try ws.db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM scalar") }
        XCTAssertEqual(total, 6 * (2523 + 5) + 21243 + 3 + 18 + 3)
    }

    func testTaskDocumentsCarryNamesTagsHyperparamsAndDerivedFields() throws {
        let (ws, _) = try importedWorkspace()
        let data = try ws.taskData(request: JSONObject([("id", .array([.string(Self.evalRun), .string(Self.longRun)]))]))
        let text = String(decoding: try WidgetData.makeEncoder().encode(data.tasks.map(Self.trimmed)), as: UTF8.self)
        assertSnapshot(text, named: "task-documents", ext: "json")
        let eval = try XCTUnwrap(data.tasks.first { $0.id == Self.evalRun })
        XCTAssertEqual(eval.type, "testing")
        XCTAssertEqual(eval.status, "completed")
        XCTAssertEqual(eval.hyperparams?["eval"]?["checkpoint"]?.value, "resnet18-sgd-lr0.1-bs128/best.pt")
        XCTAssertEqual(eval.hyperparams?["Args"]?["seed"]?.description, "None")
        XCTAssertEqual(Set(eval.tags ?? []), ["evaluation", "cifar10", "resnet18"])
        XCTAssertEqual(eval.lastIteration, 5)
        let long = try XCTUnwrap(data.tasks.first { $0.id == Self.longRun })
        XCTAssertEqual(long.lastIteration, 19999)
    }

    /// Only keep a few last_metrics entries so the golden stays readable.
    private static func trimmed(_ t: TaskRecord) -> TaskRecord {
        var t = t
        let keep = [MetricHash.md5Hex("Summary"), MetricHash.md5Hex("loss")]
        t.lastMetrics = t.lastMetrics?.filter { keep.contains($0.key) }
        return t
    }

    func testSingleWidgetListsSingleValues() async throws {
        let (ws, _) = try importedWorkspace()
        let q = try WidgetQuery(url: "/widgets/?type=single&objects=\(Self.evalRun)")
        let values = try await ws.taskData(for: q).singleValueMetrics
        XCTAssertEqual(values?.count, 1)
        XCTAssertEqual(values?.first?.taskName, "evaluate-resnet18-best-ckpt")
        XCTAssertEqual(values?.first?.values.map(\.variant), ["ece", "test_top1", "test_top5"])
        XCTAssertTrue(values?.first?.values.allSatisfy { $0.metric == "Summary" } ?? false)
    }

    func testSampleWidgetGivesNewestImageWithLoadableBytes() async throws {
        let (ws, _) = try importedWorkspace()
        let q = try WidgetQuery(url: "/widgets/?type=sample&objects=\(Self.longRun)&metrics=samples&variants=augmented_batch")
        let images = try await ws.taskData(for: q).debugImages
        let first = try XCTUnwrap(images?.first?.iterations.first?.events.first)
        XCTAssertEqual(images?.first?.iterations.map(\.iter), [19999])
        XCTAssertEqual(first.type, "training_debug_image")
        let url = try XCTUnwrap(first.url)
        XCTAssertTrue(url.hasPrefix("workspace:///data/cifar10-classification/resnet50-long-schedule-20k."))
        let bytes = try await ws.resource(url)
        XCTAssertEqual(Array(bytes.prefix(2)), [0xFF, 0xD8], "a JPEG")
        do {
            _ = try await ws.resource("workspace:///data/nope.jpeg")
            XCTFail("expected unknownResource")
        } catch let error as WorkspaceError {
            XCTAssertEqual(error.kind, .unknownResource("workspace:///data/nope.jpeg"))
        }
    }

    func testPlotAndParcoordsWidgets() async throws {
        let (ws, _) = try importedWorkspace()
        let plot = try await ws.taskData(for: WidgetQuery(url: "/widgets/?type=plot&objects=\(Self.longRun)&metrics=schedule"))
        let event = try XCTUnwrap(plot.plots?["schedule"]?["learning_rate"]?[Self.longRun]?["19999"]?.plots.first)
        XCTAssertEqual(plot.plots?["schedule"]?["learning_rate"]?[Self.longRun]?["19999"]?.name, "resnet50-long-schedule-20k")
        XCTAssertTrue(event.plotStr?.hasPrefix("{") ?? false)
        XCTAssertEqual(event.plotLen, event.plotStr?.unicodeScalars.count)

        let m = MetricHash.path(metric: "loss", variant: "train")
        let pc = try await ws.taskData(
            for: WidgetQuery(url: "/widgets/?type=parcoords&metrics=\(m)&variants=General.lr&tags[]=sweep-v1"))
        XCTAssertEqual(pc.tasks.count, 6)
        for t in pc.tasks {
            XCTAssertNotNil(t.hyperparams?["General"]?["lr"])
            XCTAssertNil(t.hyperparams?["Args"], "only the requested hyper-parameter is projected")
            XCTAssertNotNil(t.lastMetrics?[MetricHash.md5Hex("loss")]?[MetricHash.md5Hex("train")])
            XCTAssertNil(t.tags, "tags are not in only_fields")
        }
    }
}
