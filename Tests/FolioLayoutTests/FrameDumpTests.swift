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
