import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioCharts

final class BarChartTests: XCTestCase {
    private let m = ChartFixtures.measurer

    func testGroupedBars() {
        let chart = BarChart(
            title: "Summary", categories: ["test_accuracy", "params_M", "latency_ms"],
            series: [
                BarChart.Series(name: "resnet-run-3", values: [0.913, 25.6, 12]),
                BarChart.Series(name: "resnet-run-4", values: [0.9, 11.2, .nan]),
            ])
        let result = chart.build(width: 400, height: 260, style: .light, measurer: m)
        XCTAssertEqual(result.warnings, [])
        guard
            case .group(_, let data)? = result.scene.items.first(where: { if case .group = $0 { true } else { false } })
        else {
            return XCTFail("no data group")
        }
        // Two bar paths; the NaN leaves the second series with two rectangles (5 elements each).
        guard case .path(let second, let fill, _) = data[1] else { return XCTFail() }
        XCTAssertEqual(second.elements.count, 10)
        XCTAssertEqual(fill, ChartStyle.light.palette[1])
        assertSnapshot(result.scene.dump(), named: "bar-grouped")
    }

    func testNegativeValuesDrawZeroLineAndInfinityWarns() {
        let chart = BarChart(
            title: "delta", categories: ["a", "b"], series: [BarChart.Series(name: "run", values: [-2, .infinity])])
        let result = chart.build(width: 300, height: 200, style: .dark, measurer: m)
        XCTAssertEqual(result.warnings, ["series 'run': 1 infinite value(s) dropped"])
        assertSnapshot(result.scene.dump(), named: "bar-negative")
    }

    func testNoValuesIsPlaceholder() {
        let result = BarChart(title: "Summary", categories: [], series: []).build(
            width: 300, height: 200, style: .light, measurer: m)
        XCTAssertEqual(result.warnings, ["no values to draw"])
        XCTAssertTrue(result.scene.dump().contains("\"bar chart 'Summary'\""))
    }
}
