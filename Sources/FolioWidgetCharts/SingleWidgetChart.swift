import FolioCharts
import FolioCore
import FolioWidgets

/// The single-value widget: one task -> a name/value table; several -> a grouped bar chart
/// "Summary" with one bar series per task, filtered by `variants` when given.
struct SingleWidgetChart {
    let query: WidgetQuery
    let data: WidgetData

    func build(width: Double, height: Double, style: ChartStyle, measurer: TextMeasurer) -> Result<ChartResult, WidgetChartError> {
        let tasks = (data.singleValueMetrics ?? []).filter { !$0.values.isEmpty }
        guard !tasks.isEmpty else {
            return .failure(WidgetChartError(query.isDynamic && data.tasks.isEmpty ? "no task matches the query" : "the selected tasks report no single values"))
        }
        if tasks.count == 1 {
            let rows = tasks[0].values.map { KeyValueTable.Row(name: $0.variant, number: $0.value) }
            return .success(KeyValueTable(rows: rows).build(width: width, style: style, measurer: measurer))
        }
        var categories: [String] = []
        for t in tasks { for v in t.values where !categories.contains(v.variant) { categories.append(v.variant) } }
        if !query.variants.isEmpty { categories = categories.filter(query.variants.contains) }
        guard !categories.isEmpty else { return .failure(WidgetChartError("no single value named \(query.variants.joined(separator: ", "))")) }
        let names = TaskNames(tasks.map { ($0.task, $0.taskName) })
        let series = tasks.map { t in
            BarChart.Series(name: names.name(t.task), values: categories.map { c in t.values.last(where: { $0.variant == c })?.value ?? .nan })
        }
        return .success(BarChart(title: "Summary", categories: categories, series: series).build(width: width, height: height, style: style, measurer: measurer))
    }
}
