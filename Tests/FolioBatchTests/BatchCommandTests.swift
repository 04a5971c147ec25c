import FolioBatch
import FolioTestSupport
import Foundation
import XCTest

/// `folio batch` as users run it: every report attempted, the worst outcome as exit code.
final class BatchCommandTests: XCTestCase {
    func testBrokenReportFailsAloneAndTheSummaryNamesIt() throws {
        let dir = temporaryDirectory()
        let folder = try BatchFixtures.reports(["alpha", "beta"], in: dir)
        try Data([0x23, 0x20, 0xff, 0xfe, 0x0a]).write(to: folder.appendingPathComponent("broken.md"))
        let out = dir.appendingPathComponent("out")
        let json = dir.appendingPathComponent("summary.json")
        let r = try BatchFixtures.folio([
            "batch", folder.path, "--out", out.path, "--format", "pdf", "--format", "html", "--jobs", "2", "--summary-json",
            json.path,
        ])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(BatchFixtures.files(under: out), ["proj/alpha.html", "proj/alpha.pdf", "proj/beta.html", "proj/beta.pdf"])
        XCTAssertTrue(
            r.stderr.contains("[1/3]") || r.stderr.contains("[3/3]"),
            "one progress line per report when not a terminal: \(r.stderr)")
        let failedRow = r.stderr.split(separator: "\n").first { $0.hasPrefix("failed") }
        XCTAssertTrue(failedRow?.contains("broken.md") == true && failedRow?.contains("not UTF-8") == true, r.stderr)
        XCTAssertTrue(r.stderr.contains("3 report(s): 2 ok, 1 failed"), r.stderr)
        let summary = try JSONDecoder().decode(SummaryFile.self, from: Data(contentsOf: json))
        XCTAssertEqual(summary.exit_code, 1)
        XCTAssertEqual(summary.reports.map(\.id), ["alpha.md", "beta.md", "broken.md"])
        XCTAssertEqual(summary.reports.map(\.status), ["ok", "ok", "failed"])
    }

    private struct SummaryFile: Decodable {
        struct Report: Decodable {
            var id: String
            var status: String
        }
        var exit_code: Int
        var reports: [Report]
    }

    func testWarningsExitThreeAndQuietPrintsNothing() throws {
        let dir = temporaryDirectory()
        let folder = try BatchFixtures.reports(["fine"], in: dir)
        try BatchFixtures.write("# W\n\n![gone](missing.png)\n", "warn.md", in: folder)
        let r = try BatchFixtures.folio(["batch", folder.path, "--out", dir.appendingPathComponent("out").path, "--quiet"])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    func testWorkspaceProjectReportsAreExportedWithTheirWidgetsAnsweredInSeveralThemes() throws {
        let dir = temporaryDirectory()
        let ws = dir.appendingPathComponent("ws")
        let session = repositoryRoot.appendingPathComponent("samples/sessions/offline-05457449c1bd4daaa87e95f65a997406.zip")
        let imported = try BatchFixtures.folio(["workspace", "import", session.path, "--workspace", ws.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let widget = """
            <iframe src="https://app.clear.ml/widgets/?type=scalar&objectType=task&xaxis=iter&objects=offline-05457449c1bd4daaa87e95f65a997406&metrics=loss&variants=train" name="loss-curve" width="100%" height="400"></iframe>
            """
        let curve = try BatchFixtures.write("# Loss\n\n\(widget)\n", "curve.md", in: dir)
        let notes = try BatchFixtures.write("# Notes\n\nNo widgets.\n", "notes.md", in: dir)
        let other = try BatchFixtures.write("# Other\n", "other.md", in: dir)
        for (file, project) in [(curve, "Team A"), (notes, "Team A"), (other, "Team B")] {
            let r = try BatchFixtures.folio(["workspace", "add-report", file.path, "--project", project, "--workspace", ws.path])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let out = dir.appendingPathComponent("out")
        let r = try BatchFixtures.folio([
            "batch", "--workspace", ws.path, "--project", "Team A", "--out", out.path, "--theme", "light", "--theme", "dark",
            "--format", "html",
        ])
        XCTAssertEqual(r.status, 0, "the widget must be answered by the workspace (no warning): \(r.stderr)")
        XCTAssertEqual(
            BatchFixtures.files(under: out),
            ["Team A/curve-dark.html", "Team A/curve-light.html", "Team A/notes-dark.html", "Team A/notes-light.html"])
        let html = try String(contentsOf: out.appendingPathComponent("Team A/curve-light.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<svg"), "the scalar widget is drawn from the workspace data")
    }

    func testNamesThatCollideGetNumberedDeterministically() throws {
        let dir = temporaryDirectory()
        let folder = dir.appendingPathComponent("p")
        try BatchFixtures.write("# upper\n", "Report.md", in: folder)
        try BatchFixtures.write("# lower\n", "report.md", in: folder)
        try BatchFixtures.write("# odd\n", "a:b.md", in: folder)
        let out = dir.appendingPathComponent("out")
        let r = try BatchFixtures.folio([
            "batch", folder.path, "--out", out.path, "--format", "html", "--template", "{name}.{ext}",
        ])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(BatchFixtures.files(under: out), ["Report.html", "a-b.html", "report-2.html"])
        let lower = try String(contentsOf: out.appendingPathComponent("report-2.html"), encoding: .utf8)
        XCTAssertTrue(lower.contains("lower"), "ids sort Report.md before report.md, so the second is numbered")
    }

    func testShardsTogetherExportEveryReportExactlyOnce() throws {
        let dir = temporaryDirectory()
        let names = (1...7).map { "r\($0)" }
        let folder = try BatchFixtures.reports(names, in: dir)
        var seen: [String] = []
        for i in 0..<3 {
            let out = dir.appendingPathComponent("out\(i)")
            let r = try BatchFixtures.folio([
                "batch", folder.path, "--out", out.path, "--format", "html", "--shard", "\(i)/3", "--quiet",
            ])
            XCTAssertEqual(r.status, 0, r.stderr)
            seen += BatchFixtures.files(under: out)
        }
        XCTAssertEqual(seen.sorted(), names.map { "proj/\($0).html" })
        XCTAssertEqual(try BatchFixtures.folio(["batch", folder.path, "--out", dir.path, "--shard", "3/3"]).status, 1)
    }
}
