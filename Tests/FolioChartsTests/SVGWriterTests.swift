import FolioCore
import FolioTestSupport
import Foundation
import XCTest

@testable import FolioCharts

#if canImport(FoundationXML)
    import FoundationXML
#endif

final class SVGWriterTests: XCTestCase {
    /// Parses with Foundation's XMLParser and collects element names.
    private func parse(_ svg: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var names: [String] = []
            var clipIDs: [String] = []
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                names.append(name)
                if let id = attributes["id"] { clipIDs.append(id) }
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        XCTAssertTrue(
            parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")", file: file, line: line)
        return collector.names
    }

    func testSmallChartSnapshotAndWellFormed() {
        let result = ChartFixtures.lineChart(
            LineChart(title: "loss <train & val>", series: [ChartFixtures.loss, ChartFixtures.val]), width: 320,
            height: 200)
        let svg = SVGWriter(fontFamily: "Inter, \"DejaVu Sans\", sans-serif").svg(for: result.scene)
        let names = parse(svg)
        XCTAssertEqual(names.first, "svg")
        XCTAssertTrue(names.contains("clipPath"))
        XCTAssertTrue(svg.contains("loss &lt;train &amp; val&gt;"))
        XCTAssertTrue(svg.contains("width=\"320.00pt\" height=\"200.00pt\" viewBox=\"0 0 320.00 200.00\""))
        assertSnapshot(svg, named: "svg-small-chart", ext: "svg")
    }

    func testEveryItemKindAndNoExternalReferences() {
        let png = FigureTests.pngHeader(width: 2, height: 1)
        let scene = Scene(
            width: 100, height: 50,
            items: [
                .path(
                    .circle(center: ScenePoint(10, 10), radius: 5), fill: Color(hex: "#ff000080"),
                    stroke: SceneStroke(color: .black, width: 1, dash: [2, 1])),
                .text(
                    SceneText(
                        "rotated \"quote\" 'apos' \u{1}ctl", at: ScenePoint(50, 25),
                        font: SceneFont(size: 9, bold: true, italic: true, monospace: true),
                        color: .black, anchor: .end, rotation: -90)),
                .group(
                    clip: SceneRect(x: 0, y: 0, width: 50, height: 50),
                    items: [
                        .image(
                            SceneImage(
                                data: png, mimeType: "image/png", rect: SceneRect(x: 0, y: 0, width: 20, height: 10))),
                        .group(clip: SceneRect(x: 1, y: 1, width: 2, height: 2), items: []),
                    ]),
                .group(
                    clip: nil, items: [.path(.rect(SceneRect(x: 0, y: 0, width: 1, height: 1)), fill: nil, stroke: nil)]
                ),
            ])
        let svg = SVGWriter().svg(for: scene)
        let names = parse(svg)
        XCTAssertEqual(names.filter { $0 == "clipPath" }.count, 2)
        XCTAssertTrue(svg.contains("url(#clip0)") && svg.contains("url(#clip1)"))
        XCTAssertTrue(svg.contains("fill-opacity=\"0.50\""))
        XCTAssertTrue(svg.contains("transform=\"rotate(-90.00 50.00 25.00)\""))
        XCTAssertTrue(svg.contains("xlink:href=\"data:image/png;base64,"))
        XCTAssertTrue(
            svg.contains(
                "font-family=\"monospace\" font-size=\"9.00\" font-weight=\"bold\" font-style=\"italic\" text-anchor=\"end\""
            ))
        XCTAssertFalse(svg.contains("<script"))
        let references = svg.components(separatedBy: "http").count - 1
        XCTAssertEqual(references, 2, "only the two xmlns declarations")
        XCTAssertEqual(svg, SVGWriter().svg(for: scene), "deterministic")
    }

    func testDumpSummarisesLongPaths() {
        let points = (0..<100).map { ScenePoint(Double($0), Double($0 % 7)) }
        let dump = Scene(
            width: 10, height: 10, items: [.path(.polyline(points), fill: nil, stroke: SceneStroke(color: .black))]
        ).dump()
        XCTAssertEqual(
            dump,
            """
            scene 10.00 x 10.00
              path fill=none stroke=#000000 w=1.00 [100 elements, 1 subpaths, bbox 0.00,0.00..99.00,6.00, first 0.00,0.00, last 99.00,1.00]

            """)
    }

    func testFixedFormatting() {
        XCTAssertEqual(Fixed.two(0.1 + 0.2), "0.30")
        XCTAssertEqual(Fixed.two(-0.001), "0.00")
        XCTAssertEqual(Fixed.two(-12.345), "-12.35")
        XCTAssertEqual(Fixed.two(1234.5), "1234.50")
        XCTAssertEqual(Fixed.two(0.05), "0.05")
    }
}
