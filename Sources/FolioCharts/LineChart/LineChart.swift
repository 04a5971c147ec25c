import FolioCore
import Foundation

/// The scalar widget: one chart of line series against iterations, relative time or wall time.
public struct LineChart: Sendable, Equatable {
    /// What the x values are, which decides ticks and the default axis title.
    public enum XKind: String, Sendable, Codable {
        /// Iteration numbers; ticks are integers, default title "Iterations".
        case iteration
        /// Epoch milliseconds shown relative to each series' first point, in a unit chosen from
        /// the span ("Minutes From Start").
        case relativeTime
        /// Epoch milliseconds shown as dates/times ("Wall Time").
        case wallTime
    }

    /// One named line.
    public struct Series: Sendable, Equatable {
        /// Legend text, e.g. "train - resnet-run-3".
        public var name: String
        /// Iterations or epoch milliseconds, per `XKind`.
        public var x: [Double]
        /// Values, paired with `x` by index.
        public var y: [Double]
        /// A series; NaN in x or y leaves a gap, ±infinity is dropped with a warning.
        public init(name: String, x: [Double], y: [Double]) {
            self.name = name
            self.x = x
            self.y = y
        }
    }

    /// Chart title (the metric name); empty for none.
    public var title: String
    /// Axis title; nil derives it from `xKind` like the web app.
    public var xLabel: String?
    /// Vertical axis title; nil for none.
    public var yLabel: String?
    /// What the x values mean.
    public var xKind: XKind
    /// Lines in legend order; colours follow the palette in this order.
    public var series: [Series]

    /// A chart spec.
    public init(
        title: String, xLabel: String? = nil, yLabel: String? = nil, xKind: XKind = .iteration, series: [Series]
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xKind = xKind
        self.series = series
    }

    /// Builds the chart at `width` × `height` points. Wall-time labels use `timeZone` (UTC by
    /// default, never the machine's zone). A chart without any finite point is a `Placeholder`.
    public func build(
        width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!
    ) -> ChartResult {
        var warnings: [String] = []
        for s in series where s.x.count != s.y.count {
            warnings.append("series '\(s.name)': \(s.x.count) x values but \(s.y.count) y values; extra values ignored")
        }
        // Relative time is an affine map of the raw milliseconds per series, so the big arrays
        // are never copied: data x = raw × scale + offset.
        var unit: RelativeTimeUnit?
        var transforms = Array(repeating: (scale: 1.0, offset: 0.0), count: series.count)
        if xKind == .relativeTime {
            let starts = series.map { s in s.x.first { $0.isFinite } }
            let span =
                zip(series, starts).map { s, start in start.map { (s.x.finiteRange?.hi ?? $0) - $0 } ?? 0 }.max() ?? 0
            let chosen = RelativeTimeUnit.choose(spanMs: span)
            unit = chosen
            transforms = starts.map { ($0 == nil ? 1 : 1 / chosen.milliseconds, -($0 ?? 0) / chosen.milliseconds) }
        }

        var xr: (lo: Double, hi: Double)?
        var yr: (lo: Double, hi: Double)?
        let bounds = perSeries { series[$0].finiteBounds }
        for (i, s) in series.enumerated() {
            let (xs, ys) = bounds[i]
            guard let xs, let ys else {
                warnings.append("series '\(s.name)': no finite points")
                continue
            }
            let t = transforms[i]
            xr = (
                min(xr?.lo ?? .infinity, xs.lo * t.scale + t.offset),
                max(xr?.hi ?? -.infinity, xs.hi * t.scale + t.offset)
            )
            yr = (min(yr?.lo ?? .infinity, ys.lo), max(yr?.hi ?? -.infinity, ys.hi))
        }
        guard let xr, let yr else {
            let reason = series.isEmpty ? "no series to draw" : "no finite data points"
            return placeholder(
                reason, width: width, height: height, style: style, measurer: measurer, warnings: warnings)
        }

        let xDomain =
            xKind == .wallTime && xr.lo == xr.hi
            ? (lo: xr.lo - 30_000, hi: xr.hi + 30_000) : NiceTicks.paddedRange(lo: xr.lo, hi: xr.hi, padding: 0)
        let yDomain = NiceTicks.paddedRange(lo: yr.lo, hi: yr.hi, padding: 0.05)
        // Spans beyond Double's range (±1.8e308) cannot be mapped onto the page.
        guard (xDomain.hi - xDomain.lo).isFinite, (yDomain.hi - yDomain.lo).isFinite else {
            return placeholder(
                "values too large to plot", width: width, height: height, style: style, measurer: measurer,
                warnings: warnings)
        }
        let legend = Legend(
            entries: series.enumerated().map { Legend.Entry(name: $1.name, color: style.seriesColor($0)) },
            swatch: .line, style: style, measurer: measurer)
        let frame = ChartFrame(
            width: width, height: height, title: title, xLabel: xLabel ?? defaultXLabel(unit), yLabel: yLabel,
            legend: legend, style: style, measurer: measurer)
        let kind = xKind
        var layout = frame.layout(
            xDomain: xDomain, yDomain: yDomain,
            xTicks: { target, _ in
                switch kind {
                case .wallTime:
                    return WallTimeTicks.ticks(lo: xDomain.lo, hi: xDomain.hi, target: target, timeZone: timeZone)
                case .iteration:
                    // Iterations are integers: never a step below 1.
                    let capped = Int(min(Double(target), max(xDomain.hi - xDomain.lo, 1)))
                    return AxisTicks.linear(lo: xDomain.lo, hi: xDomain.hi, target: capped)
                case .relativeTime: return AxisTicks.linear(lo: xDomain.lo, hi: xDomain.hi, target: target)
                }
            },
            yTicks: { AxisTicks.linear(lo: yDomain.lo, hi: yDomain.hi, target: $0) })
        warnings += layout.warnings

        let data = seriesItems(layout: layout, transforms: transforms, style: style, warnings: &warnings)
        // The clip reaches a marker radius beyond the plot so points on its edges stay whole.
        let r = Self.markerRadius(style)
        let p = layout.plot
        let clip = SceneRect(x: p.x - r, y: p.y - r, width: p.width + 2 * r, height: p.height + 2 * r)
        layout.under.append(.group(clip: clip, items: data))
        return ChartResult(
            scene: Scene(width: width, height: height, items: layout.under + layout.over), warnings: warnings)
    }

