import FolioCore
import FolioWidgets
import Foundation
import GRDB

/// Answers one effective `reports.get_task_data` body against the workspace database:
/// the task query first, then the one event payload the body asks for (reference §3.3, §4.4).
struct RequestAnswerer {
    let request: JSONObject
    let db: Database

    func answer() throws -> WidgetData {
        if request["model_events"]?.boolValue == true { throw WorkspaceError(.modelsUnsupported) }
        let rows = try TaskSelector(request: request).select(from: TaskRow.fetchAll(db))
        let onlyFields = request["only_fields"].map { $0.listValue.compactMap(\.stringValue) }
        var data = WidgetData(tasks: rows.map { TaskProjection(onlyFields: onlyFields).record(for: $0) })
        if let body = request["scalar_metrics_iter_histogram"]?.objectValue {
            data.scalarMetricsIterHistogram = try scalars(rows, body)
        }
        if let body = request["plots"]?.objectValue {
            data.plots = try plots(rows, body)
        }
        if let body = request["debug_images"]?.objectValue {
            data.debugImages = try debugImages(rows, body)
        }
        if request["single_value_metrics"] != nil {
            data.singleValueMetrics = try singleValues(rows)
        }
        return data
    }

    /// Bucket-averaged series per task (`compare_scalar_metrics_average_per_iter`);
    /// single values (iteration −2^31) are excluded, as the server's `iter > −2^31` condition does.
    func scalars(_ rows: [TaskRow], _ body: JSONObject) throws -> [String: [String: [String: ScalarSeries]]] {
        let samples = min(max(body["samples"]?.intValue ?? ScalarHistogram.defaultSamples, 1), ScalarHistogram.maxSamples)
        let keyText = body["key"]?.stringValue ?? ScalarXAxis.iter.rawValue
        guard let key = ScalarXAxis(rawValue: keyText) else {
            throw WorkspaceError(.invalidQuery("scalar_metrics_iter_histogram.key: unknown '\(keyText)'"))
        }
        let selection = MetricSelection(body["metrics"])
        var out: [String: [String: [String: ScalarSeries]]] = [:]
        for row in rows {
            let series = try ScalarSeriesReader(db: db, taskID: row.id, selection: selection).read()
            let bounds = series.map { s in
                ScalarHistogram.interval(
                    count: s.iters.count, minKey: s.keys(key).min() ?? 0, maxKey: s.keys(key).max() ?? 0,
                    samples: samples)
            }
            let intervals = ScalarHistogram.groupedIntervals(bounds)
            let labels = row.lastMetrics.values.flatMap(\.values).reduce(into: [String: String]()) {
                if let label = $1.xAxisLabel { $0[$1.metric + "\u{0}" + $1.variant] = label }
            }
            for (s, interval) in zip(series, intervals) {
                let (xs, ys) = ScalarHistogram.buckets(keys: s.keys(key), values: s.values, interval: interval)
                let x: [ScalarX] = xs.map {
                    key == .isoTime ? .text(ISOTime.strictDateTime($0)) : .number(Double($0))
                }
                out[s.metric, default: [:]][s.variant, default: [:]][row.id] = ScalarSeries(
                    name: row.name, x: x, y: ys, xAxisLabel: labels[s.metric + "\u{0}" + s.variant])
            }
        }
        return out
    }

    /// Every single value of each task, whatever `metrics` says (the server sends no filter).
    func singleValues(_ rows: [TaskRow]) throws -> [SingleValueTask] {
        try rows.map { row in
            let values = try Row.fetchAll(
                db,
                sql: "SELECT metric, variant, value, timestamp FROM scalar WHERE task_id = ? AND iter = ?",
                arguments: [row.id, SessionImporter.singleValueIteration]
            ).map { r in
                SingleValueTask.Value(
                    metric: r["metric"], variant: r["variant"], value: r["value"] ?? .nan, timestamp: r["timestamp"])
            }
            return SingleValueTask(task: row.id, taskName: row.name, values: values)
        }
    }
}

/// One task's scalar series matching a selection, iterations ascending.
struct ScalarSeriesReader {
    struct Series {
        var metric: String
        var variant: String
        var iters: [Int64] = []
        var timestamps: [Int64] = []
        var values: [Double] = []
        func keys(_ axis: ScalarXAxis) -> [Int64] { axis == .iter ? iters : timestamps }
    }

    let db: Database
    let taskID: String
    let selection: MetricSelection

    /// Series ordered by metric, then variant (byte order, as the server's terms aggregation).
    func read() throws -> [Series] {
        var sql = "SELECT metric, variant, iter, timestamp, value FROM scalar WHERE task_id = ? AND iter > ?"
        var arguments: [(any DatabaseValueConvertible)?] = [taskID, SessionImporter.singleValueIteration]
        if let metrics = selection.metrics {
            sql += " AND metric IN (\(metrics.map { _ in "?" }.joined(separator: ",")))"
            arguments += metrics.map { $0 as (any DatabaseValueConvertible)? }
        }
        var byKey: [String: Series] = [:]
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let r = try cursor.next() {
            let metric: String = r[0], variant: String = r[1]
            guard selection.contains(metric: metric, variant: variant) else { continue }
            let k = metric + "\u{0}" + variant
            if byKey[k] == nil { byKey[k] = Series(metric: metric, variant: variant) }
            byKey[k]!.iters.append(r[2])
            byKey[k]!.timestamps.append(r[3])
            byKey[k]!.values.append((r[4] as Double?) ?? .nan)
        }
        return byKey.values.sorted { ($0.metric == $1.metric) ? utf8Less($0.variant, $1.variant) : utf8Less($0.metric, $1.metric) }
    }
}
