import FolioTestSupport
import Foundation
import XCTest

@testable import FolioCore

final class ThemeTests: XCTestCase {
    private let loader = ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes"))

    func testBuiltInThemesLoad() throws {
        XCTAssertEqual(try loader.load("light").name, "light")
        XCTAssertEqual(try loader.load("dark").name, "dark")
        XCTAssertThrowsError(try loader.load("sepia")) { XCTAssertTrue("\($0)".contains("unknown theme 'sepia'")) }
    }

    func testTextAndTokenContrastIsReadable() throws {
        for name in ["light", "dark"] {
            let t = try loader.load(name)
            XCTAssertGreaterThanOrEqual(t.colors.text.contrastRatio(against: t.page.background), 7, "\(name) body text")
            XCTAssertGreaterThanOrEqual(t.colors.muted.contrastRatio(against: t.page.background), 4.5, "\(name) muted text")
            XCTAssertGreaterThanOrEqual(t.colors.link.contrastRatio(against: t.page.background), 4.5, "\(name) links")
            XCTAssertGreaterThanOrEqual(t.table.headerText.contrastRatio(against: t.table.headerBackground), 4.5, "\(name) table header")
            XCTAssertGreaterThanOrEqual(t.code.foreground.contrastRatio(against: t.code.background), 4.5, "\(name) code")
            for (kind, color) in t.tokens {
                XCTAssertGreaterThanOrEqual(color.contrastRatio(against: t.code.background), 4.5, "\(name) token \(kind) \(color.hex)")
            }
            XCTAssertGreaterThanOrEqual(t.chart.text.contrastRatio(against: t.chart.background), 4.5, "\(name) chart text")
        }
    }

    /// The early font warm-up reads only the fonts: the same as a full load for a complete
    /// theme, nothing for one that extends another (the full load merges it later).
    func testFontsOnlyReadMatchesFullLoad() throws {
        for name in ["light", "dark"] { XCTAssertEqual(loader.fonts(name), try loader.load(name).fonts) }
        let dir = temporaryDirectory()
        let custom = dir.appendingPathComponent("mine.json")
        try Data(#"{"extends": "dark", "fonts": {"bodySize": 12}}"#.utf8).write(to: custom)
        XCTAssertNil(loader.fonts(custom.path))
        XCTAssertNil(loader.fonts(dir.appendingPathComponent("missing.json").path))
    }

    func testCustomThemeExtendsAndOverrides() throws {
        let dir = temporaryDirectory()
        let url = dir.appendingPathComponent("brand.json")
        try ##"{"extends": "dark", "name": "brand", "colors": {"link": "#ff8800"}}"##.write(to: url, atomically: true, encoding: .utf8)
        let t = try loader.load(url.path)
        XCTAssertEqual(t.name, "brand")
        XCTAssertEqual(t.colors.link.hex, "#ff8800")
        XCTAssertEqual(t.page.background.hex, "#0d1117", "inherited from dark")
    }

    func testBadThemeNamesFileAndKey() throws {
        let dir = temporaryDirectory()
        let cases: [(String, String)] = [
            (#"{"extends": "light", "colors": {"link": "blue-ish"}}"#, "colors.link"),
            (#"{"extends": "light", "fonts": {"bodySize": "big"}}"#, "fonts.bodySize"),
            (#"{"name": "partial"}"#, "missing key"),
            ("{ not json", "not valid JSON"),
        ]
        for (i, (json, expected)) in cases.enumerated() {
            let url = dir.appendingPathComponent("t\(i).json")
            try json.write(to: url, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try loader.load(url.path)) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains("t\(i).json") && text.contains(expected), text)
            }
        }
    }
}
