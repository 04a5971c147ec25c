import FolioCharts
import FolioCore
import FolioWidgets

/// The hyper-parameter parallel coordinates widget: a categorical axis per requested
/// hyper-parameter (natural-sorted values, `N/A` for missing), a numeric axis per metric
/// (`last_metrics` by md5 keys), one line per task coloured by the first metric.
struct ParcoordsWidgetChart {
    let query: WidgetQuery
    let data: WidgetData

    func build(width: Double, height: Double, style: ChartStyle, measurer: TextMeasurer) -> Result<ChartResult, WidgetChartError> {
        guard !data.tasks.isEmpty else {
            return .failure(WidgetChartError(query.isDynamic ? "no task matches the query" : "none of the selected tasks was found"))
        }
        let chart = Self.chart(query: query, tasks: data.tasks)
        guard !chart.axes.isEmpty else { return .failure(WidgetChartError("no hyper-parameters (variants=) or metrics (metrics=) requested")) }
        return .success(chart.build(width: width, height: height, style: style, measurer: measurer))
    }

    /// The chart spec: hyper-parameter axes first, then metric axes; colour by the first metric.
    static func chart(query: WidgetQuery, tasks: [TaskRecord]) -> ParallelCoordinates {
        var axes: [ParallelCoordinates.Axis] = []
        var columns: [[Double]] = []
        for path in query.hyperParameters {
            let raw = tasks.map { $0.hyperparams?[path.section]?[path.name]?.value }
            var labels = NaturalOrder.sorted(raw.compactMap { $0 })
            if raw.contains(where: { $0 == nil }) { labels.append("N/A") }
            let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Double($0)) })
            axes.append(.init(label: "\(path.section).\(path.name)", kind: .categorical(labels)))
            columns.append(raw.map { index[$0 ?? "N/A"] ?? .nan })
        }
        let firstMetric = axes.count
        for m in query.parcoordsMetrics {
            let type = m.valueType ?? query.valueType ?? .value
            let entries = tasks.map { $0.lastMetrics?[m.metricHash]?[m.variantHash] }
            let named = entries.compactMap { $0 }.first
            let name = named.map { "\($0.metric)/\($0.variant)" } ?? "\(m.metricHash).\(m.variantHash)"
            axes.append(.init(label: "\(name) (\(label(type)))", kind: .numeric(nil)))
            columns.append(entries.map { $0?.value(of: type) ?? .nan })
        }
        let lines = tasks.indices.map { t in ParallelCoordinates.Line(values: columns.map { $0[t] }) }
        return ParallelCoordinates(axes: axes, lines: lines, colorAxis: firstMetric < axes.count ? firstMetric : nil)
    }

    /// The web app's aggregate names (`metric-variant-to-name.pipe.ts`).
    static func label(_ type: MetricValueType) -> String {
        switch type {
        case .value: "Last"
        case .minValue: "Min"
        case .maxValue: "Max"
        }
    }
}
