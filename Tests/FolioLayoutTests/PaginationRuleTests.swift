import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioLayout

/// Each pagination rule checked over many fill levels, so a break lands everywhere it can.
final class PaginationRuleTests: XCTestCase {
    private func filler(_ n: Int) -> String {
        (0..<n).map { "Filler line \($0) with enough words to be a real sentence." }.joined(separator: "\n\n") + "\n\n"
    }

    func testTableHeaderRepeatsOnEveryContinuationPage() {
        let rows = (1...90).map { "| run-\($0) | \($0 * 3) | note \($0) |" }.joined(separator: "\n")
        let r = LayoutFixture.layout("# T\n\n| Name | Score | Notes |\n|---|--:|---|\n" + rows + "\n")
        XCTAssertGreaterThan(r.pages.count, 1)
        for (i, page) in r.pages.enumerated() {
            let lines = LayoutFixture.lines(page).map(\.text)
            XCTAssertEqual(lines.filter { $0 == "Name" }.count, 1, "page \(i + 1) should show the header once")
            if i > 0 { XCTAssertEqual(lines.first, "Name", "page \(i + 1) must start with the repeated header") }
            let headerIndex = lines.firstIndex(of: "Name")!
            XCTAssertTrue(lines.dropFirst(headerIndex).contains { $0.hasPrefix("run-") }, "header without rows on page \(i + 1)")
        }
        let all = r.pages.flatMap { LayoutFixture.lines($0).map(\.text) }.filter { $0.hasPrefix("run-") }
        XCTAssertEqual(all, (1...90).map { "run-\($0)" }, "every row exactly once, in order")
    }

    func testHeadingNeverLastOnAPage() {
        for n in stride(from: 20, through: 52, by: 1) {
            let r = LayoutFixture.layout(filler(n) + "## Results heading\n\nFirst paragraph after the heading.\n\n" + filler(5))
            for page in r.pages {
                let last = LayoutFixture.lines(page).last?.text
                XCTAssertNotEqual(last, "Results heading", "heading stranded at a page bottom with \(n) filler paragraphs")
            }
        }
    }

    func testCodeBreaksOnlyBetweenLinesAndKeepsOrder() {
        let code = (1...150).map { "line_\($0) = compute(\($0))" }.joined(separator: "\n")
        let r = LayoutFixture.layout("# Code\n\n```python\n" + code + "\n```\n")
        XCTAssertGreaterThan(r.pages.count, 1)
        let lines = r.pages.flatMap { LayoutFixture.lines($0).map(\.text) }.filter { $0.hasPrefix("line_") }
        XCTAssertEqual(lines, (1...150).map { "line_\($0) = compute(\($0))" })
        // The tinted background continues on every page the block touches.
        for page in r.pages {
            let hasCode = LayoutFixture.lines(page).contains { $0.text.hasPrefix("line_") }
            let hasBackground = page.items.contains { if case .rect(_, let fill, _, _, _) = $0 { return fill == LayoutFixture.theme.code.background }; return false }
            XCTAssertEqual(hasCode, hasBackground)
        }
    }

    func testNoOrphanOrWidowLines() {
        let para = (0..<40).map { "word\($0)" }.joined(separator: " ")  // about 5 lines
        for n in stride(from: 30, through: 56, by: 1) {
            let r = LayoutFixture.layout(filler(n) + para + "\n\n" + filler(3))
            let perPage = r.pages.map { LayoutFixture.lines($0).filter { $0.text.contains("word") }.count }
            for count in perPage where count > 0 {
                let total = perPage.reduce(0, +)
                if count < total { XCTAssertGreaterThanOrEqual(count, 2, "a paragraph split left \(count) line(s) alone (n=\(n): \(perPage))") }
            }
        }
    }

    func testImagesAndWidgetsNeverSplit() throws {
        let png = try XCTUnwrap(ImageData(Self.png(width: 400, height: 300)))
        var store = ImageStore()
        store.images["a.png"] = png
        let bottom = PageSize.a4.height - LayoutFixture.theme.page.marginBottom
        for n in stride(from: 28, through: 50, by: 2) {
            let md = filler(n) + "![a](a.png)\n\n<iframe src=\"https://x/widgets/?type=scalar&metrics=loss\" height=\"200\"></iframe>\n"
            let r = LayoutFixture.layout(md, images: store)
            for page in r.pages {
                for item in page.items {
                    if case .image(_, let rect) = item { XCTAssertLessThanOrEqual(rect.maxY, bottom + 0.01, "image crosses the page bottom (n=\(n))") }
                    if case .scene(let s, let o, let k) = item { XCTAssertLessThanOrEqual(o.y + s.height * k, bottom + 0.01, "widget crosses the page bottom (n=\(n))") }
                }
            }
        }
    }

    func testTallImageIsScaledToThePage() throws {
        var store = ImageStore()
        store.images["tall.png"] = try XCTUnwrap(ImageData(Self.png(width: 200, height: 3000)))
        let r = LayoutFixture.layout("![t](tall.png)\n", images: store)
        let rect = r.pages.flatMap(\.items).compactMap { item -> SceneRect? in if case .image(_, let r) = item { return r }; return nil }.first
        let content = PageSize.a4.height - LayoutFixture.theme.page.marginTop - LayoutFixture.theme.page.marginBottom
        XCTAssertEqual(try XCTUnwrap(rect).height, content, accuracy: 0.01)
        XCTAssertEqual(rect!.width / rect!.height, 200.0 / 3000.0, accuracy: 0.001, "aspect ratio kept")
    }

    func testLongWordsAndURLsWrapInsideTheColumn() {
        let r = LayoutFixture.layout("https://example.com/" + String(repeating: "abcdefghij", count: 40) + "\n\n`" + String(repeating: "x", count: 300) + "`\n")
        let right = PageSize.a4.width - LayoutFixture.theme.page.marginRight
        for page in r.pages {
            for item in page.items {
                if case .text(let b, let range, let o) = item {
                    for i in range { XCTAssertLessThanOrEqual(o.x + b.lines[i].x + b.lines[i].width, right + 0.5, "line overflows: \(b.lines[i].text.prefix(30))") }
                }
            }
        }
    }

    func testFooterOnEveryPage() {
        let r = LayoutFixture.layout("# Weekly\n\n" + filler(120))
        for (i, page) in r.pages.enumerated() {
            let footer = page.items.suffix(2).compactMap { item -> String? in if case .text(let b, _, _) = item { return b.text }; return nil }
            XCTAssertEqual(footer, ["Weekly", "Page \(i + 1) of \(r.pages.count)"])
        }
    }

    /// A minimal valid RGB PNG header (layout reads only the size).
    static func png(width: Int, height: Int) -> Data {
        var d = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        d += Data("IHDR".utf8)
        for v in [width, height] { d += Data([UInt8(v >> 24 & 255), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)]) }
        d += Data([8, 2, 0, 0, 0, 0, 0, 0, 0])
        return d
    }
}
