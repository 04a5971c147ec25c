import FolioTestSupport
import XCTest

/// From a real ClearML offline session to a PDF whose text shows the chart's axis and legend.
final class WidgetEndToEndTests: XCTestCase {
    func testOfflineZipToPDFWithScalarAndSingleWidgets() throws {
        let dir = temporaryDirectory()
        let ws = dir.appendingPathComponent("ws").path
        let zip = repositoryRoot.appendingPathComponent("samples/sessions/offline-05457449c1bd4daaa87e95f65a997406.zip").path
        let folio = try folioBinary()
        let imported = try runTool(folio, ["workspace", "import", zip, "--workspace", ws])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let md = dir.appendingPathComponent("r.md")
        try """
            # Run report

            <iframe src="https://app.clear.ml/widgets/?type=scalar&objectType=task&xaxis=iter&objects=offline-05457449c1bd4daaa87e95f65a997406&metrics=loss&variants=train&variants=val" name="loss" width="100%" height="400"></iframe>

            <iframe src="https://app.clear.ml/widgets/?type=single&objectType=task&objects=offline-05457449c1bd4daaa87e95f65a997406" width="100%" height="300"></iframe>
            """.write(to: md, atomically: true, encoding: .utf8)
        let pdf = dir.appendingPathComponent("r.pdf")
        let r = try runTool(folio, ["export", md.path, "--workspace", ws, "-o", pdf.path])
        XCTAssertEqual(r.status, 0, "widgets with data must not warn: \(r.stderr)")
        let text = try runTool("pdftotext", [pdf.path, "-"]).stdout
        for expected in ["loss", "Iterations", "train - resnet18-sgd-lr0.1-bs128", "val - resnet18-sgd-lr0.1-bs128", "best_val_top1", "params_millions"] {
            XCTAssertTrue(text.contains(expected), "'\(expected)' missing from the PDF text:\n\(text)")
        }
        XCTAssertEqual(try runTool("qpdf", ["--check", pdf.path]).status, 0)
    }

    func testUnknownTaskBecomesPlaceholderWithWarningAndStrictFails() throws {
        let dir = temporaryDirectory()
        let ws = dir.appendingPathComponent("ws").path
        let folio = try folioBinary()
        let zip = repositoryRoot.appendingPathComponent("samples/sessions/offline-68a18814242a40439ffa27850d0ee19b.zip").path
        XCTAssertEqual(try runTool(folio, ["workspace", "import", zip, "--workspace", ws]).status, 0)
        let md = dir.appendingPathComponent("r.md")
        try "<iframe src=\"https://app.clear.ml/widgets/?type=scalar&objects=offline-0000&metrics=loss\" name=\"ghost\"></iframe>\n".write(to: md, atomically: true, encoding: .utf8)
        let pdf = dir.appendingPathComponent("r.pdf")
        let r = try runTool(folio, ["export", md.path, "--workspace", ws, "-o", pdf.path])
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.stderr.contains("r.md:1:") && r.stderr.contains("offline-0000"), r.stderr)
        let strict = try runTool(folio, ["export", md.path, "--workspace", ws, "-o", dir.appendingPathComponent("s.pdf").path, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.pdf").path))
    }
}
