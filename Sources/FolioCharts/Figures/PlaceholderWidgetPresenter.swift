import FolioCore

/// Draws every widget as a framed placeholder naming its type and metric, with a warning; used
/// when no data source is configured and for widgets a source could not answer.
public struct PlaceholderWidgetPresenter: WidgetPresenter {
    let style: ChartStyle
    let reason: String

    public init(theme: Theme, reason: String = "no data source (export with --workspace DIR or from a server)") {
        self.style = theme.chart
        self.reason = reason
    }

    public func present(_ widget: WidgetEmbed, width: Double, height: Double, measurer: TextMeasurer) -> WidgetPresentation {
        let label = Self.label(widget)
        let scene = Placeholder(widget: label, reason: reason).build(width: width, height: min(height, 120), style: style, measurer: measurer).scene
        return WidgetPresentation(scene: scene, diagnostics: [.warning("\(label): \(reason)", line: widget.line)])
    }

    /// `scalar widget 'loss'` (or the iframe's name when it has no metric).
    public static func label(_ widget: WidgetEmbed) -> String {
        let type = widget.parameter("type") ?? "unknown"
        let metric = widget.parameter("metrics") ?? widget.name
        return "\(type) widget" + (metric.map { " '\($0)'" } ?? "")
    }
}
