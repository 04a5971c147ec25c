import FolioCore
import Foundation

extension PlotChart {
    /// Builds the chart at `width` × `height`; nothing finite to draw gives a `Placeholder`.
    public func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        var warnings: [String] = []
        let bars = barRects(warnings: &warnings)
        guard var xr = extent(horizontal: true, bars: bars), var yr = extent(horizontal: false, bars: bars) else {
            let reason = traces.isEmpty ? "no traces to draw" : "no finite values to draw"
            return Placeholder(widget: title.isEmpty ? "plot" : "plot '\(title)'", reason: reason)
                .build(width: width, height: height, style: style, measurer: measurer, warnings: warnings + [reason])
        }
        xr = domain(x, xr, padding: hasMarkers ? 0.03 : 0, barAxis: bars.contains { $0.horizontal })
        yr = domain(y, yr, padding: 0.05, barAxis: bars.contains { !$0.horizontal })

        let entries = traces.enumerated().compactMap { i, t -> Legend.Entry? in
            switch t {
            case .heatmap: return nil
            case .scatter(let s): return s.showInLegend && !s.name.isEmpty ? Legend.Entry(name: s.name, color: color(i, style)) : nil
            case .bar(let b): return b.showInLegend && !b.name.isEmpty ? Legend.Entry(name: b.name, color: color(i, style)) : nil
            }
        }
        let legendShown = showLegend ?? (entries.count > 1)
        let anyBar = traces.contains { if case .bar = $0 { return true } else { return false } }
        let legend = Legend(
            entries: legendShown ? entries : [], swatch: anyBar ? .box : .line, style: style, measurer: measurer)
        let colorbar = traces.lazy.compactMap { t -> HeatmapTrace? in
            if case .heatmap(let h) = t, h.showScale { return h }
            return nil
        }.first.flatMap { h in h.valueRange.map { Colorbar(scale: h.scale.stops.isEmpty ? .sequential(style) : h.scale, lo: $0.lo, hi: $0.hi) } }

        var frame = ChartFrame(
            width: width, height: height, title: title, xLabel: x.title, yLabel: y.title, legend: legend, style: style,
            measurer: measurer)
        frame.subtitle = subtitle
        frame.xReversed = x.reversed
        frame.yReversed = y.reversed
        frame.rightMargin = colorbar?.width(style: style, measurer: measurer) ?? 0
        let onlyHeatmaps = traces.allSatisfy { if case .heatmap = $0 { return true } else { return false } }
        frame.verticalGrid = !onlyHeatmaps && x.kind != .category
        frame.horizontalGrid = !onlyHeatmaps && y.kind != .category
        let tickFont = SceneFont(size: style.tickSize)
        let fit = TextFitting(measurer: measurer, font: tickFont)
        let (xAxis, yAxis) = (x, y)
        let (xd, yd) = (xr, yr)
        var layout = frame.layout(
            xDomain: xr, yDomain: yr,
            xTicks: { target, plotWidth in
                Self.ticks(xAxis, xd, target: target, room: plotWidth / (xd.hi - xd.lo), extent: { measurer.width(of: $0, font: tickFont) }) {
                    fit.truncated($0, to: $1)
                }
            },
            yTicks: { target in
                Self.ticks(yAxis, yd, target: target, room: nil, extent: { _ in style.tickSize * 1.5 }) { text, _ in
                    fit.truncated(text, to: width * 0.25)
                }
            })
        warnings += layout.warnings

