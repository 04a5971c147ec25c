import FolioCore

/// A text or HTML debug sample: the source shown as boxed monospace text, wrapped to the box
/// width and cut with "…" when it is taller than the box, with an optional caption.
public struct TextFigure: Sendable, Equatable {
    /// The sample text as received (HTML is shown as source).
    public var text: String
    /// Line under the box, e.g. "metric / variant / iteration N"; empty for none.
    public var caption: String

    /// A text sample.
    public init(text: String, caption: String = "") {
        self.text = text
        self.caption = caption
    }

    /// Builds the figure in `width` × `height`; a warning notes when text was cut.
    public func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        let caption = FigureCaption(text: caption, style: style, measurer: measurer)
        let font = SceneFont(size: style.tickSize, monospace: true)
        let pad = 6.0
        let lineHeight = font.size * 1.35
        let box = SceneRect(x: 0.5, y: 0.5, width: max(width - 1, 1), height: max(height - caption.height - 1, 1))
        let fit = TextFitting(measurer: measurer, font: font)
        var lines = fit.wrapped(text, to: max(box.width - 2 * pad, 10))
        while lines.count > 1 && lines.last?.isEmpty == true { lines.removeLast() }
        let maxLines = max(Int((box.height - 2 * pad) / lineHeight), 1)
        var warnings: [String] = []
        if lines.count > maxLines {
            warnings.append("text sample: \(lines.count - maxLines + 1) of \(lines.count) lines not shown")
            lines = Array(lines.prefix(maxLines))
            // The marker replaces the end of the last kept line so it stays inside the box.
            let last = lines.removeLast()
            lines.append(fit.truncated(last + " …", to: box.width - 2 * pad))
        }
        var items: [SceneItem] = [
            style.backgroundItem(width: width, height: height),
            .path(.rect(box), fill: style.plotBackground, stroke: SceneStroke(color: style.axis, width: 1)),
        ]
        for (i, line) in lines.enumerated() where !line.isEmpty {
            let baseline = box.y + pad + font.size + Double(i) * lineHeight
            items.append(.text(SceneText(line, at: ScenePoint(box.x + pad, baseline), font: font, color: style.text)))
        }
        items += caption.items(width: width, top: box.maxY)
        return ChartResult(scene: Scene(width: width, height: height, items: items), warnings: warnings)
    }
}
