import FolioCharts
import FolioCore
import FolioWidgets
import Foundation

@testable import FolioWidgetCharts

/// Small widget answers built in code, and a presenter around them.
enum WidgetChartFixtures {
    static let measurer = ApproximateTextMeasurer()

    /// A plot answer: (task id, task name, metric, variant, iteration, figure JSON) entries.
    static func plots(_ entries: [(task: String, name: String, metric: String, variant: String, iter: Int, figure: String)], tasks: [String]? = nil) -> WidgetData {
        var plots: [String: [String: [String: [String: PlotIteration]]]] = [:]
        var names: [String: String] = [:]
        for e in entries {
            names[e.task] = e.name
            let event = MetricEvent(task: e.task, iter: e.iter, metric: e.metric, variant: e.variant, type: "plot", timestamp: 0, plotStr: e.figure)
            plots[e.metric, default: [:]][e.variant, default: [:]][e.task, default: [:]][String(e.iter), default: PlotIteration(name: e.name, plots: [])].plots.append(event)
        }
        let ids = tasks ?? entries.map(\.task).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return WidgetData(tasks: ids.map { TaskRecord(id: $0, name: names[$0] ?? $0) }, plots: plots)
    }

    static func query(_ url: String) -> WidgetQuery {
        try! WidgetQuery(url: url)
    }

    static func figures(_ data: WidgetData, _ url: String = "https://app.clear.ml/widgets/?type=plot") -> PlotFigures {
        PlotFigures(data: data, query: query(url))
    }

    static func draw(_ data: WidgetData, _ url: String, style: ChartStyle = .light, resources: [String: Data] = [:]) -> Result<ChartResult, WidgetChartError> {
        PlotWidgetChart(query: query(url), data: data, resources: resources).build(width: 480, height: 300, style: style, measurer: measurer)
    }

    static func bar(_ name: String, _ ys: [Double]) -> String {
        #"{"data": [{"type": "bar", "name": "\#(name)", "x": ["a", "b"], "y": [\#(ys.map { String($0) }.joined(separator: ","))]}], "layout": {"title": "weights", "barmode": "group"}}"#
    }

    static let heatmap = #"{"data": [{"type": "heatmap", "x": ["cat", "dog"], "y": ["cat", "dog"], "z": [[5, 1], [0, 9]], "texttemplate": "%{z}"}], "layout": {"title": "confusion", "yaxis": {"autorange": "reversed"}}}"#
}
