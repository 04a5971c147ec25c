import FolioCharts
import FolioCore
import FolioWidgets
import Foundation

/// The plot widget: the Plotly figure the web app would show (merge rules in `PlotFigures`),
/// drawn natively; invalid `plot_str` is the web app's "Unknown data".
struct PlotWidgetChart {
    let query: WidgetQuery
    let data: WidgetData
    let resources: [String: Data]

    /// The picked figure as document blocks when it is a table, else nil.
    func tableBlocks(line: Int) -> [Block]? {
        guard let entry = PlotFigures(data: data, query: query).pick(query), !entry.figure.isUnknown else { return nil }
        return entry.figure.tableBlocks(line: line)
    }

    func build(width: Double, height: Double, style: ChartStyle, measurer: TextMeasurer) -> Result<ChartResult, WidgetChartError> {
        let figures = PlotFigures(data: data, query: query)
        guard let entry = figures.pick(query) else {
            let what = "metrics=\(query.metrics.joined(separator: ","))" + (query.variants.isEmpty ? "" : " variants=\(query.variants.joined(separator: ","))")
            return .failure(WidgetChartError(query.isDynamic && data.tasks.isEmpty ? "no task matches the query (\(what))" : "no plot for \(what)"))
        }
        if entry.figure.isUnknown {
            return .failure(WidgetChartError("Unknown data (plot_str of \(figures.invalid.joined(separator: ", ")) is not valid JSON)"))
        }
        var result = entry.figure.build(width: width, height: height, style: style, measurer: measurer, resources: resources)
        if !figures.invalid.isEmpty { result.warnings.append("plot_str of \(figures.invalid.joined(separator: ", ")) is not valid JSON (Unknown data)") }
        return .success(result)
    }
}
