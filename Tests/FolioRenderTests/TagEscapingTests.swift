@testable import FolioRender
import XCTest

/// cairo's tag attributes quote strings with `'`; a quote or backslash in a link must arrive
/// escaped, everything else untouched.
final class TagEscapingTests: XCTestCase {
    func testQuotesAndBackslashesEscaped() {
        XCTAssertEqual(CairoPainter.escape("https://example.org/it's"), "https://example.org/it\\'s")
        XCTAssertEqual(CairoPainter.escape("a\\b"), "a\\\\b")
        XCTAssertEqual(CairoPainter.escape("\\'"), "\\\\\\'")
        XCTAssertEqual(CairoPainter.escape(""), "")
        XCTAssertEqual(CairoPainter.escape("ünï 报告 🙂 \"x\""), "ünï 报告 🙂 \"x\"")
    }
}
