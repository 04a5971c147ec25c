import FolioHighlight
import XCTest

/// Exact tokens for the behaviours the issue names: plain fallback, unterminated strings, long lines, tabs.
final class EdgeCaseTests: XCTestCase {
    private func tokens(_ code: String, _ language: String) -> String {
        Highlighter.highlight(code, language: Highlighter.language(named: language)).compactDescription
    }

    func testUnknownLanguageIsOnePlainToken() {
        let code = "def f(x):\n    return \"not painted\"  # prose\n"
        XCTAssertEqual(Highlighter.highlight(code, language: nil), [Token(code)])
    }

    func testUnterminatedPythonStringStopsAtTheLineEnd() {
        XCTAssertEqual(tokens("s = 'abc\nx = 1\n", "python"),
            "plain«s » operator«=» plain« » string«'abc» plain«\nx » operator«=» plain« » number«1» plain«\n»")
    }

    func testUnterminatedCStringStopsAtTheLineEnd() {
        XCTAssertEqual(tokens("char *s = \"abc\nint x;\n", "c"),
            "type«char» plain« » operator«*» plain«s » operator«=» plain« » string«\"abc» plain«\n» type«int» plain« x» punctuation«;» plain«\n»")
    }

    func testStringLookingTextInCommentsStaysComment() {
        XCTAssertEqual(tokens("x = 1  # \"not a string\" 'nor this'\n", "python"),
            "plain«x » operator«=» plain« » number«1» plain«  » comment«# \"not a string\" 'nor this'» plain«\n»")
        XCTAssertEqual(tokens("/* \"a\" */ int y; // 'b'\n", "c"),
            "comment«/* \"a\" */» plain« » type«int» plain« y» punctuation«;» plain« » comment«// 'b'» plain«\n»")
    }

    func testHundredKilobyteSingleLineFinishesQuickly() {
        let line = String(repeating: "x = foo(1, 'a\\n', [2.5]) + y ", count: 3_500)
        XCTAssertGreaterThan(line.utf8.count, 100_000)
        for name in ["python", "c", "javascript", "bash", "json", "yaml", "markdown", "html", "sql", "css"] {
            let start = Date()
            let result = Highlighter.highlight(line, language: Highlighter.language(named: name))
            XCTAssertEqual(result.map(\.text).joined(), line, name)
            XCTAssertLessThan(Date().timeIntervalSince(start), 3, "\(name) took too long on a 100 KB line")
        }
    }

    func testTabsExpandAcrossTokenBoundariesPerLine() {
        let expanded = expandTabs([Token("a\t", .keyword), Token("bc\t", nil), Token("d\n\tx", .string)], width: 4)
        XCTAssertEqual(expanded, [Token("a   ", .keyword), Token("bc  ", nil), Token("d\n    x", .string)])
        XCTAssertEqual(expandTabs([Token("\t\t", nil)], width: 8), [Token(String(repeating: " ", count: 16), nil)])
        XCTAssertEqual(expandTabs([Token("ab\tc", nil)], width: 3).map(\.text).joined(), "ab c")
    }

    func testTabsInsideCodeAreKept() {
        let code = "if x:\n\treturn 1\n"
        XCTAssertEqual(Highlighter.highlight(code, language: Highlighter.language(named: "py")).map(\.text).joined(), code)
        XCTAssertEqual(tokens("all:\n\techo $@\n", "make"),
            "function«all» operator«:» plain«\n\t» builtin«echo» plain« » variable«$@» plain«\n»")
    }
}
