import FolioCore

/// Grouped bars: categories along x, one bar series per task side by side in each category
/// (the multi-object single-value "Summary" chart, and Plotly `barmode: group`).
public struct BarChart: Sendable, Equatable {
    /// One bar per category; `values[i]` belongs to `categories[i]`, NaN means no bar.
    public struct Series: Sendable, Equatable {
        /// Legend text, usually the task name.
        public var name: String
        /// One value per category, by index.
        public var values: [Double]
        /// A series; missing trailing values are treated as NaN.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Chart title; empty for none.
    public var title: String
    /// Category names along x (variants, for single values).
    public var categories: [String]
    /// Bar series in legend order; colours follow the palette.
    public var series: [Series]
    /// Horizontal axis title; nil for none.
    public var xLabel: String?
    /// Vertical axis title; nil for none.
    public var yLabel: String?

    /// A chart spec.
    public init(title: String, categories: [String], series: [Series], xLabel: String? = nil, yLabel: String? = nil) {
        self.title = title
        self.categories = categories
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Builds the chart at `width` × `height`; no categories or no finite value gives a `Placeholder`.
    public func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        var warnings: [String] = []
        var lo = 0.0
        var hi = 0.0
        var any = false
        for s in series {
            if s.values.count > categories.count {
                warnings.append(
                    "series '\(s.name)': \(s.values.count - categories.count) value(s) beyond the categories ignored")
            }
            let values = s.values.prefix(categories.count)
            let infinite = values.filter(\.isInfinite).count
            if infinite > 0 { warnings.append("series '\(s.name)': \(infinite) infinite value(s) dropped") }
            for v in values where v.isFinite {
                lo = min(lo, v)
                hi = max(hi, v)
                any = true
            }
        }
        guard any, !categories.isEmpty else {
            let reason = categories.isEmpty || series.isEmpty ? "no values to draw" : "no finite values"
            return Placeholder(widget: title.isEmpty ? "bar chart" : "bar chart '\(title)'", reason: reason)
                .build(width: width, height: height, style: style, measurer: measurer, warnings: warnings + [reason])
        }
        // Bars grow from zero, so zero stays in range; pad only the sides away from it.
        if lo == hi { hi = 1 }
        let span = hi - lo
        let yDomain = (lo: lo < 0 ? lo - span * 0.05 : 0, hi: hi > 0 ? hi + span * 0.05 : 0)
        let n = Double(categories.count)
        let legend = Legend(
            entries: series.enumerated().map { Legend.Entry(name: $1.name, color: style.seriesColor($0)) },
            swatch: .box, style: style, measurer: measurer)
        var frame = ChartFrame(
            width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel, legend: legend, style: style,
            measurer: measurer)
        frame.verticalGrid = false
        let tickFont = SceneFont(size: style.tickSize)
        let names = categories
        var layout = frame.layout(
            xDomain: (0, n), yDomain: yDomain,
            xTicks: { _, plotWidth in
                // Labels are shortened to their band so they never collide.
                let fit = TextFitting(measurer: measurer, font: tickFont)
                let band = plotWidth / n / 1.45
                return AxisTicks(
                    values: names.indices.map { Double($0) + 0.5 }, labels: names.map { fit.truncated($0, to: band) })
            },
            yTicks: { AxisTicks.linear(lo: yDomain.lo, hi: yDomain.hi, target: $0) })
        warnings += layout.warnings

        // Plotly's grouped-bar geometry: 20% gap between groups, bars share the rest equally.
        let groupWidth = 0.8
        let barWidth = groupWidth / Double(max(series.count, 1))
        let zero = layout.y(0)
        var data: [SceneItem] = []
        for (i, s) in series.enumerated() {
            var path = ScenePath()
            for (c, v) in s.values.prefix(categories.count).enumerated() where v.isFinite {
                let left = layout.x(Double(c) + (1 - groupWidth) / 2 + Double(i) * barWidth)
                let right = layout.x(Double(c) + (1 - groupWidth) / 2 + Double(i + 1) * barWidth)
                let top = layout.y(v)
                path.elements +=
                    ScenePath.rect(
                        SceneRect(x: left, y: min(top, zero), width: right - left, height: abs(zero - top))
                    ).elements
            }
            if !path.elements.isEmpty { data.append(.path(path, fill: style.seriesColor(i), stroke: nil)) }
        }
        if yDomain.lo < 0 {
            let line = ScenePath.polyline([ScenePoint(layout.plot.x, zero), ScenePoint(layout.plot.maxX, zero)])
            data.append(.path(line, fill: nil, stroke: SceneStroke(color: style.axis, width: 0.75)))
        }
        layout.under.append(.group(clip: layout.plot, items: data))
        return ChartResult(
            scene: Scene(width: width, height: height, items: layout.under + layout.over), warnings: warnings)
    }
}
