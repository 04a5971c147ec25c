import FolioCharts
import FolioCore
import FolioLayout
import FolioTestSupport
import FolioWidgets
import XCTest

@testable import FolioWidgetCharts

/// A Plotly table widget becomes a real document table, so long tables break across pages
/// with the header repeated instead of being cut at the widget's height.
final class PlotTableBlocksTests: XCTestCase {
    private func tableFigure(rows: Int) -> String {
        let names = (0..<rows).map { "\"run-\($0)\"" }.joined(separator: ",")
        let scores = (0..<rows).map { "\(Double($0) / 100)" }.joined(separator: ",")
        return #"{"data":[{"type":"table","header":{"values":["<b>run</b>","score"]},"cells":{"values":[["# + names + #"],["# + scores + #"]]}}],"layout":{"title":"leaderboard"}}"#
    }

    func testTableTraceBecomesBlocksWithRowMajorCells() throws {
        let data = WidgetChartFixtures.plots([(task: "t1", name: "run", metric: "leaderboard", variant: "val", iter: 3, figure: tableFigure(rows: 3))])
        let url = "https://app.clear.ml/widgets/?type=plot&objects=t1&metrics=leaderboard&variants=val"
        let embed = WidgetEmbed(url: url, name: "lb", width: "100%", height: "300", line: 7)
        var prefetch = WidgetPrefetch()
        prefetch.answers[WidgetPrefetch.key(for: embed)] = .success(.init(query: WidgetChartFixtures.query(url), data: data, resources: [:]))
        let presentation = DataWidgetPresenter(prefetch: prefetch, theme: LayoutFixture.theme).present(embed, width: 480, height: 225, measurer: ApproximateTextMeasurer())
        let blocks = try XCTUnwrap(presentation.blocks)
        guard case .paragraph(let caption) = blocks.first, case .table(let table) = blocks.last else { return XCTFail("\(blocks)") }
        XCTAssertEqual(caption.plainText, "leaderboard / val", "one task: the web app appends the variant")
        XCTAssertEqual(table.header.map(\.plainText), ["run", "score"], "HTML tags stripped from header values")
        XCTAssertEqual(table.rows.map { $0.map(\.plainText) }, [["run-0", "0"], ["run-1", "0.01"], ["run-2", "0.02"]])
        XCTAssertEqual(table.alignments, [.none, .right], "numeric columns align right")
        XCTAssertEqual(table.line, 7)
    }

    func testLongTableSpansPagesWithRepeatedHeader() throws {
        let data = WidgetChartFixtures.plots([(task: "t1", name: "run", metric: "leaderboard", variant: "val", iter: 3, figure: tableFigure(rows: 120))])
        let url = "https://app.clear.ml/widgets/?type=plot&objects=t1&metrics=leaderboard&variants=val"
        let embed = WidgetEmbed(url: url, name: nil, width: nil, height: nil, line: 1)
        var prefetch = WidgetPrefetch()
        prefetch.answers[WidgetPrefetch.key(for: embed)] = .success(.init(query: WidgetChartFixtures.query(url), data: data, resources: [:]))
        let doc = Document(blocks: [.widget(embed)], title: "t")
        let layout = LayoutEngine(fonts: LayoutFixture.fonts, options: LayoutOptions(theme: LayoutFixture.theme, footerTitle: "t"))
            .layout(doc, images: ImageStore(), widgets: DataWidgetPresenter(prefetch: prefetch, theme: LayoutFixture.theme))
        XCTAssertGreaterThan(layout.pages.count, 1)
        for page in layout.pages { XCTAssertEqual(LayoutFixture.lines(page).filter { $0.text == "run" }.count, 1, "header once per page") }
        let runs = layout.pages.flatMap { LayoutFixture.lines($0).map(\.text) }.filter { $0.hasPrefix("run-") }
        XCTAssertEqual(runs.count, 120, "every row, none cut")
    }
}
