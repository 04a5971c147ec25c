import FolioCore

extension ChartStyle {
    /// Light default: near-black text (15.8:1), muted text 6:1, series colours all ≥ 3:1 on white
    /// (WCAG non-text contrast), so the usual tab10 orange/olive/cyan/pink are darkened.
    public static let light = standard(
        background: "#ffffff", plotBackground: "#ffffff", text: "#1f2328", mutedText: "#5c636b", axis: "#8c959f",
        grid: "#e3e6ea",
        palette: [
            "#1f77b4", "#e6550d", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#c2418f", "#5f6b6d", "#8a8a00",
            "#00796b", "#5b3cc4", "#b8860b",
        ])

    /// Dark default: light text on a charcoal background, brighter series colours (≥ 5:1).
    public static let dark = standard(
        background: "#16191d", plotBackground: "#1e2227", text: "#e6e8eb", mutedText: "#a3abb4", axis: "#6e7781",
        grid: "#343a41",
        palette: [
            "#5aa9e6", "#ff9f43", "#6fd672", "#ff6b6b", "#c3a6ff", "#d7a88a", "#f48fb1", "#c0c6cc", "#dce775",
            "#4dd0e1", "#8c9eff", "#ffd54f",
        ])

    /// The built-in sizes and the viridis scale (perceptually uniform, readable in greyscale, fine
    /// on either background) around a set of colours.
    private static func standard(
        background: String, plotBackground: String, text: String, mutedText: String, axis: String, grid: String,
        palette: [String]
    ) -> ChartStyle {
        ChartStyle(
            background: hex(background), plotBackground: hex(plotBackground), text: hex(text),
            mutedText: hex(mutedText),
            axis: hex(axis), grid: hex(grid), palette: palette.map(hex),
            sequential: ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"].map(hex), titleSize: 12,
            axisLabelSize: 9, tickSize: 8, legendSize: 8, lineWidth: 1.25)
    }

    private static func hex(_ text: String) -> Color {
        guard let c = Color(hex: text) else { preconditionFailure("bad built-in colour \(text)") }
        return c
    }

    /// A full-size background rectangle, the first item of every scene.
    func backgroundItem(width: Double, height: Double) -> SceneItem {
        .path(.rect(SceneRect(x: 0, y: 0, width: width, height: height)), fill: background, stroke: nil)
    }
}
