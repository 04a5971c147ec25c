import FolioCore
import Foundation

/// A pie (or donut) of labelled slices, clockwise from twelve o'clock like Plotly, with each
/// slice's percentage on it when it fits and a legend of labels.
public struct PieChart: Sendable, Equatable {
    /// Title; empty for none.
    public var title: String
    /// Slice names, by index.
    public var labels: [String]
    /// Slice sizes; non-finite and negative values are skipped.
    public var values: [Double]
    /// Slice colours; nil or short lists fall back to the palette.
    public var colors: [Color]?
    /// Inner radius as a fraction of the outer (Plotly `hole`).
    public var hole: Double

    /// A pie spec.
    public init(title: String, labels: [String], values: [Double], colors: [Color]? = nil, hole: Double = 0) {
        self.title = title
        self.labels = labels
        self.values = values
        self.colors = colors
        self.hole = hole
    }

    /// Builds the pie at `width` × `height`; no positive value gives a `Placeholder`.
    public func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        let slices = zip(labels, values).enumerated().filter { $0.element.1.isFinite && $0.element.1 > 0 }
        let total = slices.reduce(0) { $0 + $1.element.1 }
        guard total > 0 else {
            let reason = "no positive values"
            return Placeholder(widget: title.isEmpty ? "pie" : "pie '\(title)'", reason: reason)
                .build(width: width, height: height, style: style, measurer: measurer, warnings: [reason])
        }
        func color(_ i: Int) -> Color { colors.flatMap { i < $0.count ? $0[i] : nil } ?? style.seriesColor(i) }
        let pad = 8.0
        var items: [SceneItem] = [style.backgroundItem(width: width, height: height)]
        let heading = ChartTitle(title: title).items(width: width, top: pad, pad: pad, style: style, measurer: measurer)
        items += heading.items
        let top = heading.bottom
        let legend = Legend(entries: slices.map { Legend.Entry(name: $0.element.0, color: color($0.offset)) }, swatch: .box, style: style, measurer: measurer)
        let (placed, rows, _) = legend.layout(width: width - 2 * pad, maxRows: max(1, Int(height * 0.3 / legend.rowHeight)))
        let legendTop = height - pad - Double(rows) * legend.rowHeight
        items += legend.items(placed, in: SceneRect(x: pad, y: legendTop, width: width - 2 * pad, height: 0))
        let radius = max(min(width - 2 * pad, legendTop - top - 4) / 2, 5)
        let center = ScenePoint(width / 2, top + (legendTop - 4 - top) / 2)
        var angle = -Double.pi / 2
        let font = SceneFont(size: style.tickSize)
        var labelsOnTop: [SceneItem] = []
        for (i, slice) in slices {
            let sweep = slice.1 / total * 2 * .pi
            items.append(.path(Self.wedge(center: center, radius: radius, inner: radius * hole, from: angle, to: angle + sweep), fill: color(i), stroke: SceneStroke(color: style.background, width: 1)))
            let mid = angle + sweep / 2
            let r = radius * (0.5 + hole / 2 + 0.12)
            let text = NumberText.fixed(slice.1 / total * 100, 1) + "%"
            let arc = sweep * r
            if arc > measurer.width(of: text, font: font) + 4 {
                let ink = color(i).luminance > 0.45 ? Color(red: 0.1, green: 0.1, blue: 0.1) : Color(red: 1, green: 1, blue: 1)
                labelsOnTop.append(.text(SceneText(text, at: ScenePoint(center.x + cos(mid) * r, center.y + sin(mid) * r + font.size * 0.35), font: font, color: ink, anchor: .middle)))
            }
            angle += sweep
        }
        return ChartResult(scene: Scene(width: width, height: height, items: items + labelsOnTop))
    }

    /// A ring sector from angle `a` to `b` (radians, clockwise in scene coordinates), as line
    /// segments every few degrees.
    static func wedge(center c: ScenePoint, radius: Double, inner: Double, from a: Double, to b: Double) -> ScenePath {
        let n = max(2, Int((b - a) / (.pi / 60)))
        func p(_ r: Double, _ t: Double) -> ScenePoint { ScenePoint(c.x + cos(t) * r, c.y + sin(t) * r) }
        var e: [PathElement] = [.move(inner > 0 ? p(inner, a) : c)]
        for k in 0...n { e.append(.line(p(radius, a + (b - a) * Double(k) / Double(n)))) }
        if inner > 0 { for k in stride(from: n, through: 0, by: -1) { e.append(.line(p(inner, a + (b - a) * Double(k) / Double(n)))) } }
        e.append(.close)
        return ScenePath(e)
    }
}
