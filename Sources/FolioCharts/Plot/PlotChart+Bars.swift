import FolioCore

/// One bar in data units: centred on `position`, spanning `base...top` along the value axis.
struct BarRect {
    var trace: Int
    var position: Double
    var width: Double
    var base: Double
    var top: Double
    var horizontal: Bool
}

extension PlotChart {
    /// Every bar placed by `barMode`: side by side (group), piled (stack, relative: positives
    /// up and negatives down from zero), or on top of each other (overlay).
    func barRects(warnings: inout [String]) -> [BarRect] {
        let barTraces = traces.enumerated().compactMap { i, t -> (Int, BarTrace)? in
            if case .bar(let b) = t { return (i, b) }
            return nil
        }
        guard !barTraces.isEmpty else { return [] }
        // Default width: the closest distinct positions over all traces (1 for a single bar).
        let all = Set(barTraces.flatMap { $0.1.positions.filter(\.isFinite) }).sorted()
        let gaps = zip(all.dropFirst(), all).map { $0 - $1 }
        let slot = gaps.min() ?? 1
        var rects: [BarRect] = []
        var pileUp: [Double: Double] = [:]
        var pileDown: [Double: Double] = [:]
        for (k, (index, bar)) in barTraces.enumerated() {
            if bar.positions.count != bar.values.count {
                warnings.append("trace '\(bar.name)': \(bar.positions.count) positions but \(bar.values.count) values; extra ignored")
            }
            let full = (bar.width ?? slot) * (bar.width == nil ? 1 - barGap : 1)
            let width = barMode == .group ? full / Double(barTraces.count) : full
            let offset = barMode == .group ? -full / 2 + width * (Double(k) + 0.5) : 0
            for (p, v) in zip(bar.positions, bar.values) where p.isFinite && v.isFinite {
                var base = 0.0
                if barMode == .stack || barMode == .relative {
                    if v >= 0 || barMode == .stack {
                        base = pileUp[p, default: 0]
                        pileUp[p] = base + v
                    } else {
                        base = pileDown[p, default: 0]
                        pileDown[p] = base + v
                    }
                }
                rects.append(BarRect(trace: index, position: p + offset, width: width, base: base, top: base + v, horizontal: bar.horizontal))
            }
        }
        return rects
    }

    /// One filled path per bar trace.
    func barItems(_ rects: [BarRect], layout: ChartFrame.Layout, style: ChartStyle) -> [SceneItem] {
        guard !rects.isEmpty else { return [] }
        var paths: [Int: ScenePath] = [:]
        var order: [Int] = []
        let overlaid = barMode == .overlay && Set(rects.map(\.trace)).count > 1
        for r in rects {
            let p0 = r.position - r.width / 2, p1 = r.position + r.width / 2
            let valueAxis = r.horizontal ? x : y
            var v0 = Self.axisValue(r.base, valueAxis)
            let v1 = Self.axisValue(r.top, valueAxis)
            // Log axes have no zero: bars start at the bottom of the shown range.
            if !v0.isFinite { v0 = r.horizontal ? layout.xDomain.lo : layout.yDomain.lo }
            guard v1.isFinite else { continue }
            let (xa, xb, ya, yb) = r.horizontal
                ? (layout.x(v0), layout.x(v1), layout.y(p0), layout.y(p1))
                : (layout.x(p0), layout.x(p1), layout.y(v0), layout.y(v1))
            let rect = SceneRect(x: min(xa, xb), y: min(ya, yb), width: abs(xb - xa), height: abs(yb - ya))
            if paths[r.trace] == nil { order.append(r.trace) }
            paths[r.trace, default: ScenePath()].elements += ScenePath.rect(rect).elements
        }
        return order.map { i in
            var color = color(i, style)
            if case .bar(let b) = traces[i] { color = color.withAlpha(color.alpha * (overlaid && b.opacity >= 1 ? 0.6 : b.opacity)) }
            return .path(paths[i]!, fill: color, stroke: nil)
        }
    }
}
