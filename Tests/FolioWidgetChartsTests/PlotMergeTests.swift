import FolioCharts
import FolioCore
import FolioTestSupport
import FolioWidgets
import XCTest

@testable import FolioWidgetCharts

/// The web app's rules for which figure a plot widget shows (reference §4.4.1).
final class PlotMergeTests: XCTestCase {
    typealias F = WidgetChartFixtures

    func testSingleTaskMergesMergeableVariantsAndNamesNamelessTraces() {
        let data = F.plots([
            ("t1", "run", "calibration", "model", 5, #"{"data": [{"type": "scatter", "y": [1, 2]}], "layout": {"title": "calibration"}}"#),
            ("t1", "run", "calibration", "ideal", 5, #"{"data": [{"type": "scatter", "name": "diag", "y": [0, 1]}], "layout": {"title": "calibration"}}"#),
        ])
        let figures = F.figures(data)
        XCTAssertEqual(figures.entries.count, 1)
        XCTAssertEqual(figures.entries[0].figure.traces.map { $0["name"] as? String }, ["diag", "model"])
    }

    func testSingleTaskKeepsHeatmapsAndAppendsTheVariant() {
        let data = F.plots([("t1", "run", "confusion", "val", 3, F.heatmap), ("t1", "run", "confusion", "test", 3, F.heatmap)])
        let figures = F.figures(data)
        XCTAssertEqual(figures.entries.map(\.figure.title), ["confusion / test", "confusion / val"])
        XCTAssertEqual(figures.entries.map(\.key), ["confusion - test", "confusion - val"])
    }

    func testSingleTaskNewestIterationWins() {
        let data = F.plots([("t1", "run", "w", "fc", 1, F.bar("fc", [1, 1])), ("t1", "run", "w", "fc", 10, F.bar("fc", [9, 9]))])
        let figure = F.figures(data).entries[0].figure
        XCTAssertEqual((figure.traces[0]["y"] as? [Double]) ?? [], [9, 9])
    }

    func testMultiTaskBarsMergeWithTaskNamesAndIterationSuffixes() {
        let data = F.plots([
            ("offline-aaaaaa01", "resnet", "weights", "fc", 100, F.bar("fc", [1, 2])),
            ("offline-bbbbbb02", "resnet", "weights", "fc", 200, F.bar("fc", [3, 4])),
            ("offline-cccccc03", "vgg", "weights", "fc", 200, F.bar("fc", [5, 6])),
        ])
        let figures = F.figures(data)
        XCTAssertEqual(figures.entries.count, 1)
        let e = figures.entries[0]
        XCTAssertEqual(e.key, "weights - fc")
        XCTAssertEqual(e.seriesName, "fc")
        XCTAssertEqual(e.figure.title, "fc")
        XCTAssertEqual(e.figure.layout["barmode"] as? String, "group")
        XCTAssertEqual(
            e.figure.traces.map { $0["name"] as? String },
            ["resnet.aaaaaa (iteration 100)", "resnet.bbbbbb (iteration 200)", "vgg (iteration 200)"])
    }

    func testMultiTaskPlaceholderTraceForATaskWithoutThePlot() {
        let data = F.plots(
            [("t1", "a", "weights", "fc", 1, F.bar("fc", [1, 2])), ("t2", "b", "weights", "fc", 1, F.bar("fc", [3, 4]))],
            tasks: ["t1", "t2", "t3"])
        var withMissing = data
        withMissing.tasks[2].name = "c"
        let e = F.figures(withMissing).entries[0]
        XCTAssertEqual(e.figure.traces.map { $0["name"] as? String }, ["a", "b", "c"])
        XCTAssertEqual(e.figure.traces[2]["type"] as? String, "bar")
        XCTAssertEqual((e.figure.traces[2]["x"] as? [Any])?.count, 0)
        // Drawn: the legend still names all three tasks.
        guard case .success(let chart) = F.draw(withMissing, "https://app.clear.ml/widgets/?type=plot&metrics=weights") else { return XCTFail() }
        let texts = chart.scene.items.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
        XCTAssertTrue(["a", "b", "c"].allSatisfy(texts.contains), "\(texts)")
    }

    func testMultiTaskHeatmapsStayPerTaskAndObjectsPicks() {
        let data = F.plots([("t1", "first", "confusion", "val", 7, F.heatmap), ("t2", "second", "confusion", "val", 9, F.heatmap)])
        let figures = F.figures(data)
        XCTAssertEqual(figures.entries.map(\.figure.title), ["first (iteration 7)", "second (iteration 9)"])
        XCTAssertEqual(figures.entries.map(\.key), ["confusion - val - first", "confusion - val - second"])
        XCTAssertEqual(figures.pick(F.query("https://app.clear.ml/widgets/?type=plot&objects=t2&objects=t1"))?.task, "t2")
        XCTAssertEqual(figures.pick(F.query("https://app.clear.ml/widgets/?type=plot"))?.task, "t1")
    }

    func testSeriesPicksTheMergedFigureByTraceName() {
        let two = #"{"data": [{"type": "scatter", "name": "train", "y": [1]}, {"type": "scatter", "name": "val", "y": [2]}], "layout": {}}"#
        let data = F.plots([("t1", "a", "loss", "curves", 1, two), ("t2", "b", "loss", "curves", 1, two)])
        let figures = F.figures(data)
        XCTAssertEqual(figures.entries.map(\.key), ["loss - curves - train", "loss - curves - val"])
        XCTAssertEqual(figures.pick(F.query("https://app.clear.ml/widgets/?type=plot&series=val"))?.seriesName, "val")
    }

    func testInvalidPlotStrIsUnknownDataWithWarning() {
        let data = F.plots([("t1", "run", "broken", "v", 1, "{not json")])
        guard case .failure(let e) = F.draw(data, "https://app.clear.ml/widgets/?type=plot&metrics=broken") else { return XCTFail() }
        XCTAssertTrue(e.reason.hasPrefix("Unknown data"), e.reason)
    }

    func testNoPlotsIsAFailureNamingTheQuery() {
        guard case .failure(let e) = F.draw(WidgetData(), "https://app.clear.ml/widgets/?type=plot&metrics=x") else { return XCTFail() }
        XCTAssertEqual(e.reason, "no task matches the query (metrics=x)")
    }

    func testPrefetchFindsImageSources() {
        let data = F.plots([("t1", "run", "fig", "v", 1, #"{"data": [], "layout": {"images": [{"source": "workspace:///data/a.png"}, {"source": "workspace:///data/b.png"}]}}"#)])
        XCTAssertEqual(WidgetPrefetch.plotImageSources(data), ["workspace:///data/a.png", "workspace:///data/b.png"])
    }
}
