import FolioCore

/// The furniture shared by the axis charts (line, bar): background, title, plot rectangle,
/// gridlines, ticks with real text labels, axis titles and a wrapping legend at the bottom.
/// It sizes the plot from what the labels actually need, measured with the `TextMeasurer`.
struct ChartFrame {
    var width: Double
    var height: Double
    var title: String
    var xLabel: String?
    var yLabel: String?
    var legend: Legend
    var style: ChartStyle
    var measurer: any TextMeasurer
    /// Line charts grid both ways; bar charts only horizontally.
    var verticalGrid = true
    /// Bar charts with horizontal bars grid vertically only.
    var horizontalGrid = true
    /// A smaller muted line under the title (Plotly's `<br><sup>comment</sup>`).
    var subtitle: String?
    /// Room kept free right of the plot (a colour bar).
    var rightMargin = 0.0
    /// Axes drawn high-to-low (Plotly `autorange: "reversed"`).
    var xReversed = false
    var yReversed = false

    private let pad = 8.0, tickLength = 3.0

    /// A finished frame: where data goes, how to map it, and what to draw below/above it.
    struct Layout {
        var plot: SceneRect
        var xDomain: (lo: Double, hi: Double)
        var yDomain: (lo: Double, hi: Double)
        var under: [SceneItem]
        var over: [SceneItem]
        var warnings: [String]
        var xReversed = false
        var yReversed = false

        /// Horizontal scene coordinate of data value `v`.
        func x(_ v: Double) -> Double {
            let t = (v - xDomain.lo) / (xDomain.hi - xDomain.lo)
            return plot.x + (xReversed ? 1 - t : t) * plot.width
        }
        /// Vertical scene coordinate of data value `v` (y grows downwards).
        func y(_ v: Double) -> Double {
            let t = (v - yDomain.lo) / (yDomain.hi - yDomain.lo)
            return plot.maxY - (yReversed ? 1 - t : t) * plot.height
        }
    }

