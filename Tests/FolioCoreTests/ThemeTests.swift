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

    /// Theme files are read by hand (`Theme(json:)`), not through the Codable conformance;
    /// both must give the same theme, key for key.
    func testHandReaderMatchesCodable() throws {
        for name in ["light", "dark"] {
            let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Themes/\(name).json"))
            XCTAssertEqual(try loader.load(name), try JSONDecoder().decode(Theme.self, from: data), name)
        }
        // And a theme written back by the encoder reads the same.
        let dark = try loader.load("dark")
        let encoded = try JSONEncoder().encode(dark)
        XCTAssertEqual(try Theme(json: JSONValue(parsing: [UInt8](encoded))), dark)
    }

    func testExtendsMergesNestedObjectsAndRelativePaths() throws {
        let dir = temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try #"{"extends": "dark", "name": "base", "fonts": {"bodySize": 11}}"#.write(to: dir.appendingPathComponent("base.json"), atomically: true, encoding: .utf8)
        try #"{"extends": "../base.json", "name": "top", "fonts": {"codeSize": 9}, "headingScale": [3, 2, 1, 1, 1, 1]}"#
            .write(to: dir.appendingPathComponent("sub/top.json"), atomically: true, encoding: .utf8)
        let t = try loader.load(dir.appendingPathComponent("sub/top.json").path)
        let dark = try loader.load("dark")
        XCTAssertEqual(t.name, "top")
        XCTAssertEqual(t.fonts.bodySize, 11, "from base.json")
        XCTAssertEqual(t.fonts.codeSize, 9, "from top.json")
        XCTAssertEqual(t.fonts.mono, dark.fonts.mono, "from dark")
        XCTAssertEqual(t.headingScale, [3, 2, 1, 1, 1, 1], "arrays replace, not merge")
        XCTAssertEqual(t.tokens, dark.tokens)
    }

    func testBadThemeNamesFileAndKey() throws {
        let dir = temporaryDirectory()
        let cases: [(String, String)] = [
            (#"{"extends": "light", "colors": {"link": "blue-ish"}}"#, "colors.link"),
            (#"{"extends": "light", "fonts": {"bodySize": "big"}}"#, "fonts.bodySize"),
            (#"{"name": "partial"}"#, "page: missing key"),
            ("{ not json", "not valid JSON: line 1, column 3"),
            (##"{"extends": "light", "chart": {"palette": ["#000000", "teal"]}}"##, "chart.palette[1]: not a colour: 'teal'"),
            (#"{"extends": "light", "headingScale": [2, "1.5"]}"#, "headingScale[1]: expected a number"),
            (#"{"extends": "light", "tokens": {"keyword": 3}}"#, "tokens.keyword: expected a colour"),
            (#"{"extends": "light", "spacing": null}"#, "spacing: expected an object, found null"),
            (#"{"extends": "light", "name": 7}"#, "name: expected a string, found a number"),
            (#"{"extends": 1}"#, "extends: must be a theme name or path"),
            ("[1]", "a theme must be a JSON object"),
            (#"{"extends": "./t11.json"}"#, "too deep"),
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
