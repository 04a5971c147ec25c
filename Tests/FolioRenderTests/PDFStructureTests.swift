import FolioCore
import FolioLayout
import FolioTestSupport
import XCTest

@testable import FolioRender

/// The PDF checked with the tools a reader's software relies on: qpdf, pdftotext, pdfinfo.
final class PDFStructureTests: XCTestCase {
    static let markdown = """
        # Quarterly review

        Intro with a [link](https://clear.ml/docs "Docs") and another <https://example.org/x>.
        Jump to [the table](#results-table) (实验 Ωμέγα).

        ## Results table

        | Model | Acc |
        |---|--:|
        | a | 0.91 |

        ### Notes on ünïcödé — and 实验

        - [x] done
        - [ ] open

        ## Appendix

        ```python
        print("end")
        ```
        """

    private func pdf(_ md: String = markdown) throws -> URL {
        let layout = LayoutFixture.layout(md)
        let data = try PDFWriter.render(layout, metadata: PDFMetadata(title: "Quarterly review", subject: "Q3", creationDate: "2024-01-02T03:04:05Z"), theme: LayoutFixture.theme, fonts: LayoutFixture.fonts)
        let url = temporaryDirectory().appendingPathComponent("r.pdf")
        try data.write(to: url)
        return url
    }

    func testQpdfCheckPasses() throws {
        let r = try runTool("qpdf", ["--check", try pdf().path])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("No syntax or stream encoding errors"), r.stdout)
    }

    func testAllTextExtractableInOrder() throws {
        let text = try runTool("pdftotext", [try pdf().path, "-"]).stdout
        let expected = ["Quarterly review", "Intro with a link", "Results table", "Model", "0.91", "Notes on ünïcödé — and 实验", "done", "open", "Appendix", "print(\"end\")", "Page 1 of 1"]
        var cursor = text.startIndex
        for piece in expected {
            guard let r = text.range(of: piece, range: cursor..<text.endIndex) else {
                return XCTFail("'\(piece)' missing or out of order in:\n\(text)")
            }
            cursor = r.upperBound
        }
    }

    func testInfoPagesAndMetadata() throws {
        let info = try runTool("pdfinfo", [try pdf().path]).stdout
        var fields: [String: String] = [:]
        for line in info.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual(fields["Pages"], "1")
        XCTAssertEqual(fields["Title"], "Quarterly review")
        XCTAssertEqual(fields["Subject"], "Q3")
        XCTAssertEqual(fields["Creator"], "Folio")
        XCTAssertEqual(fields["Tagged"], "yes")
        XCTAssertTrue(fields["Page size"]?.contains("A4") ?? false, info)
    }

    func testLinkAnnotationsAndOutlineMatchHeadings() throws {
        let url = try pdf()
        let expanded = url.deletingLastPathComponent().appendingPathComponent("q.pdf")
        XCTAssertEqual(try runTool("qpdf", ["--qdf", "--object-streams=disable", url.path, expanded.path]).status, 0)
        let raw = String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
        XCTAssertEqual(raw.components(separatedBy: "/Subtype /Link").count - 1, 3, "two URI links and one internal link")
        XCTAssertTrue(raw.contains("/URI (https://clear.ml/docs)"))
        let json = try runTool("qpdf", ["--json", "--json-key=outlines", url.path]).stdout
        let outlines = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["outlines"] as? [[String: Any]])
        func titles(_ xs: [[String: Any]], _ depth: Int) -> [String] {
            xs.flatMap { ["\(depth):\($0["title"] as! String)"] + titles($0["kids"] as! [[String: Any]], depth + 1) }
        }
        XCTAssertEqual(titles(outlines, 1), ["1:Quarterly review", "2:Results table", "3:Notes on ünïcödé — and 实验", "2:Appendix"])
    }

    func testSameInputGivesByteIdenticalPDF() throws {
        let a = try Data(contentsOf: try pdf()), b = try Data(contentsOf: try pdf())
        XCTAssertEqual(a, b)
        XCTAssertTrue(String(decoding: a, as: UTF8.self).contains("20240102030405"), "fixed creation date")
    }

    func testFontsComeFromTheBundle() throws {
        let fonts = try runTool("pdffonts", [try pdf().path]).stdout
        XCTAssertTrue(fonts.contains("NotoSans"), fonts)
        XCTAssertTrue(fonts.contains("JetBrainsMono"), fonts)
        XCTAssertTrue(fonts.contains("DroidSansFallback"), "CJK must come from the bundled fallback:\n\(fonts)")
        XCTAssertFalse(fonts.contains("DejaVuSansMono"), "a system font leaked in:\n\(fonts)")
    }
}