    /// The chart replaced by a `Placeholder`; the reason is also the last warning.
    private func placeholder(
        _ reason: String, width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer,
        warnings: [String]
    ) -> ChartResult {
        Placeholder(widget: title.isEmpty ? "scalar chart" : "scalar chart '\(title)'", reason: reason)
            .build(width: width, height: height, style: style, measurer: measurer, warnings: warnings + [reason])
    }

    private func defaultXLabel(_ unit: RelativeTimeUnit?) -> String {
        switch xKind {
        case .iteration: "Iterations"
        case .relativeTime: (unit ?? .seconds).axisLabel
        case .wallTime: "Wall Time"
        }
    }

    /// Paths (and markers for lone points) for every series, decimated when long.
    private func seriesItems(
        layout: ChartFrame.Layout, transforms: [(scale: Double, offset: Double)], style: ChartStyle,
        warnings: inout [String]
    ) -> [SceneItem] {
        let markerRadius = Self.markerRadius(style)
        let results = perSeries { i in
            seriesItems(i, layout: layout, transform: transforms[i], style: style, markerRadius: markerRadius)
        }
        warnings += results.flatMap(\.warnings)
        return results.flatMap(\.items)
    }

    /// The path (or band) and lone-point markers of series `i`.
    private func seriesItems(
        _ i: Int, layout: ChartFrame.Layout, transform t: (scale: Double, offset: Double), style: ChartStyle, markerRadius: Double
    ) -> (items: [SceneItem], warnings: [String]) {
        let plot = layout.plot
        let ax = plot.width / (layout.xDomain.hi - layout.xDomain.lo)
        let ay = -plot.height / (layout.yDomain.hi - layout.yDomain.lo)
        let s = series[i]
        var items: [SceneItem] = []
        var warnings: [String] = []
        do {
            // Beyond ~2 points per point of width nothing more is visible: snap to half-point columns.
            let decimate = min(s.x.count, s.y.count) > Int(2 * plot.width)
            let decimator = Decimator(
                xScale: ax * t.scale, xOffset: plot.x + ax * (t.offset - layout.xDomain.lo),
                yScale: ay, yOffset: plot.maxY - ay * layout.yDomain.lo, columnWidth: decimate ? 0.5 : nil)
            let out = decimator.run(x: s.x, y: s.y)
            if out.droppedInfinite > 0 {
                warnings.append("series '\(s.name)': \(out.droppedInfinite) infinite value(s) dropped")
            }
            let color = style.seriesColor(i)
            // At 8 or more points per column on average the strokes merge into a band: fill it.
            let dense = decimate && min(s.x.count, s.y.count) >= Int(16 * plot.width)
            var line = ScenePath()
            var bands = ScenePath()
            var markers = ScenePath()
            line.elements.reserveCapacity(dense ? 0 : out.segments.reduce(0) { $0 + $1.count })
            for segment in out.segments {
                if segment.count == 1 {
                    markers.elements += ScenePath.circle(center: segment[0], radius: markerRadius).elements
                    continue
                }
                if dense {
                    bands.elements += Envelope.band(segment, columnWidth: 0.5, halfWidth: style.lineWidth / 2).elements
                    continue
                }
                line.elements.append(.move(segment[0]))
                for p in segment.dropFirst() { line.elements.append(.line(p)) }
            }
            if !line.elements.isEmpty {
                items.append(.path(line, fill: nil, stroke: SceneStroke(color: color, width: style.lineWidth)))
            }
            if !bands.elements.isEmpty { items.append(.path(bands, fill: color, stroke: nil)) }
            if !markers.elements.isEmpty { items.append(.path(markers, fill: color, stroke: nil)) }
        }
        return (items, warnings)
    }

    /// Radius of the dot drawn for a lone point.
    private static func markerRadius(_ style: ChartStyle) -> Double { style.lineWidth + 1.5 }
}