    /// Lays the frame out for the given domains; `xTicks` gets a tick-count target and the plot
    /// width, `yTicks` a tick-count target.
    func layout(
        xDomain: (lo: Double, hi: Double), yDomain: (lo: Double, hi: Double),
        xTicks: (Int, Double) -> AxisTicks, yTicks: (Int) -> AxisTicks
    ) -> Layout {
        let tickFont = SceneFont(size: style.tickSize)
        let labelFont = SceneFont(size: style.axisLabelSize)
        var over: [SceneItem] = []
        var warnings: [String] = []
        let heading = ChartTitle(title: title, subtitle: subtitle).items(width: width, top: pad, pad: pad, style: style, measurer: measurer)
        over += heading.items
        let top = heading.bottom

        // Legend first: its height depends only on the width, and it may take at most ~30%.
        let maxRows = max(1, Int(height * 0.3 / legend.rowHeight))
        let (placed, rows, hidden) = legend.layout(width: width - 2 * pad, maxRows: maxRows)
        if hidden > 0 { warnings.append("legend: \(hidden) series not listed (no room in the chart height)") }
        var bottom = height - pad - Double(rows) * legend.rowHeight
        over += legend.items(placed, in: SceneRect(x: pad, y: bottom, width: width - 2 * pad, height: 0))
        if rows > 0 { bottom -= 4 }
        var xLabelBaseline: Double?
        if xLabel != nil {
            xLabelBaseline = bottom - style.axisLabelSize * 0.3
            bottom -= style.axisLabelSize * 1.3
        }
        bottom -= tickLength + 2 + style.tickSize * 1.2
        let plotTop = top + style.tickSize * 0.6
        let plotHeight = max(bottom - plotTop, 10)

        let yTickSet = AxisTicks.fitting(
            length: plotHeight, span: yDomain.hi - yDomain.lo, preferredSpacing: 30,
            extent: { _ in style.tickSize * 1.5 }, make: yTicks)
        let yLabelWidth = yTickSet.labels.map { measurer.width(of: $0, font: tickFont) }.max() ?? 0
        let left = pad + (yLabel != nil ? style.axisLabelSize * 1.5 : 0) + yLabelWidth + tickLength + 2
        let plotWidth = max(width - pad - rightMargin - left, 10)
        let xTickSet = AxisTicks.fitting(
            length: plotWidth, span: xDomain.hi - xDomain.lo, preferredSpacing: 70,
            extent: { measurer.width(of: $0, font: tickFont) },
            make: { xTicks($0, plotWidth) })
        var layout = Layout(
            plot: SceneRect(x: left, y: plotTop, width: plotWidth, height: plotHeight), xDomain: xDomain,
            yDomain: yDomain, under: [], over: [], warnings: warnings, xReversed: xReversed, yReversed: yReversed)
        // End tick labels centred on the plot edges must not stick out of the chart: pull in.
        if let last = xTickSet.values.last, let text = xTickSet.labels.last {
            let overhang = layout.x(last) + measurer.width(of: text, font: tickFont) / 2 - (width - 2)
            if overhang > 0 { layout.plot.width = max(layout.plot.width - overhang, 10) }
        }
        if let first = xTickSet.values.first, let text = xTickSet.labels.first {
            let overhang = 2 - (layout.x(first) - measurer.width(of: text, font: tickFont) / 2)
            if overhang > 0 {
                layout.plot.x += overhang
                layout.plot.width = max(layout.plot.width - overhang, 10)
            }
        }
        let plot = layout.plot

        var grid = ScenePath()
        var ticks = ScenePath()
        for (v, text) in zip(yTickSet.values, yTickSet.labels) {
            let y = layout.y(v)
            if horizontalGrid { grid.elements += [.move(ScenePoint(plot.x, y)), .line(ScenePoint(plot.maxX, y))] }
            ticks.elements += [.move(ScenePoint(plot.x - tickLength, y)), .line(ScenePoint(plot.x, y))]
            over.append(
                .text(
                    SceneText(
                        text, at: ScenePoint(plot.x - tickLength - 2, y + style.tickSize * 0.35),
                        font: tickFont, color: style.text, anchor: .end)))
        }
        for (v, text) in zip(xTickSet.values, xTickSet.labels) {
            let x = layout.x(v)
            if verticalGrid { grid.elements += [.move(ScenePoint(x, plot.y)), .line(ScenePoint(x, plot.maxY))] }
            ticks.elements += [.move(ScenePoint(x, plot.maxY)), .line(ScenePoint(x, plot.maxY + tickLength))]
            over.append(
                .text(
                    SceneText(
                        text, at: ScenePoint(x, plot.maxY + tickLength + 1 + style.tickSize),
                        font: tickFont, color: style.text, anchor: .middle)))
        }
        let axes = ScenePath.polyline([
            ScenePoint(plot.x, plot.y), ScenePoint(plot.x, plot.maxY), ScenePoint(plot.maxX, plot.maxY),
        ])
        ticks.elements += axes.elements
        over.insert(.path(ticks, fill: nil, stroke: SceneStroke(color: style.axis, width: 0.75)), at: 0)

        if let xLabel, let baseline = xLabelBaseline {
            let text = TextFitting(measurer: measurer, font: labelFont).truncated(xLabel, to: width - 2 * pad)
            over.append(
                .text(
                    SceneText(
                        text, at: ScenePoint(plot.x + plot.width / 2, baseline), font: labelFont,
                        color: style.mutedText, anchor: .middle)))
        }
        if let yLabel {
            let text = TextFitting(measurer: measurer, font: labelFont).truncated(yLabel, to: plot.height)
            over.append(
                .text(
                    SceneText(
                        text, at: ScenePoint(pad + style.axisLabelSize, plot.y + plot.height / 2),
                        font: labelFont, color: style.mutedText, anchor: .middle, rotation: -90)))
        }

        layout.under = [
            style.backgroundItem(width: width, height: height),
            .path(.rect(plot), fill: style.plotBackground, stroke: nil),
        ]
        if !grid.elements.isEmpty {
            layout.under.append(.path(grid, fill: nil, stroke: SceneStroke(color: style.grid, width: 0.5)))
        }
        layout.over = over
        return layout
    }
}
