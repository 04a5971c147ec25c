import FolioCharts
import FolioCore
import FolioTestSupport
import FolioWidgets
import FolioWorkspace
import Foundation
import XCTest

@testable import FolioWidgetCharts

/// End to end: the sample offline sessions imported into a workspace in a temporary folder,
/// widgets fetched and presented as scenes; and the `folio` binary exporting a PDF.
final class SessionWidgetTests: XCTestCase {
    static let best = "offline-05457449c1bd4daaa87e95f65a997406"
    static let eval = "offline-68a18814242a40439ffa27850d0ee19b"
    static let sweep = "5d6db9a1dc722586187fc2db530f8388.c77c73d8d82a8a20401873e63b28eac1"
    static let parcoords = "https://app.clear.ml/widgets/?type=parcoords&objectType=task&project=cifar10-classification&tags%5B%5D=sweep-v1&order_by%5B%5D=-last_update&metrics=\(sweep)&variants=General.optimizer&variants=General.lr&variants=General.batch_size&value_type=value"

    static var sessions: [URL] {
        let dir = repositoryRoot.appendingPathComponent("samples/sessions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".zip") }.sorted().map { dir.appendingPathComponent($0) }
    }

    private static let shared: Result<URL, Error> = Result {
        let folder = temporaryDirectory("plots-session-workspace").appendingPathComponent("workspace.sqlite")
        let ws = try Workspace.open(at: folder)
        let report = ws.import(paths: sessions)
        guard report.entries.count == 8 else { throw CocoaError(.fileReadCorruptFile) }
        return folder
    }

    private func present(_ urls: [String], style: String = "light") async throws -> [WidgetPresentation] {
        let ws = try Workspace.open(at: try Self.shared.get())
        let embeds = urls.enumerated().map { WidgetEmbed(url: $1, name: nil, width: nil, height: nil, line: $0 + 1) }
        let prefetch = await WidgetPrefetch.fetch(embeds, from: ws)
        let theme = try ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes")).load(style)
        let presenter = DataWidgetPresenter(prefetch: prefetch, theme: theme)
        return embeds.map { presenter.present($0, width: 480, height: 300, measurer: ApproximateTextMeasurer()) }
    }

    private func plot(_ task: String, _ metric: String, _ variant: String? = nil) -> String {
        "https://app.clear.ml/widgets/?type=plot&objectType=task&objects=\(task)&metrics=\(metric)" + (variant.map { "&variants=\($0)" } ?? "")
    }

    func testEveryFigureKindOfTheSessionsDraws() async throws {
        let cases: [(String, String)] = [
            (plot(Self.best, "confusion_matrix", "val"), "session-confusion"),
            (plot(Self.best, "weights", "conv1"), "session-weights"),
            (plot(Self.best, "per_class_accuracy", "val"), "session-per-class-scatter"),
            (plot(Self.eval, "per_class", "test"), "session-table"),
            (plot(Self.eval, "per_class_bar", "test"), "session-raw-bar"),
            (plot(Self.eval, "calibration"), "session-calibration"),
        ]
        let shown = try await present(cases.map(\.0))
        for (p, (_, name)) in zip(shown, cases) {
            XCTAssertEqual(p.diagnostics.map(\.message), [], name)
            // A table figure is laid out as document blocks (a real, paginating table).
            assertSnapshot(p.blocks.map { Document(blocks: $0, title: name).dump() } ?? p.scene.dump(), named: name)
        }
    }

    func testMultiTaskScatterMergesByTaskName() async throws {
        let ids = ["offline-05457449c1bd4daaa87e95f65a997406", "offline-0f06242f640441a29e27e85c3de29baf", "offline-129c050a8f3a4450aeb7706a90464082"]
        let url = "https://app.clear.ml/widgets/?type=plot&objectType=task&" + ids.map { "objects=\($0)" }.joined(separator: "&") + "&metrics=per_class_accuracy&variants=val"
        let p = try await present([url])[0]
        let texts = p.scene.items.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
        XCTAssertTrue(texts.contains("resnet18-sgd-lr0.1-bs128"), "\(texts)")
        XCTAssertTrue(texts.contains("resnet18-adam-lr0.001-bs128"), "\(texts)")
    }

    func testParcoordsOverTheSweep() async throws {
        let p = try await present([Self.parcoords], style: "dark")[0]
        XCTAssertEqual(p.diagnostics.map(\.message), [])
        let texts = p.scene.items.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
        XCTAssertTrue(texts.contains("accuracy/top1_val (Last)"), "\(texts)")
        XCTAssertTrue(texts.contains("adamw"))
        assertSnapshot(p.scene.dump(), named: "session-parcoords")
    }

    func testExistingAdaptersFromTheSessions() async throws {
        let urls = [
            "https://app.clear.ml/widgets/?type=scalar&objectType=task&xaxis=iter&objects=\(Self.best)&metrics=loss&variants=train&variants=val",
            "https://app.clear.ml/widgets/?type=single&objectType=task&objects=\(Self.eval)",
            "https://app.clear.ml/widgets/?type=single&objectType=task&project=cifar10-classification&order_by%5B%5D=-last_metrics.\(Self.sweep).value&page_size=3&page=0",
            "https://app.clear.ml/widgets/?type=sample&objectType=task&objects=\(Self.best)&metrics=samples&variants=train_batch",
        ]
        let shown = try await present(urls)
        for (p, name) in zip(shown, ["session-scalar", "session-single-table", "session-single-bars", "session-sample"]) {
            XCTAssertEqual(p.diagnostics.map(\.message), [], name)
            assertSnapshot(p.scene.dump(), named: name)
        }
    }

    func testFolioExportsThePlotsSampleWithParcoordsLabels() throws {
        let binary = try folioBinary()
        guard (try? runTool("pdftotext", ["-v"]))?.status == 0 else { throw XCTSkip("pdftotext not installed") }
        let dir = temporaryDirectory()
        let ws = dir.appendingPathComponent("ws")
        let imported = try runTool(binary, ["workspace", "import"] + Self.sessions.map(\.path) + ["--workspace", ws.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let pdf = dir.appendingPathComponent("plots.pdf")
        let report = repositoryRoot.appendingPathComponent("samples/plots/plots.md").path
        let exported = try runTool(binary, ["export", report, "--workspace", ws.path, "-o", pdf.path])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let text = try runTool("pdftotext", [pdf.path, "-"]).stdout
        for label in ["General.optimizer", "General.lr", "accuracy/top1_val (Last)", "confusion_matrix", "airplane"] {
            XCTAssertTrue(text.contains(label), "\(label) missing from the PDF text")
        }
        XCTAssertFalse(exported.stderr.contains("not drawn by this version"), exported.stderr)
    }
}
