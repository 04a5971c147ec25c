import Foundation

/// Everything a chart takes from the theme. Themes embed it as `"chart": {...}` with `#rrggbb`
/// colours; every key is required so a theme can never silently mix light and dark defaults.
public struct ChartStyle: Codable, Sendable, Equatable {
    /// Whole-chart background.
    public var background: Color
    /// Background of the plotting area inside the axes.
    public var plotBackground: Color
    /// Titles, tick labels, legend text.
    public var text: Color
    /// Secondary text: axis titles, captions, placeholder reasons.
    public var mutedText: Color
    /// Axis lines, frames and tick marks.
    public var axis: Color
    /// Gridlines: subtle but visible against `plotBackground`.
    public var grid: Color
    /// Series colours, used in order and cycled.
    public var palette: [Color]
    /// Stops of a sequential colour scale, low to high (heatmaps, parallel coordinates).
    public var sequential: [Color]
    /// Chart title size in points.
    public var titleSize: Double
    /// Axis title size in points.
    public var axisLabelSize: Double
    /// Tick label size in points.
    public var tickSize: Double
    /// Legend entry size in points.
    public var legendSize: Double
    /// Series line width in points.
    public var lineWidth: Double

    /// Memberwise initialiser.
    public init(
        background: Color, plotBackground: Color, text: Color, mutedText: Color, axis: Color, grid: Color,
        palette: [Color], sequential: [Color], titleSize: Double, axisLabelSize: Double, tickSize: Double,
        legendSize: Double, lineWidth: Double
    ) {
        self.background = background
        self.plotBackground = plotBackground
        self.text = text
        self.mutedText = mutedText
        self.axis = axis
        self.grid = grid
        self.palette = palette
        self.sequential = sequential
        self.titleSize = titleSize
        self.axisLabelSize = axisLabelSize
        self.tickSize = tickSize
        self.legendSize = legendSize
        self.lineWidth = lineWidth
    }

    /// The colour of series `index`, cycling through the palette.
    public func seriesColor(_ index: Int) -> Color {
        palette.isEmpty ? text : palette[index % palette.count]
    }

    /// The sequential scale sampled at `t` in 0...1 (linear between stops).
    public func sequentialColor(_ t: Double) -> Color {
        guard let first = sequential.first else { return text }
        guard sequential.count > 1, t.isFinite else { return first }
        let scaled = min(max(t, 0), 1) * Double(sequential.count - 1)
        let i = min(Int(scaled), sequential.count - 2)
        return sequential[i].mixed(with: sequential[i + 1], scaled - Double(i))
    }
}
