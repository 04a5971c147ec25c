import FolioCore

/// What stands in for a widget whose data is missing, empty or invalid: a dashed frame naming
/// the widget, with the reason wrapped underneath.
public struct Placeholder: Sendable, Equatable {
    /// e.g. "scalar widget 'loss'".
    public var widget: String
    /// e.g. "no task matches project=…".
    public var reason: String

    /// A placeholder spec.
    public init(widget: String, reason: String) {
        self.widget = widget
        self.reason = reason
    }

    /// The framed box filling `width` × `height`.
    public func build(
        width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer, warnings: [String] = []
    ) -> ChartResult {
        let inset = 4.0
        let pad = 12.0
        let titleFont = SceneFont(size: style.axisLabelSize + 1, bold: true)
        let reasonFont = SceneFont(size: style.axisLabelSize)
        let box = SceneRect(x: inset, y: inset, width: max(width - 2 * inset, 1), height: max(height - 2 * inset, 1))
        var items: [SceneItem] = [
            style.backgroundItem(width: width, height: height),
            .path(.rect(box), fill: nil, stroke: SceneStroke(color: style.axis, width: 1, dash: [4, 3])),
        ]
        let textWidth = max(box.width - 2 * pad, 10)
        let title = TextFitting(measurer: measurer, font: titleFont).truncated(widget, to: textWidth)
        var lines = TextFitting(measurer: measurer, font: reasonFont).wrapped(reason, to: textWidth)
        let lineHeight = reasonFont.size * 1.35
        let maxLines = max(Int((box.height - titleFont.size * 2) / lineHeight), 0)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            if let last = lines.popLast() {
                lines.append(TextFitting(measurer: measurer, font: reasonFont).truncated(last + "…", to: textWidth))
            }
        }
        // Centre the block (title + reason lines) vertically.
        let blockHeight = titleFont.size * 1.5 + Double(lines.count) * lineHeight
        var baseline = box.y + (box.height - blockHeight) / 2 + titleFont.size
        let cx = box.x + box.width / 2
        items.append(
            .text(SceneText(title, at: ScenePoint(cx, baseline), font: titleFont, color: style.text, anchor: .middle)))
        baseline += titleFont.size * 0.5 + lineHeight
        for line in lines {
            items.append(
                .text(
                    SceneText(
                        line, at: ScenePoint(cx, baseline), font: reasonFont, color: style.mutedText, anchor: .middle)))
            baseline += lineHeight
        }
        return ChartResult(scene: Scene(width: width, height: height, items: items), warnings: warnings)
    }
}
