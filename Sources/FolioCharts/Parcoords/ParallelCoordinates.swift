import FolioCore
import Foundation

/// Parallel coordinates: one vertical axis per dimension (categorical or numeric), one
/// polyline per item across them, coloured on a scale by one numeric dimension, with a colour bar.
public struct ParallelCoordinates: Sendable, Equatable {
    /// One vertical axis.
    public struct Axis: Sendable, Equatable {
        /// What the axis shows.
        public enum Kind: Sendable, Equatable {
            /// Values are indices into these labels, drawn evenly spaced bottom to top.
            case categorical([String])
            /// Values are numbers; nil range uses the data's.
            case numeric(ClosedRange<Double>?)
        }
        /// Full label; shortened on the chart only when it cannot fit, and then listed in full below.
        public var label: String
        /// Categorical or numeric.
        public var kind: Kind
        /// An axis spec.
        public init(label: String, kind: Kind) {
            self.label = label
            self.kind = kind
        }
    }

    /// One item (a task): a value per axis, NaN for missing.
    public struct Line: Sendable, Equatable {
        /// Values by axis index.
        public var values: [Double]
        /// A line.
        public init(values: [Double]) { self.values = values }
    }

    /// Title; empty for none.
    public var title: String
    /// Axes, left to right.
    public var axes: [Axis]
    /// Items drawn as polylines.
    public var lines: [Line]
    /// The axis whose value colours the lines; nil draws them in the first palette colour.
    public var colorAxis: Int?
    /// The colour scale; nil uses the theme's sequential scale.
    public var scale: ColorScale?

    /// A chart spec.
    public init(title: String = "", axes: [Axis], lines: [Line], colorAxis: Int? = nil, scale: ColorScale? = nil) {
        self.title = title
        self.axes = axes
        self.lines = lines
        self.colorAxis = colorAxis
        self.scale = scale
    }

    /// Builds the chart at `width` × `height`; no axes or no lines gives a `Placeholder`.
    public func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        guard !axes.isEmpty, !lines.isEmpty else {
            let reason = axes.isEmpty ? "no hyper-parameters or metrics selected" : "no task to draw"
            return Placeholder(widget: "parallel coordinates", reason: reason)
                .build(width: width, height: height, style: style, measurer: measurer, warnings: [reason])
        }
        let pad = 8.0
        let labelFont = SceneFont(size: style.axisLabelSize, bold: true)
        let tickFont = SceneFont(size: style.tickSize)
        let smallFont = SceneFont(size: style.tickSize)
        var items: [SceneItem] = [style.backgroundItem(width: width, height: height)]
        var over: [SceneItem] = []
        var warnings: [String] = []
        let heading = ChartTitle(title: title).items(width: width, top: pad, pad: pad, style: style, measurer: measurer)
        over += heading.items
        let top = heading.bottom
        let ranges = axes.indices.map(range(of:))
        let colorRange = colorAxis.flatMap { $0 < axes.count ? ranges[$0] : nil }
        // The darkest end of viridis vanishes on a dark background: start a fifth up the scale.
        var scale = scale ?? .sequential(style)
        if style.background.luminance < 0.2 { scale = ColorScale(colors: (0...16).map { scale.color(0.2 + 0.05 * Double($0)) }) }
        let colorbar = colorRange.map { Colorbar(scale: scale, lo: $0.lo, hi: $0.hi) }
        // Tick labels sit left of each axis, so the first axis is inset by the widest of them.
        let firstTickWidth = tickLabels(0, ranges[0], target: 5).map { measurer.width(of: $0, font: tickFont) }.max() ?? 0
        let left = pad + min(firstTickWidth, width * 0.2) + 6
        let right = width - pad - (colorbar?.width(style: style, measurer: measurer) ?? 0)
        let spacing = axes.count > 1 ? (right - left) / Double(axes.count - 1) : 0
        func axisX(_ i: Int) -> Double { axes.count > 1 ? left + Double(i) * spacing : (left + right) / 2 }

        // Labels stay horizontal (so PDF text extraction reads them whole): one row when every
        // label fits its column, else two staggered rows with twice the room; a label still too
        // long is shortened and all labels are then listed in full under the chart.
        let widths = axes.map { measurer.width(of: $0.label, font: labelFont) }
        let column = axes.count > 1 ? spacing * 0.95 : right - left
        let rows = widths.allSatisfy { $0 <= column } ? 1 : 2
        let room = column * Double(rows)
        let fit = TextFitting(measurer: measurer, font: labelFont)
        // A label centred on its axis may use half the room each side. Near the chart's edge it is
        // pushed inwards, and may then reach further in: up to where its same-row neighbour's half
        // ends (`rows` axes away).
        let half = room / 2, gap = Double(rows) * spacing
        let shown = axes.indices.map { i in
            let (l, r) = (axisX(i) - pad, width - pad - axisX(i))
            let left = min(l, r < half ? max(gap - half, half) : half)
            let right = min(r, l < half ? max(gap - half, half) : half)
            return fit.truncated(axes[i].label, to: left + right)
        }
        let shortened = zip(shown, axes).contains { $0 != $1.label }
        let lineHeight = style.axisLabelSize * 1.4
        let labelHeight = Double(rows) * lineHeight + 2
        var footnote: [String] = []
        if shortened {
            let text = "Axes: " + axes.map(\.label).joined(separator: " · ")
            footnote = TextFitting(measurer: measurer, font: smallFont).wrapped(text, to: width - 2 * pad)
        }
        let bottomPad = pad + Double(footnote.count) * style.tickSize * 1.4 + style.tickSize
        let plotTop = top + labelHeight + 6
        let plotBottom = max(height - bottomPad, plotTop + 20)
        for (i, label) in shown.enumerated() {
            let w = measurer.width(of: label, font: labelFont)
            // Centred on its axis, but pulled in so the first and last stay inside the chart.
            let x = min(max(axisX(i), pad + w / 2), width - pad - w / 2)
            let row = rows == 2 ? (axes.count - 1 - i) % 2 : 0
            let baseline = plotTop - 8 - Double(row) * lineHeight
            over.append(.text(SceneText(label, at: ScenePoint(x, baseline), font: labelFont, color: style.text, anchor: .middle)))
        }
        for (k, line) in footnote.enumerated() {
            over.append(.text(SceneText(line, at: ScenePoint(pad, height - pad - Double(footnote.count - 1 - k) * style.tickSize * 1.4), font: smallFont, color: style.mutedText)))
        }

