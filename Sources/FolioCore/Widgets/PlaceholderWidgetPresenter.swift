import Foundation

/// Draws every widget as a framed placeholder naming its type and metric; used when no data
/// source is configured.
public struct PlaceholderWidgetPresenter: WidgetPresenter {
    let theme: Theme
    let reason: String

    public init(theme: Theme, reason: String = "no data source (use --workspace or a server)") {
        self.theme = theme
        self.reason = reason
    }

    public func present(_ widget: WidgetEmbed, width: Double, height: Double, measurer: TextMeasurer) -> WidgetPresentation {
        let type = widget.parameter("type") ?? "unknown"
        let metric = widget.parameter("metrics") ?? widget.name ?? ""
        let title = "\(type) widget" + (metric.isEmpty ? "" : ": \(metric)")
        let scene = Self.scene(title: title, detail: reason, width: width, height: min(height, 120), theme: theme)
        return WidgetPresentation(scene: scene, diagnostics: [.warning("widget '\(metric.isEmpty ? type : metric)' (\(type)): \(reason)", line: widget.line)])
    }

    /// A framed box with a bold title and a muted reason, centred.
    public static func scene(title: String, detail: String, width: Double, height: Double, theme: Theme) -> Scene {
        let c = theme.colors
        let size = theme.fonts.bodySize
        return Scene(width: width, height: height, items: [
            .path(.rect(SceneRect(x: 0.5, y: 0.5, width: width - 1, height: height - 1)), fill: c.placeholderBackground, stroke: SceneStroke(color: c.placeholderBorder, width: 1, dash: [4, 3])),
            .text(SceneText(title, at: ScenePoint(width / 2, height / 2 - 2), font: SceneFont(size: size, bold: true), color: c.text, anchor: .middle)),
            .text(SceneText(detail, at: ScenePoint(width / 2, height / 2 + size + 2), font: SceneFont(size: size * 0.85), color: c.muted, anchor: .middle)),
        ])
    }
}
