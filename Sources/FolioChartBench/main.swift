// folio-chart-bench: builds a 3-series line chart of N points each (default 1,000,000), times
// the Scene build and the SVG write, and prints item counts. Usage: folio-chart-bench [N] [--svg out.svg]
import FolioCharts
import FolioCore
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap { Int($0) } ?? 1_000_000
let svgPath = arguments.firstIndex(of: "--svg").flatMap {
    arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil
}

/// Deterministic noisy decaying curves (a tiny LCG instead of the system RNG).
func makeSeries(_ k: Int) -> LineChart.Series {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(k + 1)
    var x = [Double](repeating: 0, count: count)
    var y = [Double](repeating: 0, count: count)
    for i in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let noise = Double(state >> 11) / Double(1 << 53) - 0.5
        x[i] = Double(i)
        y[i] = 2.5 * exp(-Double(i) / Double(count) * 4) + 0.1 * Double(k) + 0.2 * noise
    }
    return LineChart.Series(name: "series \(k)", x: x, y: y)
}

/// CPU time of this thread: robust when other processes share the cores.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func seconds(_ start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

let chart = LineChart(title: "bench", yLabel: "loss", series: (0..<3).map(makeSeries))
var best = Double.infinity
var bestCPU = Double.infinity
var result = ChartResult(scene: Scene(width: 0, height: 0))
for _ in 0..<5 {
    let start = DispatchTime.now()
    let cpuStart = cpuSeconds()
    result = chart.build(width: 480, height: 300, style: .light, measurer: ApproximateTextMeasurer())
    best = min(best, seconds(start))
    bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
}

func count(_ items: [SceneItem]) -> (items: Int, pathElements: Int) {
    items.reduce((0, 0)) { acc, item in
        switch item {
        case .path(let p, _, _): return (acc.0 + 1, acc.1 + p.elements.count)
        case .group(_, let children):
            let c = count(children)
            return (acc.0 + 1 + c.items, acc.1 + c.pathElements)
        default: return (acc.0 + 1, acc.1)
        }
    }
}

let counts = count(result.scene.items)
print("points: 3 x \(count)")
print(String(format: "scene build: %.4f s wall, %.4f s CPU (best of 5)", best, bestCPU))
print("scene items: \(counts.items), path elements: \(counts.pathElements), warnings: \(result.warnings.count)")
let svgStart = DispatchTime.now()
let svg = SVGWriter().svg(for: result.scene)
print(String(format: "svg write: %.4f s, %d bytes", seconds(svgStart), svg.utf8.count))
if let svgPath { try svg.write(toFile: svgPath, atomically: true, encoding: .utf8) }
