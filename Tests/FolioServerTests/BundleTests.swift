import FolioTestSupport
import FolioWidgets
import XCTest

@testable import FolioServer

/// Bundles written from a recorder and read back with no server: answers, failures, files,
/// and the clear errors for a damaged or newer bundle.
final class BundleTests: XCTestCase {
    let scalar = try! WidgetQuery(url: "/widgets/?type=scalar&objects=aa11&metrics=loss&variants=train&page_size=1", name: "loss")
    let plot = try! WidgetQuery(url: "/widgets/?type=plot&objects=bb22&metrics=Confusion&variants=val", name: "confusion")
    let answer = #"{"meta":{"result_code":200},"data":{"tasks":[{"id":"aa11","name":"run-3"}],"scalar_metrics_iter_histogram":{"loss":{"train":{"aa11":{"name":"run-3","x":[1,2],"y":[0.5,0.25]}}}}}}"#

    func writeBundle() async throws -> URL {
        let recorder = BundleRecorder()
        await recorder.record(WidgetExchange(query: scalar, outcome: .answer(status: 200, body: Data(answer.utf8))))
        await recorder.record(WidgetExchange(query: plot, outcome: .failure("reports.get_task_data: HTTP 403: missing permissions")))
        await recorder.record(resource: "https://files.x/reports/r1/a.png", .success(Data([0x89, 0x50])))
        await recorder.record(resource: "https://else.x/b.png", .failure(FolioErrorText("https://else.x/b.png: host 'else.x' is not the configured ClearML server")))
        let record = ReportRecord(id: "r1", name: "Weekly / results", comment: "Summary", report: "# Hi\n", created: "2024-05-01T10:00:00+00:00")
        let report = LoadedReport(record: record, markdown: "# Hi\n", images: ReportImages(results: [:]))
        let folder = temporaryDirectory().appendingPathComponent("bundle")
        try await BundleWriter(generator: "folio test").write(report, recorder: recorder, configuration: ServerConfiguration(apiServer: "https://api.x"), to: folder)
        return folder
    }

    func testRoundTripAnswersFailuresAndFiles() async throws {
        let bundle = try ReportBundle.open(try await writeBundle())
        let data = try await bundle.taskData(for: scalar)
        XCTAssertEqual(data.scalarMetricsIterHistogram?["loss"]?["train"]?["aa11"]?.y, [0.5, 0.25])
        do {
            _ = try await bundle.taskData(for: plot)
            XCTFail("the recorded failure must replay")
        } catch {
            XCTAssertEqual("\(error)", "reports.get_task_data: HTTP 403: missing permissions")
        }
        let resource = try await bundle.resource("https://files.x/reports/r1/a.png")
        XCTAssertEqual(resource, Data([0x89, 0x50]))
        let document = bundle.report.document(sourceDateEpoch: nil)
        XCTAssertEqual(document.name, "Weekly - results")
        XCTAssertEqual(document.description, "Summary")
        XCTAssertEqual(document.date, Date(timeIntervalSince1970: 1_714_557_600))
        XCTAssertEqual("\(document.remoteImages("https://else.x/b.png"))", "failure(https://else.x/b.png: host 'else.x' is not the configured ClearML server)")
        XCTAssertEqual(bundle.manifest.widgets.map(\.failed).sorted { !$0 && $1 }, [false, true])

        let widgetFile = try String(contentsOf: bundle.folder.appendingPathComponent(bundle.manifest.widgets.first { !$0.failed }!.file), encoding: .utf8)
        XCTAssertTrue(widgetFile.contains(answer), "the server's answer is kept byte for byte")
        XCTAssertTrue(widgetFile.contains(#""query" : "page_size=1""#), widgetFile)
    }

    func testMissingFileIsNamed() async throws {
        let folder = try await writeBundle()
        let manifest = try ReportBundle.open(folder).manifest
        try FileManager.default.removeItem(at: folder.appendingPathComponent(manifest.widgets[0].file))
        XCTAssertThrowsError(try ReportBundle.open(folder)) { error in
            XCTAssertEqual("\(error)", "\(folder.path): the bundle is incomplete: \(manifest.widgets[0].file) is listed in bundle.json but missing")
        }
    }

    func testNewerFormatVersionIsRefusedClearly() async throws {
        let folder = try await writeBundle()
        let url = folder.appendingPathComponent("bundle.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"format_version\" : 1", with: "\"format_version\" : 2")
        try text.write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportBundle.open(folder)) { error in
            XCTAssertEqual("\(error)", "\(folder.path): bundle format version 2 is newer than this Folio reads (up to 1); update Folio")
        }
        XCTAssertThrowsError(try ReportBundle.open(folder.deletingLastPathComponent())) { error in
            XCTAssertTrue("\(error)".hasSuffix("not a report bundle (no bundle.json)"))
        }
    }

    func testWritingOverSomethingElseIsRefused() async throws {
        let folder = temporaryDirectory()
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let report = LoadedReport(record: ReportRecord(id: "r1", name: "x"), markdown: "", images: ReportImages(results: [:]))
        do {
            try await BundleWriter(generator: "t").write(report, recorder: BundleRecorder(), configuration: ServerConfiguration(apiServer: "https://a"), to: folder)
            XCTFail("expected a refusal")
        } catch {
            XCTAssertTrue("\(error)".contains("the folder exists and is not a bundle"))
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }
}