        var data: [SceneItem] = []
        for case .heatmap(let h) in traces { data += heatmapItems(h, layout: layout, style: style, measurer: measurer) }
        data += barItems(bars, layout: layout, style: style)
        data += scatterItems(layout: layout, style: style, measurer: measurer)
        let p = layout.plot
        let r = 4.0
        layout.under.append(.group(clip: SceneRect(x: p.x - r, y: p.y - r, width: p.width + 2 * r, height: p.height + 2 * r), items: data))
        if let colorbar {
            layout.over += colorbar.items(beside: p, style: style, measurer: measurer)
        }
        return ChartResult(scene: Scene(width: width, height: height, items: layout.under + layout.over), warnings: warnings)
    }

    var hasMarkers: Bool {
        traces.contains { if case .scatter(let s) = $0 { return s.markers || s.text != nil } else { return false } }
    }

    /// The trace colour: its own, else the palette's.
    func color(_ index: Int, _ style: ChartStyle) -> Color {
        switch traces[index] {
        case .scatter(let s): s.color ?? style.seriesColor(index)
        case .bar(let b): b.color ?? style.seriesColor(index)
        case .heatmap: style.seriesColor(index)
        }
    }

    /// A data value in axis units (log10 on log axes; non-positive values are dropped there).
    static func axisValue(_ v: Double, _ axis: Axis) -> Double {
        axis.kind == .log ? (v > 0 ? log10(v) : .nan) : v
    }

    /// The finite extent of everything along x (`horizontal`) or y, in axis units.
    private func extent(horizontal: Bool, bars: [BarRect]) -> (lo: Double, hi: Double)? {
        let axis = horizontal ? x : y
        var lo = Double.infinity, hi = -Double.infinity
        func note(_ v: Double) {
            let a = Self.axisValue(v, axis)
            if a.isFinite { lo = min(lo, a); hi = max(hi, a) }
        }
        for t in traces {
            switch t {
            case .scatter(let s): for v in (horizontal ? s.x : s.y) { note(v) }
            case .heatmap(let h):
                let n = horizontal ? (h.z.map(\.count).max() ?? 0) : h.z.count
                if n > 0 { note(-0.5); note(Double(n) - 0.5) }
            case .bar: break
            }
        }
        for b in bars {
            if b.horizontal == horizontal {
                note(b.base); note(b.top)
            } else {
                note(b.position - b.width / 2); note(b.position + b.width / 2)
            }
        }
        if axis.kind == .category, !axis.categories.isEmpty { lo = min(lo, -0.5); hi = max(hi, Double(axis.categories.count) - 0.5) }
        return lo <= hi ? (lo, hi) : nil
    }

    /// The shown range: a fixed range, category bounds, or the padded data extent.
    private func domain(_ axis: Axis, _ r: (lo: Double, hi: Double), padding: Double, barAxis: Bool) -> (lo: Double, hi: Double) {
        if let range = axis.range, range.upperBound > range.lowerBound { return (range.lowerBound, range.upperBound) }
        if axis.kind == .category { return (r.lo, r.hi) }
        if barAxis && axis.kind == .linear {
            let span = r.hi - r.lo
            guard span > 0 else { return NiceTicks.paddedRange(lo: r.lo, hi: r.hi, padding: 0) }
            return (r.lo < 0 ? r.lo - span * 0.05 : r.lo, r.hi > 0 ? r.hi + span * 0.05 : r.hi)
        }
        return NiceTicks.paddedRange(lo: r.lo, hi: r.hi, padding: padding)
    }

    /// Tick values and labels for an axis: categories by index, powers of ten on log axes.
    /// Category labels are all shown when they fit, else every `step`-th one, shortened only when
    /// even every fourth would collide (`room` is points per category along x; nil for y).
    static func ticks(
        _ axis: Axis, _ d: (lo: Double, hi: Double), target: Int, room: Double?, extent: (String) -> Double,
        fit: (String, Double) -> String
    ) -> AxisTicks {
        switch axis.kind {
        case .category:
            let n = axis.categories.count
            let widest = axis.categories.map(extent).max() ?? 0
            let perCategory = room ?? 0
            var step = 1
            if room != nil {
                while step < max(n / 4, 1) && widest * 1.45 > perCategory * Double(step) { step += 1 }
            } else {
                step = max(1, Int((Double(n) / Double(max(target, 1) * 2)).rounded(.up)))
            }
            let idx = stride(from: 0, to: n, by: step).filter { Double($0) >= d.lo && Double($0) <= d.hi }
            return AxisTicks(values: idx.map(Double.init), labels: idx.map { fit(axis.categories[$0], perCategory * Double(step) / 1.45) })
        case .log:
            let powers = Array(Int(d.lo.rounded(.up))...max(Int(d.lo.rounded(.up)), Int(d.hi.rounded(.down))))
                .filter { Double($0) >= d.lo && Double($0) <= d.hi }
            if powers.count >= 2 {
                let step = max(1, powers.count / max(target, 1))
                let kept = stride(from: 0, to: powers.count, by: step).map { powers[$0] }
                return AxisTicks(values: kept.map(Double.init), labels: kept.map { NumberText.value(pow(10, Double($0))) })
            }
            let nice = NiceTicks(lo: d.lo, hi: d.hi, target: target)
            return AxisTicks(values: nice.values, labels: nice.values.map { NumberText.value(pow(10, $0)) })
        case .linear:
            return AxisTicks.linear(lo: d.lo, hi: d.hi, target: target)
        }
    }
}
