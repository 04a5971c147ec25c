import FolioCore

extension PlotChart {
    /// Fills first (under every line), then lines, markers and point labels per trace.
    func scatterItems(layout: ChartFrame.Layout, style: ChartStyle, measurer: any TextMeasurer) -> [SceneItem] {
        var fills: [SceneItem] = []
        var strokes: [SceneItem] = []
        var previous: [ScenePoint]?
        for (i, t) in traces.enumerated() {
            guard case .scatter(let s) = t else { continue }
            let points = zip(s.x, s.y).map { px, py in
                ScenePoint(layout.x(Self.axisValue(px, x)), layout.y(Self.axisValue(py, y)))
            }
            let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
            let color = color(i, style)
            switch s.fill {
            case .none: break
            case .toZeroY:
                if let first = finite.first, let last = finite.last {
                    let zero = layout.y(Self.axisValue(0, y).isFinite ? 0 : layout.yDomain.lo)
                    let poly = [ScenePoint(first.x, zero)] + finite + [ScenePoint(last.x, zero)]
                    fills.append(.path(ScenePath(ScenePath.polyline(poly).elements + [.close]), fill: color.withAlpha(0.3), stroke: nil))
                }
            case .toNextY:
                if let below = previous, !finite.isEmpty {
                    let poly = finite + below.reversed()
                    fills.append(.path(ScenePath(ScenePath.polyline(poly).elements + [.close]), fill: color.withAlpha(0.3), stroke: nil))
                } else if let first = finite.first, let last = finite.last {
                    let zero = layout.y(0)
                    let poly = [ScenePoint(first.x, zero)] + finite + [ScenePoint(last.x, zero)]
                    fills.append(.path(ScenePath(ScenePath.polyline(poly).elements + [.close]), fill: color.withAlpha(0.3), stroke: nil))
                }
            }
            previous = finite
            if s.lines {
                // NaN points split the line, as Plotly's `connectgaps: false`.
                var path = ScenePath()
                var pen = false
                for p in points {
                    guard p.x.isFinite && p.y.isFinite else { pen = false; continue }
                    path.elements.append(pen ? .line(p) : .move(p))
                    pen = true
                }
                if !path.elements.isEmpty {
                    strokes.append(.path(path, fill: nil, stroke: SceneStroke(color: color, width: s.lineWidth ?? style.lineWidth, dash: s.dash)))
                }
            }
            if s.markers {
                let r = max(s.markerSize / 2, 1)
                if let colors = s.markerColors, colors.count >= points.count {
                    var byColor: [Color: ScenePath] = [:]
                    var order: [Color] = []
                    for (p, c) in zip(points, colors) where p.x.isFinite && p.y.isFinite {
                        if byColor[c] == nil { order.append(c) }
                        byColor[c, default: ScenePath()].elements += ScenePath.circle(center: p, radius: r).elements
                    }
                    strokes += order.map { .path(byColor[$0]!, fill: $0, stroke: nil) }
                } else {
                    var dots = ScenePath()
                    for p in finite { dots.elements += ScenePath.circle(center: p, radius: r).elements }
                    if !dots.elements.isEmpty { strokes.append(.path(dots, fill: color, stroke: nil)) }
                }
            }
            if let labels = s.text {
                // Mode `text` puts the label on the point; with markers or lines it sits above.
                let font = SceneFont(size: style.tickSize)
                let dy = s.markers || s.lines ? -(s.markerSize / 2 + 2) : font.size * 0.35
                for (p, label) in zip(points, labels) where p.x.isFinite && p.y.isFinite && !label.isEmpty {
                    strokes.append(.text(SceneText(label, at: ScenePoint(p.x, p.y + dy), font: font, color: color, anchor: .middle)))
                }
            }
        }
        return fills + strokes
    }
}
