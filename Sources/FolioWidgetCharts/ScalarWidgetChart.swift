import FolioCharts
import FolioCore
import FolioWidgets
import Foundation

/// The scalar widget: the first requested metric as one line chart, one series per
/// (variant × task) named "<variant> - <task name>", x as iterations, time from start or wall time.
struct ScalarWidgetChart {
    let query: WidgetQuery
    let data: WidgetData

    func build(width: Double, height: Double, style: ChartStyle, measurer: TextMeasurer) -> Result<ChartResult, WidgetChartError> {
        guard let histogram = data.scalarMetricsIterHistogram, !histogram.isEmpty else {
            return .failure(WidgetChartError(noData()))
        }
        let metric = query.metrics.first(where: { histogram[$0] != nil }) ?? histogram.keys.sorted().first!
        let variants = histogram[metric]!
        let order = query.variants.filter { variants[$0] != nil } + variants.keys.sorted().filter { !query.variants.contains($0) }
        let taskOrder = data.tasks.map(\.id)
        var allSeries: [(variant: String, task: String, series: ScalarSeries)] = []
        for v in order {
            let byTask = variants[v]!
            let ids = taskOrder.filter { byTask[$0] != nil } + byTask.keys.sorted().filter { !taskOrder.contains($0) }
            for id in ids { allSeries.append((v, id, byTask[id]!)) }
        }
        guard !allSeries.isEmpty else { return .failure(WidgetChartError(noData())) }
        let names = TaskNames(allSeries.map { ($0.task, $0.series.name) })
        let kind: LineChart.XKind
        switch query.xaxis ?? .iter {
        case .iter: kind = .iteration
        case .timestamp: kind = .relativeTime
        case .isoTime: kind = .wallTime
        }
        let labels = Set(allSeries.compactMap(\.series.xAxisLabel))
        let xLabel = kind == .iteration && labels.count == 1 && allSeries.allSatisfy({ $0.series.xAxisLabel != nil }) ? labels.first : nil
        let series = allSeries.map { s in
            LineChart.Series(name: "\(s.variant) - \(names.name(s.task))", x: s.series.x.map(Self.number), y: s.series.y)
        }
        let chart = LineChart(title: metric, xLabel: xLabel, xKind: kind, series: series)
        return .success(chart.build(width: width, height: height, style: style, measurer: measurer))
    }

    private func noData() -> String {
        let what = "metrics=\(query.metrics.joined(separator: ","))" + (query.variants.isEmpty ? "" : " variants=\(query.variants.joined(separator: ","))")
        return query.isDynamic ? "no task matches the query (\(what))" : "no scalar data for \(what)"
    }

    /// Iterations and epoch ms are numbers; `iso_time` answers are ISO strings.
    static func number(_ x: ScalarX) -> Double {
        switch x {
        case .number(let d): return d
        case .text(let s): return ISOTime.milliseconds(s) ?? .nan
        }
    }
}

/// ISO-8601 timestamps (with or without fractional seconds) to epoch milliseconds.
enum ISOTime {
    static func milliseconds(_ s: String) -> Double? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d.timeIntervalSince1970 * 1000 }
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: s) { return d.timeIntervalSince1970 * 1000 }
        return nil
    }
}
