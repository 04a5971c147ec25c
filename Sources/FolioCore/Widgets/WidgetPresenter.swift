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
    public init(scene: Scene, diagnostics: [Diagnostic] = []) {
        self.scene = scene
        self.diagnostics = diagnostics
    }
}
