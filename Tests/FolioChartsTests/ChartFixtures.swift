import FolioCore

@testable import FolioCharts

/// Shared inputs for the chart tests: the deterministic measurer and small series.
enum ChartFixtures {
    static let measurer = ApproximateTextMeasurer()

    static func lineChart(_ chart: LineChart, width: Double = 400, height: Double = 260, style: ChartStyle = .light)
        -> ChartResult
    {
        chart.build(width: width, height: height, style: style, measurer: measurer)
    }

    static let loss = LineChart.Series(
        name: "train - resnet-run-3", x: [0, 10, 20, 30, 40], y: [2.31, 1.12, 0.87, 0.7, 0.66])
    static let val = LineChart.Series(
        name: "val - resnet-run-3", x: [0, 10, 20, 30, 40], y: [2.35, 1.4, 1.1, 1.02, 1.0])
}
