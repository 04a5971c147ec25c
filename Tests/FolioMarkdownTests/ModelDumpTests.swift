import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioMarkdown

/// One snapshot of the model dump per construct; the goldens are the reviewed expectations.
final class ModelDumpTests: XCTestCase {
    private func dump(_ md: String) -> String {
        let r = MarkdownParser().parse(md, sourcePath: "report.md")
        return r.document.dump() + r.diagnostics.map { "! \($0)\n" }.joined()
    }

    func testHeadingsAtxAndSetext() {
        assertSnapshot(dump("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n\nSetext one\n===\n\nSetext two\n---\n\n# One\n"), named: "headings")
    }

    func testEmphasisCombinations() {
        assertSnapshot(dump("**b** __b__ *i* _i_ ~~s~~ `c` ***bi*** ~~**sb**~~ *`ci`* &copy; &#955; &lt;x&gt;\nsoft\nhard  \nbreak\\\nend"), named: "emphasis")
    }

    func testNestedQuotes() {
        assertSnapshot(dump("> one\n>\n> > two\n> >\n> > > three\n"), named: "quotes")
    }

    func testListsNumberingMixedBulletsAndTasks() {
        assertSnapshot(dump("3. a\n7. b\n1. c\n\n- x\n+ y\n* z\n\n- l1\n  - l2\n    - l3\n\n- [x] done\n- [ ] todo\n"), named: "lists")
    }

    func testTableAlignmentsAndInlineCells() {
        assertSnapshot(dump("| a | b | c | d |\n|:--|:-:|--:|---|\n| **x** | `y` | 1.5 | [l](u) |\n| short |\n"), named: "table")
    }

    func testCodeBlocksKeepLanguage() {
        assertSnapshot(dump("```Python {title=\"x\"}\nprint(1)\n```\n\n    indented\n      more\n\n~~~\nplain\n~~~\n"), named: "code")
    }

    func testLinksImagesAutolinks() {
        assertSnapshot(dump("[t](http://a.b \"T\") <http://c.d> https://e.f/g ![alt](img.png \"Ti\")\n\n![solo](x.jpg)\n"), named: "links")
    }

    func testDetailsPairedAcrossBlocksAndNested() {
        let md = "<details><summary>Outer *one*</summary>\n\nBody **md**.\n\n<details>\n<summary>Inner</summary>\n\nDeep.\n\n</details>\n\n</details>\n\nAfter.\n"
        assertSnapshot(dump(md), named: "details")
    }

    func testDetailsUnclosedAndStrayClose() {
        assertSnapshot(dump("</details>\n\n<details><summary>Open</summary>\n\ntext\n"), named: "details-unbalanced")
    }

    func testWidgetIframesAnyHostBothPaths() {
        let md = """
            <iframe src="https://app.clear.ml/widgets/?type=scalar&amp;objects=abc&amp;metrics=loss" name="w1" width="100%" height="400"></iframe>

            Text <iframe src="http://localhost:8080/widget/?type=plot&objects=x" width="640" height="300"></iframe> more

            <iframe src="https://youtube.com/embed/x"></iframe>
            """
        assertSnapshot(dump(md), named: "widgets")
    }

    func testRawHTMLInlineTagsAndSanitising() {
        let md = "a <b>b</b> <i>i</i> <sup>s</sup> <sub>u</sub> <kbd>k</kbd> x<br>y <span>kept</span> <marquee>m</marquee> <script>evil()</script> z\n\n<div>block <b>html</b></div>\n\n<style>p{}</style>\n"
        assertSnapshot(dump(md), named: "raw-html")
    }

    func testTitleFallsBackToFileName() {
        let r = MarkdownParser().parse("## Not a title\n", sourcePath: "/x/weekly-sync.md")
        XCTAssertEqual(r.document.title, "weekly-sync")
        XCTAssertEqual(MarkdownParser().parse("text\n\n# Real *Title*\n").document.title, "Real Title")
    }

    func testSlugsAreUnique() {
        let r = MarkdownParser().parse("# Results\n# Results\n# Results\n# Über Größe!\n")
        XCTAssertEqual(r.document.headings.map(\.anchor), ["results", "results-1", "results-2", "über-größe"])
    }
}
