import FolioCore

/// The centred bold title line of a chart, with an optional muted subtitle under it
/// (Plotly's `Title<br><sup>comment</sup>`), shortened to the chart width.
struct ChartTitle {
    var title: String
    var subtitle: String?

    /// The text items from `top` down, and the y where the chart body may start.
    func items(width: Double, top: Double, pad: Double, style: ChartStyle, measurer: any TextMeasurer) -> (items: [SceneItem], bottom: Double) {
        var items: [SceneItem] = []
        var y = top
        func line(_ text: String, _ font: SceneFont, _ color: Color, ascent: Double, advance: Double) {
            let shown = TextFitting(measurer: measurer, font: font).truncated(text, to: width - 2 * pad)
            items.append(.text(SceneText(shown, at: ScenePoint(width / 2, y + ascent), font: font, color: color, anchor: .middle)))
            y += advance
        }
        if !title.isEmpty {
            line(title, SceneFont(size: style.titleSize, bold: true), style.text, ascent: style.titleSize * 0.9, advance: style.titleSize * 1.5)
        }
        if let subtitle, !subtitle.isEmpty {
            line(subtitle, SceneFont(size: style.axisLabelSize), style.mutedText, ascent: style.axisLabelSize * 0.6, advance: style.axisLabelSize * 1.5)
        }
        return (items, y)
    }
}