        func position(_ axis: Int, _ v: Double) -> Double? {
            guard v.isFinite, let r = ranges[axis] else { return nil }
            let t = r.hi > r.lo ? (v - r.lo) / (r.hi - r.lo) : 0.5
            return plotBottom - t * (plotBottom - plotTop)
        }
        // Lines under the axes; each one path, broken where a value is missing.
        var dropped = 0
        for line in lines {
            var path = ScenePath()
            var pen = false
            for i in axes.indices {
                guard i < line.values.count, let y = position(i, line.values[i]) else { pen = false; continue }
                let p = ScenePoint(axisX(i), y)
                path.elements.append(pen ? .line(p) : .move(p))
                pen = true
            }
            guard path.elements.count > 1 else { dropped += 1; continue }
            var color = style.seriesColor(0)
            if let c = colorAxis, let r = colorRange, c < line.values.count {
                let v = line.values[c]
                color = v.isFinite ? scale.color(r.hi > r.lo ? (v - r.lo) / (r.hi - r.lo) : 0.5) : style.mutedText
            }
            items.append(.path(path, fill: nil, stroke: SceneStroke(color: color.withAlpha(0.85), width: 1.2)))
        }
        if dropped > 0 { warnings.append("\(dropped) task(s) without values on these axes not drawn") }

        var axesPath = ScenePath()
        for i in axes.indices {
            let x = axisX(i)
            axesPath.elements += [.move(ScenePoint(x, plotTop)), .line(ScenePoint(x, plotBottom))]
            let labels = tickLabels(i, ranges[i], target: max(2, Int((plotBottom - plotTop) / 28)))
            let values = tickValues(i, ranges[i], target: max(2, Int((plotBottom - plotTop) / 28)))
            let maxTick = i == 0 ? left - pad - 4 : spacing * 0.45
            let tfit = TextFitting(measurer: measurer, font: tickFont)
            for (v, label) in zip(values, labels) {
                guard let y = position(i, v) else { continue }
                axesPath.elements += [.move(ScenePoint(x - 3, y)), .line(ScenePoint(x, y))]
                let text = tfit.truncated(label, to: max(maxTick, 20))
                // Halo: a background-coloured box keeps labels readable over the lines.
                let w = measurer.width(of: text, font: tickFont)
                over.append(.path(.rect(SceneRect(x: x - 5 - w - 1, y: y - style.tickSize * 0.6, width: w + 2, height: style.tickSize * 1.2)), fill: style.background.withAlpha(0.75), stroke: nil))
                over.append(.text(SceneText(text, at: ScenePoint(x - 5, y + style.tickSize * 0.35), font: tickFont, color: style.text, anchor: .end)))
            }
        }
        over.insert(.path(axesPath, fill: nil, stroke: SceneStroke(color: style.text, width: 1)), at: 0)
        if let colorbar {
            over += colorbar.items(beside: SceneRect(x: right, y: plotTop, width: 0, height: plotBottom - plotTop), style: style, measurer: measurer)
        }
        return ChartResult(scene: Scene(width: width, height: height, items: items + over), warnings: warnings)
    }

    private func range(of axis: Int) -> (lo: Double, hi: Double)? {
        switch axes[axis].kind {
        case .categorical(let labels): return labels.isEmpty ? nil : (0, Double(max(labels.count - 1, 0)))
        case .numeric(let fixed):
            if let fixed { return (fixed.lowerBound, fixed.upperBound) }
            let values = lines.compactMap { axis < $0.values.count ? $0.values[axis] : nil }.filter(\.isFinite)
            guard let lo = values.min(), let hi = values.max() else { return nil }
            return (lo, hi)
        }
    }

    private func tickValues(_ axis: Int, _ r: (lo: Double, hi: Double)?, target: Int) -> [Double] {
        guard let r else { return [] }
        switch axes[axis].kind {
        case .categorical(let labels):
            let step = max(1, Int((Double(labels.count) / Double(max(target, 1))).rounded(.up)))
            return stride(from: 0, to: labels.count, by: step).map(Double.init)
        case .numeric:
            return r.hi > r.lo ? NiceTicks(lo: r.lo, hi: r.hi, target: target).values : [r.lo]
        }
    }

    private func tickLabels(_ axis: Int, _ r: (lo: Double, hi: Double)?, target: Int) -> [String] {
        switch axes[axis].kind {
        case .categorical(let labels): return tickValues(axis, r, target: target).map { labels[Int($0)] }
        case .numeric: return tickValues(axis, r, target: target).map { NumberText.value($0) }
        }
    }
}
