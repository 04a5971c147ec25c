import FolioWidgets
import Foundation

/// The figures a plot widget can show, built by the web app's rules (reference §4.4.1,
/// `mergeVariants` for one task, `convertMultiPlots` for several), for the first metric only.
struct PlotFigures {
    /// One figure and what identifies it for the `series` / `objects` pick.
    struct Entry {
        var key: String
        var figure: PlotlyFigure
        /// The task a per-task figure belongs to; empty for merged figures.
        var task: String
        /// The original name of the first trace (merged figures), matched against `series`.
        var seriesName: String?
    }

    /// Trace types whose figures are concatenated (`allowedMergedTypes`).
    static let mergeable: Set<String> = ["scatter", "scattergl", "bar", "scatter3d", "box", "histogram", "scatterpolar"]

    var metric = ""
    var entries: [Entry] = []
    /// `metric/variant` of events whose `plot_str` is not JSON (drawn as "Unknown data").
    var invalid: [String] = []

    init(data: WidgetData, query: WidgetQuery) {
        guard let plots = data.plots, !plots.isEmpty else { return }
        metric = Self.ordered(plots.keys, first: query.metrics).first!
        let variants = plots[metric]!
        let variantOrder = Self.ordered(variants.keys, first: query.variants)
        let known = data.tasks.map(\.id)
        let present = Set(variants.values.flatMap(\.keys))
        let taskOrder = known.filter(present.contains) + present.subtracting(known).sorted()
        if data.tasks.count < 2 {
            guard let task = taskOrder.first else { return }
            single(variants: variantOrder.map { ($0, variants[$0]!) }, task: task)
        } else {
            let names = TaskNames(data.tasks.map { ($0.id, $0.name ?? $0.id) })
            multi(variants: variantOrder.map { ($0, variants[$0]!) }, tasks: known, names: names)
        }
    }

    /// The figure the widget shows: by `series`, else by `objects`, else the first.
    func pick(_ query: WidgetQuery) -> Entry? {
        if !query.series.isEmpty, let e = entries.first(where: { $0.seriesName.map(query.series.contains) ?? false }) { return e }
        if let object = query.objects.first, let e = entries.first(where: { $0.task == object }) { return e }
        return entries.first
    }

    /// Wanted names first (in their order), then the rest sorted.
    static func ordered<S: Sequence>(_ keys: S, first wanted: [String]) -> [String] where S.Element == String {
        let all = Set(keys)
        return wanted.filter(all.contains) + all.subtracting(wanted).sorted()
    }

    /// The newest iteration's plots of one task.
    static func newest(_ byIteration: [String: PlotIteration]?) -> (iteration: Int, plots: PlotIteration)? {
        byIteration?.max { (Int($0.key) ?? .min) < (Int($1.key) ?? .min) }.map { (Int($0.key) ?? 0, $0.value) }
    }

    private mutating func parse(_ event: MetricEvent) -> PlotlyFigure {
        if let text = event.plotStr, var figure = PlotlyFigure(json: text) {
            figure.task = event.task
            return figure
        }
        invalid.append("\(event.metric)/\(event.variant)")
        var unknown = PlotlyFigure(traces: [], layout: ["title": "Unknown data"], task: event.task)
        unknown.isUnknown = true
        return unknown
    }

    /// One task: figures of mergeable first traces are concatenated; others keep their layout
    /// with " / <variant>" added to the title.
    private mutating func single(variants: [(String, [String: [String: PlotIteration]])], task: String) {
        var merged: Int?
        for (variant, byTask) in variants {
            guard let (_, iteration) = Self.newest(byTask[task]) else { continue }
            for event in iteration.plots {
                var figure = parse(event)
                if !figure.traces.isEmpty, figure.traces[0]["name"] as? String == nil || (figure.traces[0]["name"] as? String)?.isEmpty == true {
                    figure.traces[0]["name"] = variant
                }
                if let first = figure.traces.first, Self.mergeable.contains(PlotlyFigure.type(first)) {
                    if let m = merged {
                        entries[m].figure.traces += figure.traces
                    } else {
                        merged = entries.count
                        entries.append(Entry(key: metric, figure: figure, task: task, seriesName: nil))
                    }
                    continue
                }
                if !figure.title.contains(variant) { figure.title += " / \(variant)" }
                entries.append(Entry(key: "\(metric) - \(variant)", figure: figure, task: task, seriesName: nil))
            }
        }
    }

    /// Several tasks: per variant, one figure per trace name with a trace per task when the
    /// figures can merge, else one figure per task.
    private mutating func multi(variants: [(String, [String: [String: PlotIteration]])], tasks: [String], names: TaskNames) {
        for (variant, byTask) in variants {
            var figures: [(task: String, iteration: Int, figure: PlotlyFigure)] = []
            for task in tasks {
                guard let (iter, iteration) = Self.newest(byTask[task]), let event = iteration.plots.first else { continue }
                figures.append((task, iter, parse(event)))
            }
            guard let first = figures.first else { continue }
            let allMergeable = figures.allSatisfy { f in !f.figure.traces.isEmpty && f.figure.traces.allSatisfy { Self.mergeable.contains(PlotlyFigure.type($0)) } }
            // Heatmaps, tables, images and other types stay one figure per task (the web app's
            // `multiplotsAddChartToGroup` merges only `allowedMergedTypes`).
            guard allMergeable else {
                for f in figures {
                    var figure = f.figure
                    if !figure.traces.isEmpty { figure.title = "\(names.name(f.task)) (iteration \(f.iteration))" }
                    entries.append(Entry(key: "\(metric) - \(variant) - \(names.name(f.task))", figure: figure, task: f.task, seriesName: nil))
                }
                continue
            }
            let iterationsDiffer = Set(figures.map(\.iteration)).count > 1
            var traceNames: [String] = []
            for f in figures {
                for t in f.figure.traces {
                    let n = (t["name"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? variant
                    if !traceNames.contains(n) { traceNames.append(n) }
                }
            }
            for seriesName in traceNames {
                var traces: [[String: Any]] = []
                var template: [String: Any]?
                for task in tasks {
                    let taskName = names.name(task)
                    guard let f = figures.first(where: { $0.task == task }),
                        var trace = f.figure.traces.first(where: { (($0["name"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? variant) == seriesName })
                    else {
                        // Tasks without this plot still get a legend entry (`x: [null]`).
                        var empty: [String: Any] = ["type": template.map(PlotlyFigure.type) ?? "scatter", "x": [Any](), "y": [Any]()]
                        empty["name"] = taskName
                        traces.append(empty)
                        continue
                    }
                    template = template ?? trace
                    trace["name"] = iterationsDiffer ? "\(taskName) (iteration \(f.iteration))" : taskName
                    trace["legendgroup"] = taskName
                    traces.append(trace)
                }
                // Placeholders made before the first real trace copy its type now.
                let type = template.map(PlotlyFigure.type) ?? "scatter"
                for i in traces.indices where (traces[i]["x"] as? [Any])?.isEmpty == true && (traces[i]["y"] as? [Any])?.isEmpty == true { traces[i]["type"] = type }
                var layout = first.figure.layout
                layout["barmode"] = "group"
                layout["showlegend"] = true
                layout["title"] = seriesName
                let key = traceNames.count > 1 ? "\(metric) - \(variant) - \(seriesName)" : "\(metric) - \(variant)"
                entries.append(Entry(key: key, figure: PlotlyFigure(traces: traces, layout: layout), task: "", seriesName: seriesName))
            }
        }
    }
}
