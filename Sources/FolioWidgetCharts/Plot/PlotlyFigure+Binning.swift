import FolioCharts
import FolioCore
import Foundation

extension PlotlyFigure {
    /// A `histogram` trace binned here: text values counted per category, numbers into
    /// `nbinsx` (else about √n, 5…60) bins of a nice width; `y` only makes horizontal bars.
    func histogram(
        _ t: [String: Any], name: String, color: Color?, showInLegend: Bool, xAxis: inout PlotChart.Axis,
        yAxis: inout PlotChart.Axis, xIndex: inout [String: Int], yIndex: inout [String: Int]
    ) -> BarTrace {
        let horizontal = t["x"] == nil && t["y"] != nil
        let raw = PlotlyValue.array(t[horizontal ? "y" : "x"]) ?? []
        let opacity = PlotlyValue.number(t["opacity"]) ?? 1
        if raw.contains(where: { $0 is String && PlotlyValue.number($0) == nil }) {
            var counts: [Int: Double] = [:]
            for v in raw {
                let key = PlotlyValue.text(v)
                let i: Int
                if horizontal {
                    i = yIndex[key] ?? { yIndex[key] = yAxis.categories.count; yAxis.categories.append(key); return yAxis.categories.count - 1 }()
                } else {
                    i = xIndex[key] ?? { xIndex[key] = xAxis.categories.count; xAxis.categories.append(key); return xAxis.categories.count - 1 }()
                }
                counts[i, default: 0] += 1
            }
            if horizontal { yAxis.kind = .category } else { xAxis.kind = .category }
            let keys = counts.keys.sorted()
            return BarTrace(name: name, positions: keys.map(Double.init), values: keys.map { counts[$0]! }, horizontal: horizontal, color: color, opacity: opacity, showInLegend: showInLegend)
        }
        let values = raw.compactMap(PlotlyValue.number).filter(\.isFinite)
        guard let lo = values.min(), let hi = values.max() else {
            return BarTrace(name: name, positions: [], values: [], horizontal: horizontal, color: color, showInLegend: showInLegend)
        }
        let requested = PlotlyValue.number(t[horizontal ? "nbinsy" : "nbinsx"]).map { Int($0) }
        let bins = Self.bins(lo: lo, hi: hi, count: requested ?? min(max(Int(Double(values.count).squareRoot().rounded(.up)), 5), 60))
        var counts = Array(repeating: 0.0, count: bins.count)
        for v in values {
            let i = min(max(Int(((v - bins.start) / bins.size).rounded(.down)), 0), bins.count - 1)
            counts[i] += 1
        }
        let positions = (0..<bins.count).map { bins.start + (Double($0) + 0.5) * bins.size }
        return BarTrace(name: name, positions: positions, values: counts, horizontal: horizontal, width: bins.size, color: color, opacity: opacity, showInLegend: showInLegend)
    }

    /// Bins of a 1-2-5 width covering `lo...hi` in about `count` bins.
    static func bins(lo: Double, hi: Double, count: Int) -> (start: Double, size: Double, count: Int) {
        guard hi > lo else { return (lo - 0.5, 1, 1) }
        let raw = (hi - lo) / Double(max(count, 1))
        let p = pow(10, floor(log10(raw)))
        let size = [1.0, 2, 5, 10].map { $0 * p }.first { $0 >= raw * 0.999 } ?? raw
        let start = (lo / size).rounded(.down) * size
        let n = max(Int(((hi - start) / size).rounded(.down)) + 1, 1)
        return (start, size, n)
    }

    /// A `heatmap` trace on category axes: `x`/`y` labels (else indices), `colorscale` by name or
    /// stops (else the theme's scale), `zmin`/`zmax`, cell text from `texttemplate` or `text`.
    func heatmap(
        _ t: [String: Any], texttemplate layoutTemplate: String?, xAxis: inout PlotChart.Axis, yAxis: inout PlotChart.Axis,
        xIndex: inout [String: Int], yIndex: inout [String: Int]
    ) -> HeatmapTrace {
        let z = (PlotlyValue.array(t["z"]) ?? []).map { row in (PlotlyValue.array(row) ?? [row]).map { PlotlyValue.number($0) ?? .nan } }
        let cols = z.map(\.count).max() ?? 0
        let xs = (PlotlyValue.array(t["x"]) ?? []).map(PlotlyValue.text)
        let ys = (PlotlyValue.array(t["y"]) ?? []).map(PlotlyValue.text)
        if xAxis.categories.isEmpty { xAxis.categories = (0..<cols).map { $0 < xs.count ? xs[$0] : String($0) } }
        if yAxis.categories.isEmpty { yAxis.categories = (0..<z.count).map { $0 < ys.count ? ys[$0] : String($0) } }
        var scale: ColorScale?
        if let name = t["colorscale"] as? String { scale = ColorScale.named(name) }
        if let stops = t["colorscale"] as? [Any] {
            let parsed = stops.compactMap { s -> ColorScale.Stop? in
                guard let pair = s as? [Any], pair.count == 2, let p = PlotlyValue.number(pair[0]), let c = (pair[1] as? String).flatMap(PlotColor.parse) else { return nil }
                return ColorScale.Stop(p, c)
            }
            if parsed.count >= 2 { scale = ColorScale(stops: parsed) }
        }
        var resolved = scale ?? ColorScale(stops: [])
        if (t["reversescale"] as? Bool) == true { resolved = resolved.reversed }
        let zmin = PlotlyValue.number(t["zmin"]), zmax = PlotlyValue.number(t["zmax"])
        let text = PlotlyValue.array(t["text"])?.map { row in (PlotlyValue.array(row) ?? [row]).map(PlotlyValue.text) }
        var cells: [[String]]?
        if let template = (t["texttemplate"] as? String) ?? layoutTemplate {
            cells = z.enumerated().map { r, row in
                row.enumerated().map { c, v in
                    template.replacingOccurrences(of: "%{z}", with: PlotlyValue.format(v))
                        .replacingOccurrences(of: "%{text}", with: text.flatMap { r < $0.count && c < $0[r].count ? $0[r][c] : nil } ?? "")
                        .replacingOccurrences(of: "%{x}", with: c < xAxis.categories.count ? xAxis.categories[c] : "")
                        .replacingOccurrences(of: "%{y}", with: r < yAxis.categories.count ? yAxis.categories[r] : "")
                }
            }
        }
        return HeatmapTrace(
            name: t["name"] as? String ?? "", z: z, scale: resolved,
            zRange: zmin.flatMap { lo in zmax.flatMap { hi in hi > lo ? lo...hi : nil } }, text: cells,
            showScale: (t["showscale"] as? Bool) ?? true)
    }
}
