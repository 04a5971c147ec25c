import FolioCore
import FolioWidgets
import Foundation
import GRDB

extension RequestAnswerer {
    /// Plot and image events of one task, newest iteration first, then in stored order.
    private func events(of taskID: String, type: String, selection: MetricSelection) throws -> [MetricEvent] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT metric, variant, iter, timestamp, plot_str, key, url FROM event
                WHERE task_id = ? AND type = ? ORDER BY iter DESC, timestamp DESC, seq
                """,
            arguments: [taskID, type]
        ).compactMap { r in
            let metric: String = r["metric"], variant: String = r["variant"]
            guard selection.contains(metric: metric, variant: variant) else { return nil }
            let plot: String? = r["plot_str"]
            let key: String = r["key"]
            return MetricEvent(
                task: taskID, iter: r["iter"], metric: metric, variant: variant, type: type,
                timestamp: r["timestamp"], plotStr: plot, plotLen: plot.map { $0.unicodeScalars.count },
                key: key.isEmpty ? nil : key, url: r["url"])
        }
    }

    /// The newest `iters` iterations per (task, metric), or per task when
    /// `last_iters_per_task_metric` is false (`_get_multitask_plots`).
    func plots(_ rows: [TaskRow], _ body: JSONObject) throws -> [String: [String: [String: [String: PlotIteration]]]] {
        let iters = max(body["iters"]?.intValue ?? 1, 1)
        let perMetric = body["last_iters_per_task_metric"]?.boolValue ?? true
        let selection = MetricSelection(body["metrics"])
        var out: [String: [String: [String: [String: PlotIteration]]]] = [:]
        for row in rows {
            let all = try events(of: row.id, type: "plot", selection: selection)
            let groups = perMetric ? Dictionary(grouping: all, by: \.metric) : ["": all]
            for group in groups.values {
                let newest = Set(RequestAnswerer.distinctIterations(group).prefix(iters))
                for event in group.reversed() where newest.contains(event.iter) {
                    out[event.metric, default: [:]][event.variant, default: [:]][row.id, default: [:]][
                        String(event.iter), default: PlotIteration(name: row.name, plots: [])
                    ].plots.append(event)
                }
            }
        }
        return out
    }

    /// Per task, the newest `iters` iterations per metric that have an image, newest first.
    /// When the SDK recycled a file (history size), only the newest event keeps that URL;
    /// older ones are dropped, as the server's debug-image iterator treats them as invalid.
    func debugImages(_ rows: [TaskRow], _ body: JSONObject) throws -> [DebugImagesTask] {
        let iters = max(body["iters"]?.intValue ?? 1, 1)
        let selection = MetricSelection(body["metrics"])
        var out: [DebugImagesTask] = []
        for row in rows {
            var seenURLs = Set<String>()
            let valid = try events(of: row.id, type: "training_debug_image", selection: selection).filter { e in
                guard let url = e.url, !url.isEmpty else { return false }
                return seenURLs.insert(url).inserted
            }
            var byIteration: [Int: [MetricEvent]] = [:]
            for group in Dictionary(grouping: valid, by: \.metric).values {
                let newest = Set(RequestAnswerer.distinctIterations(group).prefix(iters))
                for e in group where newest.contains(e.iter) { byIteration[e.iter, default: []].append(e) }
            }
            guard !byIteration.isEmpty else { continue }
            let iterations = byIteration.keys.sorted(by: >).map { iter in
                DebugImagesTask.Iteration(
                    iter: iter,
                    events: byIteration[iter]!.sorted {
                        $0.metric == $1.metric ? utf8Less($0.variant, $1.variant) : utf8Less($0.metric, $1.metric)
                    })
            }
            out.append(DebugImagesTask(task: row.id, iterations: iterations))
        }
        return out
    }

    /// Iterations in the order first met in a newest-first list.
    static func distinctIterations(_ events: [MetricEvent]) -> [Int] {
        var seen = Set<Int>()
        return events.map(\.iter).filter { seen.insert($0).inserted }
    }
}
