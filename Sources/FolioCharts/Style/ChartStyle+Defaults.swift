import FolioCore

extension ChartStyle {
    /// Light default: near-black text (15.8:1), muted text 6:1, series colours all ≥ 3:1 on white
    /// (WCAG non-text contrast), so the usual tab10 orange/olive/cyan/pink are darkened.
    public static let light = ChartStyle(
        background: hex("#ffffff"), plotBackground: hex("#ffffff"), text: hex("#1f2328"),
        mutedText: hex("#5c636b"), axis: hex("#8c959f"), grid: hex("#e3e6ea"),
        palette: [
            "#1f77b4", "#e6550d", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#c2418f", "#5f6b6d",
            "#8a8a00", "#00796b", "#5b3cc4", "#b8860b",
        ].map(hex),
        sequential: viridis, titleSize: 12, axisLabelSize: 9, tickSize: 8, legendSize: 8, lineWidth: 1.25)

    /// Dark default: light text on a charcoal background, brighter series colours (≥ 5:1).
    public static let dark = ChartStyle(
        background: hex("#16191d"), plotBackground: hex("#1e2227"), text: hex("#e6e8eb"),
        mutedText: hex("#a3abb4"), axis: hex("#6e7781"), grid: hex("#343a41"),
        palette: [
            "#5aa9e6", "#ff9f43", "#6fd672", "#ff6b6b", "#c3a6ff", "#d7a88a", "#f48fb1", "#c0c6cc",
            "#dce775", "#4dd0e1", "#8c9eff", "#ffd54f",
        ].map(hex),
        sequential: viridis, titleSize: 12, axisLabelSize: 9, tickSize: 8, legendSize: 8, lineWidth: 1.25)

    /// Viridis: perceptually uniform and readable in greyscale, on either background.
    static let viridis = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"].map(hex)

    private static func hex(_ text: String) -> Color {
        guard let c = Color(hex: text) else { preconditionFailure("bad built-in colour \(text)") }
        return c
    }
}
