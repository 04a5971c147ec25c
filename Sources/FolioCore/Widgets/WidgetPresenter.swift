import Foundation

/// Turns a widget embed into something drawable at a given size. The default one draws a
/// placeholder; the widgets stage supplies one backed by real data.
public protocol WidgetPresenter: Sendable {
    func present(_ widget: WidgetEmbed, width: Double, height: Double, measurer: TextMeasurer) -> WidgetPresentation
}

/// A widget ready to draw, and what went wrong getting it.
public struct WidgetPresentation: Sendable {
    public var scene: Scene
    public var diagnostics: [Diagnostic]
    /// Document blocks to lay out instead of the scene (a Plotly table becomes a real table that
    /// breaks across pages with its header repeated).
    public var blocks: [Block]?
    public init(scene: Scene, diagnostics: [Diagnostic] = [], blocks: [Block]? = nil) {
        self.scene = scene
        self.diagnostics = diagnostics
        self.blocks = blocks
    }
}
