import FolioCharts
import FolioCore
import Foundation

extension PlotlyFigure {
    /// The Cartesian traces as a `PlotChart`: axes typed from the layout and the values (text
    /// that is not a number makes a category axis), heatmaps on category axes.
    func chart(title: String, subtitle: String?) -> PlotChart {
        let drawn = traces.filter { Self.cartesian.contains(Self.type($0)) }
        let xLayout = layout["xaxis"] as? [String: Any] ?? [:]
        let yLayout = layout["yaxis"] as? [String: Any] ?? [:]
        var xAxis = axis(xLayout)
        var yAxis = axis(yLayout)
        let hasHeatmap = drawn.contains { Self.type($0).hasPrefix("heatmap") }
        let rawX = drawn.flatMap { coordinates($0, "x") }
        let rawY = drawn.flatMap { coordinates($0, "y") }
        if hasHeatmap || xAxis.kind == .category || rawX.contains(where: { PlotlyValue.number($0) == nil && $0 is String }) { xAxis.kind = .category }
        if hasHeatmap || yAxis.kind == .category || rawY.contains(where: { PlotlyValue.number($0) == nil && $0 is String }) { yAxis.kind = .category }
        // Categories in order of first appearance over all traces.
        var xIndex: [String: Int] = [:], yIndex: [String: Int] = [:]
        func position(_ v: Any, _ axis: inout PlotChart.Axis, _ index: inout [String: Int]) -> Double {
            guard axis.kind == .category else { return PlotlyValue.number(v) ?? .nan }
            let key = PlotlyValue.text(v)
            if let i = index[key] { return Double(i) }
            index[key] = axis.categories.count
            axis.categories.append(key)
            return Double(axis.categories.count - 1)
        }
        let texttemplate = layout["texttemplate"] as? String
        var out: [PlotTrace] = []
        for t in drawn {
            let name = t["name"] as? String ?? ""
            let color = Self.color(t)
            let showInLegend = (t["showlegend"] as? Bool) ?? true
            switch Self.type(t) {
            case "bar":
                let horizontal = (t["orientation"] as? String) == "h"
                let values = (PlotlyValue.array(t[horizontal ? "x" : "y"]) ?? []).map { PlotlyValue.number($0) ?? .nan }
                var positions: [Double]
                if let raw = PlotlyValue.array(t[horizontal ? "y" : "x"]) {
                    positions = raw.map { horizontal ? position($0, &yAxis, &yIndex) : position($0, &xAxis, &xIndex) }
                } else {
                    positions = values.indices.map(Double.init)
                }
                let width = PlotlyValue.number(t["width"])
                out.append(.bar(BarTrace(name: name, positions: positions, values: values, horizontal: horizontal, width: width, color: color, opacity: PlotlyValue.number(t["opacity"]) ?? 1, showInLegend: showInLegend)))
            case "histogram":
                out.append(.bar(histogram(t, name: name, color: color, showInLegend: showInLegend, xAxis: &xAxis, yAxis: &yAxis, xIndex: &xIndex, yIndex: &yIndex)))
            case "heatmap", "heatmapgl":
                out.append(.heatmap(heatmap(t, texttemplate: texttemplate, xAxis: &xAxis, yAxis: &yAxis, xIndex: &xIndex, yIndex: &yIndex)))
            default:
                let ys = PlotlyValue.array(t["y"]) ?? []
                let xs = PlotlyValue.array(t["x"]) ?? ys.indices.map { $0 as Any }
                let n = min(xs.count, ys.count)
                let x = xs.prefix(n).map { position($0, &xAxis, &xIndex) }
                let y = ys.prefix(n).map { position($0, &yAxis, &yIndex) }
                let mode = (t["mode"] as? String) ?? (n < 20 ? "lines+markers" : "lines")
                let line = t["line"] as? [String: Any] ?? [:]
                let marker = t["marker"] as? [String: Any] ?? [:]
                let markerColors = (marker["color"] as? [Any])?.compactMap { ($0 as? String).flatMap(PlotColor.parse) }
                let text: [String]? = mode.contains("text") ? ((PlotlyValue.array(t["text"])?.map(PlotlyValue.text)) ?? (t["text"] as? String).map { Array(repeating: $0, count: n) }) : nil
                let fill: ScatterTrace.Fill
                switch t["fill"] as? String {
                case "tozeroy", "tozerox": fill = .toZeroY
                case "tonexty", "tonextx", "tonext", "toself": fill = .toNextY
                default: fill = .none
                }
                out.append(.scatter(ScatterTrace(
                    name: name, x: x, y: y, lines: mode.contains("lines"), markers: mode.contains("markers"), text: text,
                    dash: Self.dash(line["dash"] as? String), lineWidth: PlotlyValue.number(line["width"]),
                    markerSize: PlotlyValue.number(marker["size"]) ?? 6, color: color,
                    markerColors: markerColors?.count == n ? markerColors : nil, fill: fill, showInLegend: showInLegend)))
            }
        }
        let barMode = (layout["barmode"] as? String).flatMap(PlotChart.BarMode.init(rawValue:)) ?? .group
        let allHistograms = drawn.allSatisfy { Self.type($0) == "histogram" }
        let barGap = PlotlyValue.number(layout["bargap"]) ?? (allHistograms ? 0 : 0.2)
        return PlotChart(
            title: title, subtitle: subtitle, x: xAxis, y: yAxis, traces: out, barMode: barMode, barGap: barGap,
            showLegend: layout["showlegend"] as? Bool)
    }

    private func coordinates(_ t: [String: Any], _ key: String) -> [Any] {
        if Self.type(t).hasPrefix("heatmap") { return [] }
        return PlotlyValue.array(t[key]) ?? []
    }

    private func axis(_ a: [String: Any]) -> PlotChart.Axis {
        var axis = PlotChart.Axis(title: PlotlyValue.title(a["title"]))
        switch a["type"] as? String {
        case "log": axis.kind = .log
        case "category": axis.kind = .category
        default: break
        }
        if let r = a["range"] as? [Any], r.count == 2, let lo = PlotlyValue.number(r[0]), let hi = PlotlyValue.number(r[1]) {
            if lo < hi { axis.range = lo...hi } else if hi < lo {
                axis.range = hi...lo
                axis.reversed = true
            }
        }
        if (a["autorange"] as? String) == "reversed" { axis.reversed = true }
        return axis
    }

    static func color(_ t: [String: Any]) -> Color? {
        if let c = (t["marker"] as? [String: Any])?["color"] as? String { return PlotColor.parse(c) }
        if let c = (t["line"] as? [String: Any])?["color"] as? String { return PlotColor.parse(c) }
        return nil
    }

    static func dash(_ name: String?) -> [Double] {
        switch name {
        case "dash": [6, 3]
        case "dot": [1.5, 2.5]
        case "dashdot": [6, 2.5, 1.5, 2.5]
        case "longdash": [10, 3]
        case "longdashdot": [10, 3, 1.5, 3]
        default: []
        }
    }
}
