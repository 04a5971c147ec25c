import FolioWidgets
import Foundation

/// Folds a task's scalar events, in the order the server would receive them, into what the
/// server keeps per task: `last_metrics` keyed md5(metric) → md5(variant), and
/// `last_iteration` (clearml-server `event_bll.py` `add_events`,
/// `_update_last_scalar_events_for_task`).
///
/// Decisions, where the offline format leaves a choice:
/// - Single values (iteration −2^31, metric "Summary") are ordinary scalar events to the
///   server, which has no special case for them in `last_metrics`: they get entries and
///   count. They never raise `last_iteration`, which starts at 0 as on the server.
/// - NaN never becomes min or max and is left out of the mean (it still counts, and can be
///   the last value); ±Infinity takes part like any number.
struct LastMetricsBuilder {
    private struct Accumulator {
        var metric: String
        var variant: String
        var last: (iter: Int, timestamp: Int64, value: Double)
        var min: (value: Double, iter: Int)?
        var max: (value: Double, iter: Int)?
        var first: (value: Double, iter: Int)
        var count = 0
        var sum = 0.0
        var finiteCount = 0
        var xAxisLabel: String?
    }

    private var series: [String: Accumulator] = [:]
    private(set) var lastIteration = 0

    /// Notes any event's iteration (plots and images raise `last_iteration` too).
    mutating func noteIteration(_ iter: Int) {
        lastIteration = max(lastIteration, iter)
    }

    /// Adds one scalar event; events without a metric or variant are ignored, as on the server.
    mutating func add(metric: String, variant: String, iter: Int, timestamp: Int64, value: Double, xAxisLabel: String? = nil) {
        noteIteration(iter)
        guard !metric.isEmpty, !variant.isEmpty else { return }
        let key = metric + "\u{0}" + variant
        guard var acc = series[key] else {
            var acc = Accumulator(
                metric: metric, variant: variant, last: (iter, timestamp, value),
                first: (value, iter), xAxisLabel: xAxisLabel)
            acc.count = 1
            if !value.isNaN {
                acc.min = (value, iter)
                acc.max = (value, iter)
                acc.sum = value
                acc.finiteCount = 1
            }
            series[key] = acc
            return
        }
        if (iter, timestamp) >= (acc.last.iter, acc.last.timestamp) { acc.last = (iter, timestamp, value) }
        if iter < acc.first.iter { acc.first = (value, iter) }
        if !value.isNaN {
            if acc.min == nil || value < acc.min!.value { acc.min = (value, iter) }
            if acc.max == nil || value > acc.max!.value { acc.max = (value, iter) }
            acc.sum += value
            acc.finiteCount += 1
        }
        acc.count += 1
        if let xAxisLabel { acc.xAxisLabel = xAxisLabel }
        series[key] = acc
    }

    /// The `last_metrics` document.
    var lastMetrics: [String: [String: LastMetric]] {
        var out: [String: [String: LastMetric]] = [:]
        for acc in series.values {
            var m = LastMetric(metric: acc.metric, variant: acc.variant, value: acc.last.value)
            m.minValue = acc.min?.value
            m.minValueIteration = acc.min?.iter
            m.maxValue = acc.max?.value
            m.maxValueIteration = acc.max?.iter
            m.firstValue = acc.first.value
            m.firstValueIteration = acc.first.iter
            m.count = acc.count
            m.meanValue = acc.finiteCount > 0 ? acc.sum / Double(acc.finiteCount) : nil
            m.xAxisLabel = acc.xAxisLabel
            out[MetricHash.md5Hex(acc.metric), default: [:]][MetricHash.md5Hex(acc.variant)] = m
        }
        return out
    }
}
