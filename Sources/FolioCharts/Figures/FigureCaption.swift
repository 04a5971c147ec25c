import FolioCore

/// The one-line caption under a sample figure, centred and shortened to the width.
struct FigureCaption {
    var text: String
    var style: ChartStyle
    var measurer: any TextMeasurer

    var font: SceneFont { SceneFont(size: style.tickSize + 1) }
    /// Height taken below the figure, zero without text.
    var height: Double { text.isEmpty ? 0 : font.size * 1.8 }

    func items(width: Double, top: Double) -> [SceneItem] {
        guard !text.isEmpty else { return [] }
        let shown = TextFitting(measurer: measurer, font: font).truncated(text, to: width - 4)
        let baseline = top + font.size * 1.3
        return [
            .text(
                SceneText(
                    shown, at: ScenePoint(width / 2, baseline), font: font, color: style.mutedText, anchor: .middle))
        ]
    }
}
