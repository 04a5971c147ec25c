import FolioCore

/// A vertical colour scale legend right of a plot: a gradient bar with value ticks.
struct Colorbar {
    var scale: ColorScale
    var lo: Double
    var hi: Double

    private let gap = 10.0, barWidth = 10.0, steps = 64

    /// Room it needs right of the plot.
    func width(style: ChartStyle, measurer: any TextMeasurer) -> Double {
        let font = SceneFont(size: style.tickSize)
        let widest = ticks(target: 5).labels.map { measurer.width(of: $0, font: font) }.max() ?? 0
        return gap + barWidth + 4 + widest + 2
    }

    private func ticks(target: Int) -> AxisTicks {
        AxisTicks.linear(lo: lo, hi: hi > lo ? hi : lo + 1, target: target)
    }

    /// The bar as stacked bands (low at the bottom), its outline and tick labels.
    func items(beside plot: SceneRect, style: ChartStyle, measurer: any TextMeasurer) -> [SceneItem] {
        let x = plot.maxX + gap
        var items: [SceneItem] = []
        let band = plot.height / Double(steps)
        for i in 0..<steps {
            let t = (Double(i) + 0.5) / Double(steps)
            let rect = SceneRect(x: x, y: plot.maxY - Double(i + 1) * band, width: barWidth, height: band + 0.3)
            items.append(.path(.rect(rect), fill: scale.color(t), stroke: nil))
        }
        items.append(.path(.rect(SceneRect(x: x, y: plot.y, width: barWidth, height: plot.height)), fill: nil, stroke: SceneStroke(color: style.axis, width: 0.5)))
        let top = hi > lo ? hi : lo + 1
        let font = SceneFont(size: style.tickSize)
        let target = max(2, Int(plot.height / 30))
        for (v, label) in zip(ticks(target: target).values, ticks(target: target).labels) {
            let y = plot.maxY - (v - lo) / (top - lo) * plot.height
            items.append(.text(SceneText(label, at: ScenePoint(x + barWidth + 4, y + style.tickSize * 0.35), font: font, color: style.text)))
        }
        return items
    }
}
