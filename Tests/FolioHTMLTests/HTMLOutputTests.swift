import FolioCharts
import FolioCore
import FolioMarkdown
import FolioTestSupport
import XCTest

@testable import FolioHTML

/// The HTML is one self-contained, script-free file; raw HTML from the report never leaks.
final class HTMLOutputTests: XCTestCase {
    private func html(_ md: String, images: ImageStore = ImageStore()) -> (String, [Diagnostic]) {
        let doc = MarkdownParser().parse(md, sourcePath: "r.md").document
        let r = HTMLWriter(theme: LayoutFixture.theme, images: images, widgets: PlaceholderWidgetPresenter(theme: LayoutFixture.theme), measurer: ApproximateTextMeasurer()).render(doc)
        return (r.html, r.diagnostics)
    }

    func testNoScriptNoStyleFromTheReportAndNoHandlers() {
        let md = """
            <script>alert(1)</script>

            <style>body{display:none}</style>

            <img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)" onclick="x()">click</a>
            [md link](javascript:alert(4)) [tab trick](java\tscript:alert(5)) [ok](https://clear.ml)
            <div onmouseover="evil()">text</div>
            """
        let (out, _) = html(md)
        let lower = out.lowercased()
        XCTAssertFalse(lower.contains("<script"), out)
        XCTAssertFalse(lower.contains("javascript:"), out)
        XCTAssertFalse(lower.contains("onerror") || lower.contains("onclick") || lower.contains("onmouseover"), out)
        XCTAssertFalse(lower.contains("display:none"), "report CSS must not reach the output")
        XCTAssertTrue(out.contains("<a href=\"https://clear.ml\">ok</a>"))
        XCTAssertEqual(lower.components(separatedBy: "<style").count - 1, 1, "only Folio's own stylesheet")
    }

    func testNoExternalRequests() throws {
        var store = ImageStore()
        store.images["a.png"] = ImageData(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]))
        let (out, _) = html("![a](a.png)\n\n![remote](https://example.com/x.png)\n\n[a link is fine](https://example.com)\n", images: store)
        XCTAssertTrue(out.contains("src=\"data:image/png;base64,"))
        // Links are navigation, not requests; nothing else may point outside the file.
        let withoutLinks = out.replacingOccurrences(of: "<a href=\"https://example.com\">", with: "")
        XCTAssertNil(withoutLinks.range(of: "(src|href)=\"(https?:)?//", options: .regularExpression), "an external reference remains")
        XCTAssertTrue(out.contains("Image unavailable: remote"))
    }

    func testDetailsStayOpenAndNest() {
        let (out, _) = html("<details><summary>Outer</summary>\n\nA\n\n<details><summary>Inner</summary>\n\nB\n\n</details>\n\n</details>\n")
        XCTAssertEqual(out.components(separatedBy: "<details open>").count - 1, 2)
        XCTAssertTrue(out.contains("<summary>Outer</summary>") && out.contains("<summary>Inner</summary>"))
        XCTAssertLessThan(out.range(of: "Inner")!.lowerBound, out.range(of: "</details>\n</details>")!.lowerBound)
    }

    func testConstructsRender() throws {
        let md = "# T\n\n1. a\n2. b\n\ntext\n\n3. c\n\n- [x] done\n- [ ] todo\n\n| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n```python\nif a < b:\n\tprint('x')\n```\n\nx<sup>2</sup> H<sub>2</sub>O <kbd>K</kbd> ~~s~~\n"
        let (out, _) = html(md)
        XCTAssertTrue(out.contains("<ol start=\"3\">"))
        XCTAssertTrue(out.contains("<input type=\"checkbox\" disabled checked>"))
        XCTAssertTrue(out.contains("<th style=\"text-align:center\">c</th>"))
        XCTAssertTrue(out.contains("<td style=\"text-align:right\">3</td>"))
        let code = try XCTUnwrap(out.range(of: "<pre class=\"code\" data-lang=\"python\"><code>").map { out[$0.upperBound...] }).prefix { $0 != "\u{0}" }
        let inner = String(code[..<code.range(of: "</code></pre>")!.lowerBound])
        XCTAssertTrue(inner.contains("<span class=\"tok-keyword\">if</span>"), inner)
        // Copy-paste gives the original: strip the spans, unescape, compare.
        let text = inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        XCTAssertEqual(text, "if a < b:\n\tprint('x')", "code kept exactly, tab included")
        XCTAssertTrue(out.contains("<sup>2</sup>") && out.contains("<sub>2</sub>") && out.contains("<kbd>K</kbd>") && out.contains("<del>s</del>"))
        XCTAssertTrue(out.contains("<h1 id=\"t\">T</h1>"))
    }

    func testWidgetBecomesInlineSVGWithWarning() {
        let (out, diags) = html("<iframe src=\"https://app.clear.ml/widgets/?type=scalar&metrics=loss\" name=\"w\" width=\"100%\" height=\"300\"></iframe>\n")
        XCTAssertTrue(out.contains("<figure class=\"widget\" data-name=\"w\"><svg"))
        XCTAssertTrue(out.contains("scalar widget &apos;loss&apos;</text>"), out)
        XCTAssertEqual(diags.count, 1)
        XCTAssertEqual(diags.first?.line, 1)
    }

    func testDarkThemeCSSCoversThePage() throws {
        let dark = try ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes")).load("dark")
        let doc = MarkdownParser().parse("x").document
        let out = HTMLWriter(theme: dark, images: ImageStore(), widgets: PlaceholderWidgetPresenter(theme: dark), measurer: ApproximateTextMeasurer()).render(doc).html
        XCTAssertTrue(out.contains("html{background:#0d1117}"))
        XCTAssertTrue(out.contains("color-scheme:dark"))
    }
}
