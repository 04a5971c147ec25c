import FolioCore
import FolioExport
import FolioTestSupport
import Foundation
import XCTest

/// `folio export` decodes the theme during start-up and hands it to the exporter; the export
/// uses it only for the theme it names, and a theme that failed fails the export as before.
final class AdoptedThemeTests: XCTestCase {
    private func export(_ exporter: Exporter, theme: String) throws -> ExportReport {
        let dir = temporaryDirectory()
        let md = dir.appendingPathComponent("r.md")
        try "# Adopted\n\nText.\n".write(to: md, atomically: true, encoding: .utf8)
        let options = ExportOptions(formats: [.html], theme: theme, output: dir.appendingPathComponent("r.html"))
        return try exporter.export(markdownFile: md, options: options)
    }

    private func exporter() -> Exporter {
        Exporter(resources: ResourceLocator(root: repositoryRoot), fontCache: temporaryDirectory())
    }

    func testAdoptedThemeIsUsedForTheThemeItNames() throws {
        var dark = try ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes")).load("dark")
        dark.colors.text = Color(hex: "#123456")!
        let e = exporter()
        e.adopt(theme: .success(dark), named: "dark")
        let html = try String(contentsOf: try export(e, theme: "dark").written[0], encoding: .utf8)
        XCTAssertTrue(html.lowercased().contains("#123456"), "the adopted theme's text colour is in the CSS")
    }

    func testAnotherThemeIsReadFromItsFile() throws {
        let e = exporter()
        e.adopt(theme: .failure(FolioError("not this one")), named: "dark")
        XCTAssertNoThrow(try export(e, theme: "light"))
    }

    func testAFailedThemeFailsTheExportWithItsError() throws {
        let e = exporter()
        e.adopt(theme: .failure(FolioError("bad.json: page: missing key")), named: "bad.json")
        XCTAssertThrowsError(try export(e, theme: "bad.json")) { error in
            XCTAssertEqual("\(error)", "bad.json: page: missing key")
        }
    }
}
