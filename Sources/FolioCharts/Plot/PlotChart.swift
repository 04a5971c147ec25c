import FolioCore
import Foundation

/// A Cartesian Plotly-style figure: scatter, bar and heatmap traces over two axes that may be
/// linear, logarithmic or categorical, reversed or fixed to a range. Category positions are
/// indices (0, 1, …), so producers map text values before building.
public struct PlotChart: Sendable, Equatable {
    /// One axis of the chart.
    public struct Axis: Sendable, Equatable {
        /// How data values map onto the axis.
        public enum Kind: String, Sendable, Equatable { case linear, log, category }
        /// Axis title; nil for none.
        public var title: String?
        /// Linear, log (values > 0 only) or category (positions are indices into `categories`).
        public var kind: Kind
        /// Category names, by index (`kind == .category`).
        public var categories: [String]
        /// A fixed range in data units (for log axes in log10 units, as Plotly writes it).
        public var range: ClosedRange<Double>?
        /// High values to the left / top.
        public var reversed: Bool

        /// An axis spec.
        public init(
            title: String? = nil, kind: Kind = .linear, categories: [String] = [], range: ClosedRange<Double>? = nil,
            reversed: Bool = false
        ) {
            self.title = title
            self.kind = kind
            self.categories = categories
            self.range = range
            self.reversed = reversed
        }
    }

    /// How several bar traces share a position (Plotly `barmode`).
    public enum BarMode: String, Sendable, Equatable {
        case group, stack, relative, overlay
    }

    /// Title; empty for none.
    public var title: String
    /// Muted line under the title; nil for none.
    public var subtitle: String?
    /// Horizontal axis.
    public var x: Axis
    /// Vertical axis.
    public var y: Axis
    /// Traces in drawing and legend order.
    public var traces: [PlotTrace]
    /// How bar traces share positions.
    public var barMode: BarMode
    /// Gap between bar positions as a fraction of the position width (Plotly `bargap`).
    public var barGap: Double
    /// Legend visibility; nil shows it when more than one trace is named.
    public var showLegend: Bool?

    /// A chart spec.
    public init(
        title: String, subtitle: String? = nil, x: Axis = Axis(), y: Axis = Axis(), traces: [PlotTrace],
        barMode: BarMode = .group, barGap: Double = 0.2, showLegend: Bool? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.x = x
        self.y = y
        self.traces = traces
        self.barMode = barMode
        self.barGap = barGap
        self.showLegend = showLegend
    }
}

/// One trace of a `PlotChart`.
public enum PlotTrace: Sendable, Equatable {
    case scatter(ScatterTrace)
    case bar(BarTrace)
    case heatmap(HeatmapTrace)

    /// The legend name.
    public var name: String {
        switch self {
        case .scatter(let t): t.name
        case .bar(let t): t.name
        case .heatmap(let t): t.name
        }
    }
}

/// Points joined by lines and/or drawn as markers or text (Plotly `scatter` / `scattergl`).
public struct ScatterTrace: Sendable, Equatable {
    /// How the area under or between lines is filled.
    public enum Fill: String, Sendable, Equatable { case none, toZeroY, toNextY }
    /// Legend text.
    public var name: String
    /// Positions along x (category indices on category axes); NaN leaves a gap.
    public var x: [Double]
    /// Positions along y.
    public var y: [Double]
    /// Join the points.
    public var lines: Bool
    /// Draw a dot at each point.
    public var markers: Bool
    /// Per-point labels drawn at the points (mode `text`); nil for none.
    public var text: [String]?
    /// Dash pattern in points; empty for solid.
    public var dash: [Double]
    /// Line width; nil uses the theme's.
    public var lineWidth: Double?
    /// Marker diameter in points.
    public var markerSize: Double
    /// The trace colour; nil takes the palette colour of its index.
    public var color: Color?
    /// Per-point marker colours; nil uses `color`.
    public var markerColors: [Color]?
    /// Area fill.
    public var fill: Fill
    /// Whether the trace appears in the legend.
    public var showInLegend: Bool

    /// A scatter trace.
    public init(
        name: String, x: [Double], y: [Double], lines: Bool = true, markers: Bool = false, text: [String]? = nil,
        dash: [Double] = [], lineWidth: Double? = nil, markerSize: Double = 6, color: Color? = nil,
        markerColors: [Color]? = nil, fill: Fill = .none, showInLegend: Bool = true
    ) {
        self.name = name
        self.x = x
        self.y = y
        self.lines = lines
        self.markers = markers
        self.text = text
        self.dash = dash
        self.lineWidth = lineWidth
        self.markerSize = markerSize
        self.color = color
        self.markerColors = markerColors
        self.fill = fill
        self.showInLegend = showInLegend
    }
}

/// Bars at positions (Plotly `bar`, and binned `histogram`).
public struct BarTrace: Sendable, Equatable {
    /// Legend text.
    public var name: String
    /// Bar positions (category indices on category axes); along y when `horizontal`.
    public var positions: [Double]
    /// Bar lengths; NaN means no bar.
    public var values: [Double]
    /// Bars grow along x from positions on y (Plotly `orientation: "h"`).
    public var horizontal: Bool
    /// Bar width in position units; nil derives it from the closest positions.
    public var width: Double?
    /// The trace colour; nil takes the palette colour of its index.
    public var color: Color?
    /// Opacity of the bars (overlaid histograms are translucent).
    public var opacity: Double
    /// Whether the trace appears in the legend.
    public var showInLegend: Bool

    /// A bar trace.
    public init(
        name: String, positions: [Double], values: [Double], horizontal: Bool = false, width: Double? = nil,
        color: Color? = nil, opacity: Double = 1, showInLegend: Bool = true
    ) {
        self.name = name
        self.positions = positions
        self.values = values
        self.horizontal = horizontal
        self.width = width
        self.color = color
        self.opacity = opacity
        self.showInLegend = showInLegend
    }
}

/// A matrix of values coloured through a scale, cells centred on integer positions
/// (Plotly `heatmap`: row `i` of `z` sits at y position `i`).
public struct HeatmapTrace: Sendable, Equatable {
    /// Legend text (heatmaps are not listed in the legend).
    public var name: String
    /// Rows of values; NaN cells stay empty.
    public var z: [[Double]]
    /// The colour scale; no stops uses the theme's sequential scale.
    public var scale: ColorScale
    /// Value range of the scale; nil uses the data's.
    public var zRange: ClosedRange<Double>?
    /// Per-cell text, by row; drawn when the cells are large enough.
    public var text: [[String]]?
    /// Whether a colour bar is drawn beside the plot.
    public var showScale: Bool

    /// A heatmap trace.
    public init(
        name: String, z: [[Double]], scale: ColorScale, zRange: ClosedRange<Double>? = nil, text: [[String]]? = nil,
        showScale: Bool = true
    ) {
        self.name = name
        self.z = z
        self.scale = scale
        self.zRange = zRange
        self.text = text
        self.showScale = showScale
    }

    /// The value range of the colours.
    var valueRange: (lo: Double, hi: Double)? {
        if let zRange { return (zRange.lowerBound, zRange.upperBound) }
        var lo = Double.infinity, hi = -Double.infinity
        for row in z { for v in row where v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
        return lo <= hi ? (lo, hi) : nil
    }
}
