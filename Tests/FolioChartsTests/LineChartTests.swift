import FolioCore
import FolioTestSupport
import Foundation
import XCTest

@testable import FolioCharts

final class LineChartTests: XCTestCase {
    private typealias S = LineChart.Series

    func testTwoSeries() {
        let result = ChartFixtures.lineChart(LineChart(title: "loss", series: [ChartFixtures.loss, ChartFixtures.val]))
        XCTAssertEqual(result.warnings, [])
        assertSnapshot(result.scene.dump(), named: "line-two-series")
    }

    func testDarkStyleWithAxisTitles() {
        let chart = LineChart(title: "accuracy", xLabel: "epoch", yLabel: "top-1", series: [ChartFixtures.loss])
        let result = ChartFixtures.lineChart(chart, style: .dark)
        assertSnapshot(result.scene.dump(), named: "line-dark-axis-titles")
    }

    func testManySeriesLegendWrapsInsideTheChart() {
        let series = (0..<14).map { i in
            S(name: "variant-\(i) - resnet-run-\(i)", x: [0, 1, 2], y: [Double(i), Double(i) + 1, Double(i) * 0.5])
        }
        let result = ChartFixtures.lineChart(LineChart(title: "many", series: series), width: 360, height: 300)
        let legendTexts = texts(result.scene).filter { $0.text.hasPrefix("variant-") }
        let rows = Set(legendTexts.map { Fixed.two($0.position.y) })
        XCTAssertGreaterThan(rows.count, 1, "legend should wrap")
        for t in texts(result.scene) {
            let w = ChartFixtures.measurer.width(of: t.text, font: t.font)
            XCTAssertLessThanOrEqual(t.position.y, 300, t.text)
            if t.anchor == .start { XCTAssertLessThanOrEqual(t.position.x + w, 360.01, t.text) }
        }
        // Palette order, cycling after the last colour.
        let strokes = dataPaths(result.scene).compactMap { $0.stroke?.color }
        XCTAssertEqual(Array(strokes.prefix(3)), Array(ChartStyle.light.palette.prefix(3)))
        XCTAssertEqual(strokes[12], ChartStyle.light.palette[0])
        assertSnapshot(result.scene.dump(), named: "line-many-series")
    }

    func testLegendOverflowFoldsIntoMoreEntryWithWarning() {
        let series = (0..<60).map { S(name: "a rather long series name \($0)", x: [0, 1], y: [0, Double($0)]) }
        let result = ChartFixtures.lineChart(LineChart(title: "crowded", series: series), width: 300, height: 200)
        XCTAssertTrue(texts(result.scene).contains { $0.text.hasSuffix(" more") && $0.text.hasPrefix("+") })
        XCTAssertTrue(result.warnings.contains { $0.hasPrefix("legend:") }, "\(result.warnings)")
    }

    func testNaNLeavesGap() {
        let s = S(name: "gappy", x: [0, 1, 2, 3, 4, 5, 6], y: [1, 2, .nan, 3, 4, .nan, 2])
        let result = ChartFixtures.lineChart(LineChart(title: "gaps", series: [s]))
        let paths = dataPaths(result.scene)
        let moves = paths[0].path.elements.filter { if case .move = $0 { return true } else { return false } }
        XCTAssertEqual(moves.count, 2, "two drawn segments")
        XCTAssertEqual(paths.count, 2, "line plus a marker for the lone last point")
        XCTAssertEqual(result.warnings, [])
        assertSnapshot(result.scene.dump(), named: "line-nan-gaps")
    }

    func testInfinitiesDroppedWithWarning() {
        let s = S(name: "exploding", x: [0, 1, 2, 3], y: [1, .infinity, 2, -.infinity])
        let result = ChartFixtures.lineChart(LineChart(title: "inf", series: [s]))
        XCTAssertEqual(result.warnings, ["series 'exploding': 2 infinite value(s) dropped"])
        XCTAssertFalse(texts(result.scene).contains { $0.text.contains("inf") && $0.text != "inf" })
        assertSnapshot(result.scene.dump(), named: "line-infinities")
    }

    func testEmptyChartIsPlaceholder() {
        let result = ChartFixtures.lineChart(LineChart(title: "loss", series: [S(name: "empty", x: [], y: [])]))
        XCTAssertEqual(result.warnings, ["series 'empty': no finite points", "no finite data points"])
        XCTAssertTrue(texts(result.scene).contains { $0.text == "scalar chart 'loss'" })
        assertSnapshot(result.scene.dump(), named: "line-empty-placeholder")
    }

    func testOneEmptySeriesAmongOthersWarns() {
        let result = ChartFixtures.lineChart(
            LineChart(title: "loss", series: [ChartFixtures.loss, S(name: "none", x: [1], y: [.nan])]))
        XCTAssertEqual(result.warnings, ["series 'none': no finite points"])
        XCTAssertEqual(dataPaths(result.scene).count, 1)
    }

    func testMismatchedLengthsWarn() {
        let result = ChartFixtures.lineChart(LineChart(title: "t", series: [S(name: "odd", x: [0, 1, 2], y: [1, 2])]))
        XCTAssertEqual(result.warnings, ["series 'odd': 3 x values but 2 y values; extra values ignored"])
    }

