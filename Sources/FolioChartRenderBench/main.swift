// folio-chart-render-bench: a 3-series line chart of N points each (default 1,000,000) built
// and painted to PDF and PNG (1000 x 500 px), as `chart_peer.py mpl-line` does for matplotlib.
// Usage: folio-chart-render-bench [N] [OUTDIR]   Prints one line of timings and the PDF size.
import FolioCharts
import FolioCore
import FolioLayout
import FolioRender
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let count = arguments.first.flatMap { Int($0) } ?? 1_000_000
let outDir = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "/tmp/folio-chart-bench")
try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Deterministic noisy decaying curves (a tiny LCG, no system RNG), written straight into
/// uninitialised storage: the data stand in for a run's scalars, so they should cost little.
/// Series `k` over the shared iteration axis `x` (copy-on-write, as the peers share theirs).
func series(_ k: Int, x: [Double]) -> LineChart.Series {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(k + 1)
    // exp(-4 i / n) by repeated multiplication.
    let decay = exp(-4 / Double(count))
    let unit = 1 / Double(1 << 53)
    var level = 2.5
    let y = [Double](unsafeUninitializedCapacity: count) { buf, n in
        for i in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            buf[i] = level + 0.1 * Double(k) + 0.2 * (Double(state >> 11) * unit - 0.5)
            level *= decay
        }
        n = count
    }
    return LineChart.Series(name: "series \(k)", x: x, y: y)
}

let t0 = now()
// As `folio export` does, the fonts are made and warmed on another thread while the data arrive.
let resources = try ResourceLocator.locate(environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
let warmer = FontWarmer.started(
    resources: resources, fontCache: FileManager.default.temporaryDirectory.appendingPathComponent("folio-bench-fontconfig"),
    theme: "light", helper: false)
let iterations = [Double](unsafeUninitializedCapacity: count) { buf, n in
    for i in 0..<count { buf[i] = Double(i) }
    n = count
}
let data = (0..<3).map { series($0, x: iterations) }
let t1 = now()
let theme = try ThemeLoader(builtInDirectory: resources.themes).load("light")
let fonts = try warmer.main()
let engine = LayoutEngine(fonts: fonts, options: LayoutOptions(theme: theme, footerTitle: ""))
// 10 x 5 inches, like the peers' figure.
let chart = LineChart(title: "loss", yLabel: "value", series: data).build(width: 720, height: 360, style: theme.chart, measurer: engine.measurer)
let t2 = now()
let page = Page(width: 720, height: 360, background: theme.page.background, items: [.scene(chart.scene, origin: ScenePoint(0, 0), scale: 1)])
let layout = LayoutResult(pages: [page], outline: [], diagnostics: [])
let pdf = try PDFWriter.render(layout, metadata: PDFMetadata(title: "bench", creationDate: "2024-01-01T00:00:00Z"), theme: theme, fonts: fonts)
let t3 = now()
let png = try PNGWriter.render(layout, ppi: 100, theme: theme, fonts: fonts)[0]
let t4 = now()
try pdf.write(to: outDir.appendingPathComponent("chart.pdf"))
try png.write(to: outDir.appendingPathComponent("chart.png"))
print(String(format: "points=3x%d data=%.3fs scene=%.3fs pdf=%.3fs png=%.3fs total(excl. data)=%.3fs pdf_bytes=%d png_bytes=%d", count, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t1, pdf.count, png.count))
