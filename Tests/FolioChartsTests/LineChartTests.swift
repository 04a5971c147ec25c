import FolioCore
import FolioTestSupport
import XCTest
@testable import FolioCharts

final class LineChartTests: XCTestCase {
    func testTwoSeries() {
        let result = ChartFixtures.lineChart(LineChart(title: "loss", series: [ChartFixtures.loss, ChartFixtures.val]))
        XCTAssertEqual(result.warnings, [])
        assertSnapshot(result.scene.dump(), named: "line-two-series")
    }
}
