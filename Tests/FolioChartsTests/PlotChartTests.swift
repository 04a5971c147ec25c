import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioCharts

/// Plotly-style charts: one scene dump per trace kind and per bar mode, plus the rules that
/// decide geometry (stacking, reversed axes, log ticks, heatmap images).
final class PlotChartTests: XCTestCase {
    private let m = ChartFixtures.measurer

    private func build(_ chart: PlotChart, style: ChartStyle = .light) -> ChartResult {
        chart.build(width: 400, height: 260, style: style, measurer: m)
    }

    private func dataItems(_ scene: Scene) -> [SceneItem] {
        for item in scene.items { if case .group(_, let items) = item { return items } }
        return []
    }

    func testScatterModesDashAndFill() {
        let chart = PlotChart(
            title: "calibration<sup>", subtitle: "test set", x: .init(title: "confidence"), y: .init(title: "accuracy"),
            traces: [
                .scatter(ScatterTrace(name: "ideal", x: [0, 1], y: [0, 1], dash: [6, 3])),
                .scatter(ScatterTrace(name: "model", x: [0.1, 0.5, 0.9], y: [0.05, 0.52, 0.8], markers: true, fill: .toZeroY)),
                .scatter(ScatterTrace(name: "labels", x: [0.2, 0.6], y: [0.9, 0.9], lines: false, text: ["a", "b"])),
            ])
        let result = build(chart)
        XCTAssertEqual(result.warnings, [])
        let items = dataItems(result.scene)
        guard case .path(_, let fill?, nil) = items.first else { return XCTFail("fill first, under the lines") }
        XCTAssertEqual(fill.alpha, 0.3, accuracy: 1e-9)
        XCTAssertTrue(items.contains { if case .path(_, nil, let s?) = $0 { s.dash == [6, 3] } else { false } })
        XCTAssertTrue(items.contains { if case .text(let t) = $0 { t.text == "b" } else { false } })
        assertSnapshot(result.scene.dump(), named: "plot-scatter")
    }

    private func bars(_ mode: PlotChart.BarMode) -> PlotChart {
        PlotChart(
            title: "bars", x: .init(kind: .category, categories: ["a", "b", "c"]),
            traces: [
                .bar(BarTrace(name: "one", positions: [0, 1, 2], values: [1, 2, -1])),
                .bar(BarTrace(name: "two", positions: [0, 1, 2], values: [2, -1, 2])),
            ], barMode: mode)
    }

    /// The bar rectangles' vertical extents of trace `index`, top to bottom in data order.
    private func barHeights(_ result: ChartResult, trace index: Int) -> [Double] {
        let paths = dataItems(result.scene).compactMap { item -> ScenePath? in
            if case .path(let p, _?, nil) = item { return p }
            return nil
        }
        return stride(from: 0, to: paths[index].elements.count, by: 5).map { i -> Double in
            guard case .move(let a) = paths[index].elements[i], case .line(_) = paths[index].elements[i + 1],
                case .line(let c) = paths[index].elements[i + 2]
            else { return .nan }
            return (c.y - a.y).rounded()
        }
    }

    func testBarModes() {
        for mode in [PlotChart.BarMode.group, .stack, .relative, .overlay] {
            let result = build(bars(mode))
            XCTAssertEqual(result.warnings, [], "\(mode)")
            assertSnapshot(result.scene.dump(), named: "plot-bar-\(mode.rawValue)")
        }
        // Stack piles every value on the previous top; relative piles negatives down from zero.
        var w: [String] = []
        let stack = bars(.stack).barRects(warnings: &w).filter { $0.trace == 1 }
        XCTAssertEqual(stack.map(\.base), [1, 2, -1])
        XCTAssertEqual(stack.map(\.top), [3, 1, 1])
        let relative = bars(.relative).barRects(warnings: &w).filter { $0.trace == 1 }
        XCTAssertEqual(relative.map(\.base), [1, 0, 0])
        XCTAssertEqual(relative.map(\.top), [3, -1, 2])
        let group = bars(.group).barRects(warnings: &w)
        XCTAssertEqual(group.filter { $0.trace == 0 }.map { ($0.position * 1000).rounded() / 1000 }, [-0.2, 0.8, 1.8])
        XCTAssertEqual(group[0].width, 0.4, accuracy: 1e-9)
        XCTAssertTrue(build(bars(.relative)).scene != build(bars(.stack)).scene)
    }

    func testHorizontalBarsOnNumericPositions() {
        let chart = PlotChart(
            title: "h", y: .init(kind: .category, categories: ["x", "y"]),
            traces: [.bar(BarTrace(name: "t", positions: [0, 1], values: [3, 5], horizontal: true))])
        let result = build(chart)
        let h = barHeights(result, trace: 0)
        XCTAssertEqual(h.count, 2)
        XCTAssertTrue(h.allSatisfy { $0 > 0 && $0 < 100 }, "\(h)")
        assertSnapshot(result.scene.dump(), named: "plot-bar-horizontal")
    }

