// FolioCharts: chart specs + ChartStyle + size + TextMeasurer -> vector Scene; Scene -> SVG / text dump.
import FolioCore

/// What every chart builder returns: the scene plus human-readable warnings about the data
/// (dropped infinities, empty series, undecodable images), for the caller's diagnostics.
public struct ChartResult: Sendable, Equatable {
    /// The drawing, sized as requested (or to its natural height for tables).
    public var scene: Scene
    /// Problems found in the input that did not stop the drawing.
    public var warnings: [String]

    /// Wraps a scene and its warnings.
    public init(scene: Scene, warnings: [String] = []) {
        self.scene = scene
        self.warnings = warnings
    }
}
