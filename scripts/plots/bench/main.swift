// folio-plots-bench: times the plot widgets on synthetic data through the real pipeline
// (WidgetPrefetch -> DataWidgetPresenter -> layout -> Cairo PDF/PNG):
//   parcoords: N tasks (default 500) x 6 axes (3 hyper-parameters, 3 metrics);
//   heatmap:   an M x M (default 1000) Plotly heatmap figure.
// Usage: folio-plots-bench [--tasks N] [--cells M] [--out DIR]
import FolioCharts
import FolioCore
import FolioLayout
import FolioMarkdown
import FolioRender
import FolioWidgetCharts
import FolioWidgets
import Foundation

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? { args.firstIndex(of: name).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil } }
let tasks = option("--tasks").flatMap(Int.init) ?? 500
let cells = option("--cells").flatMap(Int.init) ?? 1000
let out = URL(fileURLWithPath: option("--out") ?? "/tmp/folio-plots-bench")
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Wall seconds of `work`.
func timed<T>(_ work: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try work()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Deterministic pseudo-random numbers in 0..<1 (an LCG, not the system RNG).
struct LCG {
    var state: UInt64 = 20_261_127
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }
}

/// Answers every query with the same synthetic data.
struct SyntheticSource: WidgetDataSource {
    let data: WidgetData
    func taskData(for query: WidgetQuery) async throws -> WidgetData { data }
    func resource(_ url: String) async throws -> Data { Data() }
}

func parcoordsData() -> (WidgetData, String) {
    var rng = LCG()
    let metrics = [("val", "accuracy"), ("val", "loss"), ("train", "epoch_time")]
    let records = (0..<tasks).map { i -> TaskRecord in
        var t = TaskRecord(id: String(format: "task%05d", i), name: "trial-\(i)")
        let lr = ["0.1", "0.03", "0.01", "0.003", "0.001", "0.0003"][Int(rng.next() * 6)]
        let bs = ["32", "64", "128", "256", "512"][Int(rng.next() * 5)]
        let opt = ["sgd", "adam", "adamw", "lamb"][Int(rng.next() * 4)]
        t.hyperparams = ["General": [
            "lr": HyperParameter(section: "General", name: "lr", value: lr),
            "batch_size": HyperParameter(section: "General", name: "batch_size", value: bs),
            "optimizer": HyperParameter(section: "General", name: "optimizer", value: opt),
        ]]
        var last: [String: [String: LastMetric]] = [:]
        for (m, v) in metrics {
            var lm = LastMetric(metric: m, variant: v, value: rng.next() * 100)
            lm.minValue = lm.value * 0.9
            lm.maxValue = lm.value * 1.1
            last[MetricHash.md5Hex(m), default: [:]][MetricHash.md5Hex(v)] = lm
        }
        t.lastMetrics = last
        return t
    }
    let query = "https://app.clear.ml/widgets/?type=parcoords&objectType=task&project=bench"
        + metrics.map { "&metrics=\(MetricHash.path(metric: $0.0, variant: $0.1))" }.joined()
        + "&variants=General.lr&variants=General.batch_size&variants=General.optimizer&value_type=value"
    return (WidgetData(tasks: records), query)
}

func heatmapData() -> (WidgetData, String) {
    var text = "{\"data\": [{\"type\": \"heatmap\", \"z\": ["
    text.reserveCapacity(cells * cells * 6)
    for r in 0..<cells {
        if r > 0 { text += "," }
        text += "[" + (0..<cells).map { c in String((r * 31 + c * 17) % 997) }.joined(separator: ",") + "]"
    }
    text += "]}], \"layout\": {\"title\": \"\(cells) x \(cells) heatmap\"}}"
    let event = MetricEvent(task: "t", iter: 0, metric: "big", variant: "matrix", type: "plot", timestamp: 0, plotStr: text)
    let data = WidgetData(tasks: [TaskRecord(id: "t", name: "bench")], plots: ["big": ["matrix": ["t": ["0": PlotIteration(name: "bench", plots: [event])]]]])
    return (data, "https://app.clear.ml/widgets/?type=plot&objectType=task&objects=t&metrics=big&variants=matrix")
}

