import FolioCharts
import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioLayout

/// Frame dumps of small documents: positions of every line, rule, box and link.
final class FrameDumpTests: XCTestCase {
    func testSmallReportFrames() {
        let md = """
            # Run summary

            Accuracy rose to **91.3 %** after [warm-up](https://clear.ml "docs").

            - [x] curves
            - [ ] card

            > quoted

            | a | b |
            |---|--:|
            | x | 1 |

            ```python
            print("hi")
            ```
            """
        assertSnapshot(LayoutFixture.layout(md).dump(), named: "small-report")
    }

    func testWrappedCodeLineShowsContinuationMarker() {
        let long = "x = [" + (0..<60).map(String.init).joined(separator: ", ") + "]"
        let dump = LayoutFixture.layout("```\n\(long)\nshort\n```\n", lineNumbers: true).dump()
        XCTAssertTrue(dump.contains("\"↪\""), "no continuation marker:\n\(dump)")
        XCTAssertTrue(dump.contains("\"1\"") && dump.contains("\"2\""), "line numbers missing")
        XCTAssertFalse(dump.contains("\"3\""), "a wrapped line must not get its own number")
        assertSnapshot(dump, named: "wrapped-code")
    }
}

/// Markers Folio draws as shapes: bullets by depth and the open triangle of a details caption.
final class MarkerShapeTests: XCTestCase {
    func testBulletsByDepthAndDetailsTriangle() {
        let md = "- one\n  - two\n    - three\n\n<details><summary>More</summary>\n\nInside.\n\n</details>\n"
        let dump = LayoutFixture.layout(md).dump()
        let markers = dump.split(separator: "\n").filter { $0.contains("marker ") }.map { $0.split(separator: " ")[1] }
        XCTAssertEqual(markers, ["disc", "circle", "square", "disclosure"], dump)
        // No glyph marker is left in the text (it would need a fallback face).
        XCTAssertFalse(dump.contains("•") || dump.contains("▾"), dump)
        XCTAssertTrue(dump.contains("\"More\""), dump)
    }
}

/// Long documents are laid out in chunks on two threads; the pages must equal a sequential layout.
final class ParallelLayoutTests: XCTestCase {
    func testChunkedLayoutEqualsSequentialLayout() throws {
        let section = (1...12).map { i in
            "## Section \(i)\n\n" + String(repeating: "Words that fill a paragraph line by line. ", count: 30) + "\n\n| a | b |\n|---|---|\n| x\(i) | y |\n\n```python\nprint(\(i))\n```\n"
        }.joined(separator: "\n")
        let md = "# Long\n\n" + String(repeating: section, count: 4)
        let doc = FolioMarkdownParse.document(md)
        let options = LayoutOptions(theme: LayoutFixture.theme, footerTitle: "Long")
        let presenter = PlaceholderWidgetPresenter(theme: LayoutFixture.theme)
        let sequential = LayoutEngine(fonts: LayoutFixture.fonts, options: options).layout(doc, images: ImageStore(), widgets: presenter)
        let helper = try FontSystem(fontsDirectory: repositoryRoot.appendingPathComponent("Fonts"), cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-fontconfig"))
        let parallel = LayoutEngine(fonts: LayoutFixture.fonts, options: options, helperFonts: [helper]).layout(doc, images: ImageStore(), widgets: presenter)
        XCTAssertGreaterThan(ChunkSplitter.split(doc.blocks, parts: 2).count, 1, "the document must be long enough to be split")
        XCTAssertEqual(parallel.dump(), sequential.dump())
        // A helper still being made on another thread, and one that failed to be made.
        let late = try FontSystem(fontsDirectory: repositoryRoot.appendingPathComponent("Fonts"), cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-fontconfig"))
        let waited = LayoutEngine(fonts: LayoutFixture.fonts, options: options, lateHelpers: [LateFontSystem { Thread.sleep(forTimeInterval: 0.05); return late }])
        XCTAssertEqual(waited.layout(doc, images: ImageStore(), widgets: presenter).dump(), sequential.dump())
        let failed = LayoutEngine(fonts: LayoutFixture.fonts, options: options, lateHelpers: [LateFontSystem { nil }])
        XCTAssertEqual(failed.layout(doc, images: ImageStore(), widgets: presenter).dump(), sequential.dump())
    }
}
