import XCTest

@testable import FolioMarkdown

final class HTMLScannerTests: XCTestCase {
    func testAttributesQuotedUnquotedAndEntities() {
        let p = HTMLScanner.scan("<iframe src='a?x=1&amp;y=2' width=100% name=\"n\" allowfullscreen></iframe>")
        XCTAssertEqual(p.count, 2)
        guard case .open(let name, let attrs, false) = p[0] else { return XCTFail("not an open tag: \(p)") }
        XCTAssertEqual(name, "iframe")
        XCTAssertEqual(attrs["src"], "a?x=1&y=2")
        XCTAssertEqual(attrs["width"], "100%")
        XCTAssertEqual(attrs["allowfullscreen"], "")
        XCTAssertEqual(p[1], .close(name: "iframe"))
    }

    func testCommentsAndBrokenTagsBecomeText() {
        XCTAssertEqual(HTMLScanner.scan("a <!-- c --> b"), [.text("a "), .comment(" c "), .text(" b")])
        XCTAssertEqual(HTMLScanner.scan("1 < 2 and <3"), [.text("1 < 2 and <3")])
    }

    func testEntityDecoding() {
        XCTAssertEqual(HTMLScanner.decodeEntities("&amp;&lt;&#x3bb;&#955;&unknown;&"), "&<λλ&unknown;&")
    }
}
