import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioLayout

/// Equal table cells share one text layout (statuses, names and units repeat down a column);
/// the pages are the same as with one layout per cell.
final class TableCellSharingTests: XCTestCase {
    private func cellBlocks(_ md: String) -> [(text: String, block: TextBlock)] {
        LayoutFixture.layout(md).pages.flatMap { page in
            page.items.compactMap { item -> (String, TextBlock)? in
                guard case .text(let block, _, _) = item, block.lines.count == 1 else { return nil }
                return (block.lines[0].text, block)
            }
        }
    }

    func testEqualCellsShareALayoutAndOthersDoNot() {
        let md = """
            | Run | Status | Note |
            |---|---|---|
            | a | pass | **fast** |
            | b | fail | fast |
            | c | pass | **fast** |
            | d | pass | fast |
            """
        let cells = cellBlocks(md)
        let pass = cells.filter { $0.text == "pass" }.map(\.block)
        XCTAssertEqual(pass.count, 3)
        XCTAssertTrue(pass.allSatisfy { $0 === pass[0] }, "the three 'pass' cells are one layout")
        let fast = cells.filter { $0.text == "fast" }.map(\.block)
        XCTAssertEqual(fast.count, 4)
        XCTAssertTrue(fast[0] === fast[2] && fast[1] === fast[3], "equal text and style share")
        XCTAssertFalse(fast[0] === fast[1], "bold and plain 'fast' are different cells")
        XCTAssertFalse(pass[0] === cells.first { $0.text == "fail" }!.block)
    }

    func testAHeaderCellIsNotABodyCellWithTheSameText() {
        let cells = cellBlocks("| pass |\n|---|\n| pass |\n")
        let pass = cells.filter { $0.text == "pass" }.map(\.block)
        XCTAssertEqual(pass.count, 2)
        XCTAssertFalse(pass[0] === pass[1], "the header is bold in its own colour")
    }
}