let theme = try ThemeLoader(builtInDirectory: root.appendingPathComponent("Themes")).load("light")
let fonts = try FontSystem(fontsDirectory: root.appendingPathComponent("Fonts"), cacheDirectory: out.appendingPathComponent("font-cache"))
let engine = LayoutEngine(fonts: fonts, options: LayoutOptions(theme: theme, footerTitle: "bench"))

/// One widget through the pipeline: prefetch, scene, layout, PDF, PNG; prints one JSON line.
@MainActor func run(_ name: String, data: WidgetData, url: String) async throws {
    let markdown = "<iframe src=\"\(url.replacingOccurrences(of: "&", with: "&amp;"))\" width=\"100%\" height=\"420\"></iframe>\n"
    let document = MarkdownParser().parse(markdown).document
    let prefetch = await WidgetPrefetch.fetch(document.widgets, from: SyntheticSource(data: data))
    let presenter = DataWidgetPresenter(prefetch: prefetch, theme: theme)
    // The presenter parses and draws; layout presents again, so the layout time includes a second scene build.
    let (scene, sceneSeconds) = timed { presenter.present(document.widgets[0], width: engine.contentWidth, height: 420, measurer: engine.measurer) }
    let (layout, layoutSeconds) = timed { engine.layout(document, images: ImageStore(), widgets: presenter) }
    let meta = PDFMetadata(title: name, creationDate: "D:20261127000000Z")
    let (pdf, pdfSeconds) = try timed { try PDFWriter.render(layout, metadata: meta, theme: theme, fonts: fonts) }
    let (pngs, pngSeconds) = try timed { try PNGWriter.render(layout, ppi: 96, theme: theme, fonts: fonts) }
    try pdf.write(to: out.appendingPathComponent("\(name).pdf"))
    try pngs[0].write(to: out.appendingPathComponent("\(name).png"))
    let warnings = scene.diagnostics.map(\.message)
    print(#"{"chart": "\#(name)", "scene_s": \#(String(format: "%.4f", sceneSeconds)), "layout_s": \#(String(format: "%.4f", layoutSeconds)), "pdf_s": \#(String(format: "%.4f", pdfSeconds)), "png_s": \#(String(format: "%.4f", pngSeconds)), "total_s": \#(String(format: "%.4f", sceneSeconds + layoutSeconds + pdfSeconds + pngSeconds)), "pdf_bytes": \#(pdf.count), "png_bytes": \#(pngs[0].count), "warnings": \#(warnings.count)}"#)
}

/// The heatmap chart alone (figure already parsed): the draw budget is 0.2 s.
@MainActor func heatmapChartOnly() {
    let z = (0..<cells).map { r in (0..<cells).map { c in Double((r * 31 + c * 17) % 997) } }
    let labels = (0..<cells).map(String.init)
    let chart = PlotChart(
        title: "heatmap", x: .init(kind: .category, categories: labels), y: .init(kind: .category, categories: labels),
        traces: [.heatmap(HeatmapTrace(name: "", z: z, scale: ColorScale(stops: [])))])
    let (result, seconds) = timed { chart.build(width: engine.contentWidth, height: 420, style: theme.chart, measurer: engine.measurer) }
    print(#"{"chart": "heatmap-\#(cells)x\#(cells)-scene-only", "scene_s": \#(String(format: "%.4f", seconds)), "items": \#(result.scene.items.count)}"#)
}

heatmapChartOnly()
let (pc, pcURL) = parcoordsData()
try await run("parcoords-\(tasks)x6", data: pc, url: pcURL)
let (hm, hmURL) = heatmapData()
try await run("heatmap-\(cells)x\(cells)", data: hm, url: hmURL)