    func testHeatmapWithTextReversedAxisAndColorbar() {
        let chart = PlotChart(
            title: "confusion_matrix", x: .init(title: "predicted", kind: .category, categories: ["cat", "dog"]),
            y: .init(title: "true", kind: .category, categories: ["cat", "dog"], reversed: true),
            traces: [.heatmap(HeatmapTrace(name: "", z: [[90, 10], [5, 95]], scale: .named("Blues")!, text: [["90", "10"], ["5", "95"]]))])
        let result = build(chart, style: .dark)
        let texts = result.scene.items.flatMap { item -> [SceneText] in
            if case .group(_, let items) = item { return items.compactMap { if case .text(let t) = $0 { t } else { nil } } }
            return []
        }
        XCTAssertEqual(texts.map(\.text), ["90", "10", "5", "95"])
        // Reversed y: row 0 ("cat") is drawn above row 1.
        XCTAssertLessThan(texts[0].position.y, texts[2].position.y)
        assertSnapshot(result.scene.dump(), named: "plot-heatmap")
    }

    func testHugeHeatmapIsOneImageAndFast() throws {
        let n = 1000
        let z = (0..<n).map { r in (0..<n).map { c in Double((r * 7 + c * 13) % 101) } }
        let chart = PlotChart(
            title: "big", x: .init(kind: .category, categories: (0..<n).map(String.init)),
            y: .init(kind: .category, categories: (0..<n).map(String.init)),
            traces: [.heatmap(HeatmapTrace(name: "", z: z, scale: ColorScale(stops: [])))])
        let result = chart.build(width: 500, height: 500, style: .light, measurer: m)
        let images = dataItems(result.scene).compactMap { if case .image(let i) = $0 { i } else { nil } }
        XCTAssertEqual(images.count, 1)
        let header = try XCTUnwrap(ImageHeader(data: images[0].data))
        XCTAssertEqual([header.pixelWidth, header.pixelHeight], [n, n])
    }

    func testLogAxisTicksArePowersOfTen() {
        let chart = PlotChart(
            title: "lr", y: .init(kind: .log),
            traces: [.scatter(ScatterTrace(name: "lr", x: [0, 1, 2, 3], y: [1, 0.1, 0.01, 0.001]))])
        let texts = build(chart).scene.items.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
        XCTAssertTrue(Set(["1", "0.1", "0.01", "0.001"]).isSubset(of: Set(texts)), "\(texts)")
    }

    func testNothingFiniteIsPlaceholder() {
        let result = build(PlotChart(title: "empty", traces: [.scatter(ScatterTrace(name: "a", x: [.nan], y: [1]))]))
        XCTAssertEqual(result.warnings, ["no finite values to draw"])
    }

    func testPieSlicesAndPercentages() {
        let result = PieChart(title: "split", labels: ["train", "val", "test"], values: [80, 10, 10])
            .build(width: 300, height: 260, style: .light, measurer: m)
        let texts = result.scene.items.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
        XCTAssertTrue(texts.contains("80.0%"), "\(texts)")
        XCTAssertTrue(texts.contains("train"))
        assertSnapshot(result.scene.dump(maxPathElements: 4), named: "pie")
    }

    func testDataTableColumnsAndOverflow() {
        let table = DataTable(header: ["class", "top1"], columns: [["cat", "dog", "ship"], ["0.81", "0.82", "0.93"]], title: "per_class", maxRows: 2)
        let result = table.build(width: 300, style: .light, measurer: m)
        XCTAssertEqual(result.warnings, ["table: 1 rows beyond 2 not drawn"])
        assertSnapshot(result.scene.dump(), named: "data-table")
    }

    func testColorScaleInterpolation() {
        let scale = ColorScale(stops: [.init(0, Color(hex: "#000000")!), .init(0.5, Color(hex: "#ff0000")!), .init(1, Color(hex: "#ffffff")!)])
        XCTAssertEqual(scale.color(0).hex, "#000000")
        XCTAssertEqual(scale.color(0.25).hex, "#800000")
        XCTAssertEqual(scale.color(0.75).hex, "#ff8080")
        XCTAssertEqual(scale.color(2).hex, "#ffffff")
        XCTAssertEqual(scale.color(.nan).hex, "#000000")
        XCTAssertEqual(scale.reversed.color(0).hex, "#ffffff")
        XCTAssertEqual(ColorScale.sequential(.light).color(1).hex, "#fde725")
        XCTAssertEqual(ColorScale.named("Viridis")?.color(0).hex, "#440154")
        XCTAssertNil(ColorScale.named("no-such-scale"))
        XCTAssertEqual(PlotColor.parse("steelblue")?.hex, "#4682b4")
        XCTAssertEqual(PlotColor.parse("rgba(255, 0, 0, 0.5)")?.hex, "#ff000080")
    }

    func testPNGEncoderRoundTripsThroughTheHeader() throws {
        let png = PNGEncoder.rgba(width: 3, height: 2, pixels: [UInt8](repeating: 200, count: 24))
        let header = try XCTUnwrap(ImageHeader(data: png))
        XCTAssertEqual([header.pixelWidth, header.pixelHeight], [3, 2])
        XCTAssertEqual(header.mimeType, "image/png")
    }
}