    func testSinglePointDrawsMarker() {
        let result = ChartFixtures.lineChart(LineChart(title: "one", series: [S(name: "only", x: [7], y: [0.5])]))
        let paths = dataPaths(result.scene)
        XCTAssertEqual(paths.count, 1)
        XCTAssertNil(paths[0].stroke)
        XCTAssertNotNil(paths[0].fill)
        assertSnapshot(result.scene.dump(), named: "line-single-point")
    }

    func testRelativeTimeAxis() {
        let start = 1_714_557_600_000.0
        let x = (0..<10).map { start + Double($0) * 20 * 60_000 }  // 3 hours
        let chart = LineChart(
            title: "gpu", xKind: .relativeTime, series: [S(name: "util", x: x, y: x.indices.map { Double($0 % 4) })])
        let result = ChartFixtures.lineChart(chart)
        XCTAssertTrue(texts(result.scene).contains { $0.text == "Hours From Start" })
        assertSnapshot(result.scene.dump(), named: "line-relative-time")
    }

    func testWallTimeAxis() {
        let start = 1_714_557_600_000.0
        let x = (0..<10).map { start + Double($0) * 30 * 60_000 }
        let chart = LineChart(
            title: "gpu", xKind: .wallTime, series: [S(name: "util", x: x, y: x.indices.map { Double($0) })])
        let result = ChartFixtures.lineChart(chart)
        XCTAssertTrue(texts(result.scene).contains { $0.text == "Wall Time" })
        XCTAssertTrue(texts(result.scene).contains { $0.text == "12:00" })
        let tokyo = chart.build(
            width: 400, height: 260, style: .light, measurer: ChartFixtures.measurer,
            timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        XCTAssertTrue(texts(tokyo.scene).contains { $0.text == "21:00" })
        assertSnapshot(result.scene.dump(), named: "line-wall-time")
    }

    func testMillionPointsAreDecimatedToThePlotWidth() {
        let n = 1_000_000
        let x = (0..<n).map(Double.init)
        let y = x.map { sin($0 / 1000) + ($0.truncatingRemainder(dividingBy: 7) - 3) * 0.01 }
        let result = ChartFixtures.lineChart(
            LineChart(title: "big", series: [S(name: "big", x: x, y: y)]), width: 500, height: 300)
        let line = dataPaths(result.scene)[0].path
        XCTAssertLessThanOrEqual(line.elements.count, 4 * 2 * 500)
        XCTAssertGreaterThan(line.elements.count, 500)
        assertSnapshot(result.scene.dump(), named: "line-million-points")
    }

    // MARK: helpers

    private func texts(_ scene: Scene) -> [SceneText] {
        func walk(_ items: [SceneItem]) -> [SceneText] {
            items.flatMap { item -> [SceneText] in
                switch item {
                case .text(let t): return [t]
                case .group(_, let children): return walk(children)
                default: return []
                }
            }
        }
        return walk(scene.items)
    }

    /// Paths inside the clipped data group.
    private func dataPaths(_ scene: Scene) -> [(path: ScenePath, fill: Color?, stroke: SceneStroke?)] {
        for case .group(let clip, let items) in scene.items where clip != nil {
            return items.compactMap { if case let .path(p, f, s) = $0 { return (p, f, s) } else { return nil } }
        }
        return []
    }
}

final class ChartRobustnessTests: XCTestCase {
    /// Odd sizes and extreme values must neither crash nor put text outside the scene.
    func testExtremeInputsStayInsideTheScene() {
        let cases: [(Double, Double, LineChart.Series)] = [
            (80, 50, LineChart.Series(name: "tiny", x: [0, 1], y: [0, 1])),
            (400, 260, LineChart.Series(name: "offset", x: [1e6, 1e6 + 3], y: [100_000, 100_000.004])),
            (400, 260, LineChart.Series(name: "huge", x: [-1e300, 1e300], y: [-1e300, 1e300])),
            (400, 260, LineChart.Series(name: "negative", x: [0, 1, 2], y: [-5e-7, -2e-7, -9e-7])),
            (300, 200, LineChart.Series(name: String(repeating: "very long name ", count: 20), x: [0, 1], y: [1, 1])),
        ]
        for (w, h, s) in cases {
            let result = LineChart(title: "t", yLabel: "y", series: [s]).build(
                width: w, height: h, style: .light, measurer: ChartFixtures.measurer)
            XCTAssertEqual(result.scene.width, w)
            for case .text(let t) in result.scene.items where t.rotation == 0 {
                let width = ChartFixtures.measurer.width(of: t.text, font: t.font)
                let left = t.position.x - (t.anchor == .start ? 0 : t.anchor == .middle ? width / 2 : width)
                XCTAssertGreaterThanOrEqual(left, -0.01, "\(s.name): \(t.text)")
                XCTAssertLessThanOrEqual(left + width, w + 0.01, "\(s.name): \(t.text)")
                XCTAssertFalse(t.text.contains("nan") || t.text.contains("inf"), "\(s.name): \(t.text)")
            }
        }
    }
}

extension ChartRobustnessTests {
    func testOverflowingSpanIsPlaceholder() {
        let s = LineChart.Series(
            name: "max", x: [0, 1], y: [-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude])
        let result = LineChart(title: "t", series: [s]).build(
            width: 300, height: 200, style: .light, measurer: ChartFixtures.measurer)
        XCTAssertEqual(result.warnings, ["values too large to plot"])
    }
}
