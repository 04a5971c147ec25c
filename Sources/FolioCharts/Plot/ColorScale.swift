import FolioCore

/// A continuous colour scale: stops at positions 0...1, linear in sRGB between them
/// (Plotly's `colorscale`, named or explicit, and the theme's sequential scale).
public struct ColorScale: Sendable, Equatable {
    /// One stop of the scale.
    public struct Stop: Sendable, Equatable {
        /// Position in 0...1.
        public var position: Double
        /// The colour at that position.
        public var color: Color
        /// A stop.
        public init(_ position: Double, _ color: Color) {
            self.position = position
            self.color = color
        }
    }

    /// Stops sorted by position.
    public var stops: [Stop]

    /// A scale from stops (sorted here; positions outside 0...1 are clamped).
    public init(stops: [Stop]) {
        self.stops = stops.map { Stop(min(max($0.position, 0), 1), $0.color) }.sorted { $0.position < $1.position }
    }

    /// Evenly spaced colours, low to high.
    public init(colors: [Color]) {
        let n = max(colors.count - 1, 1)
        self.init(stops: colors.enumerated().map { Stop(Double($0.offset) / Double(n), $0.element) })
    }

    /// The theme's sequential scale.
    public static func sequential(_ style: ChartStyle) -> ColorScale { ColorScale(colors: style.sequential) }

    /// The colour at `t` in 0...1 (clamped; NaN gives the lowest colour).
    public func color(_ t: Double) -> Color {
        guard let first = stops.first, let last = stops.last else { return Color(red: 0, green: 0, blue: 0) }
        guard t.isFinite, t > first.position else { return first.color }
        if t >= last.position { return last.color }
        var i = 1
        while stops[i].position < t { i += 1 }
        let a = stops[i - 1], b = stops[i]
        let span = b.position - a.position
        return span > 0 ? a.color.mixed(with: b.color, (t - a.position) / span) : b.color
    }

    /// The same scale high to low (Plotly `reversescale`).
    public var reversed: ColorScale {
        ColorScale(stops: stops.map { Stop(1 - $0.position, $0.color) })
    }

    /// Plotly's built-in scales by name (case-insensitive); nil for unknown names.
    public static func named(_ name: String) -> ColorScale? {
        guard let hexes = named[name.lowercased()] else { return nil }
        return ColorScale(colors: hexes.compactMap { Color(hex: $0) })
    }

    private static let named: [String: [String]] = [
        "viridis": ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"],
        "cividis": ["#00224e", "#123570", "#3b496c", "#575d6d", "#707173", "#8a8678", "#a59c74", "#c3b369", "#e1cc55", "#fee838"],
        "blues": ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
        "greens": ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"],
        "reds": ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"],
        "greys": ["#000000", "#ffffff"],
        "ylgnbu": ["#081d58", "#253494", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4", "#edf8d9", "#ffffd9"],
        "ylorrd": ["#800026", "#bd0026", "#e31a1c", "#fc4e2a", "#fd8d3c", "#feb24c", "#fed976", "#ffeda0", "#ffffcc"],
        "rdbu": ["#050aac", "#6a89f7", "#bebebe", "#dcaa84", "#e6915a", "#b20a1c"],
        "bluered": ["#0000ff", "#ff0000"],
        "hot": ["#000000", "#e60000", "#ffd200", "#ffffff"],
        "jet": ["#000083", "#003caa", "#05ffff", "#ffff00", "#fa0000", "#800000"],
        "electric": ["#000000", "#1e0064", "#780064", "#a05a00", "#e6c800", "#fffadc"],
        "plasma": ["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"],
        "inferno": ["#000004", "#1b0c41", "#4a0c6b", "#781c6d", "#a52c60", "#cf4446", "#ed6925", "#fb9b06", "#f7d13d", "#fcffa4"],
        "magma": ["#000004", "#180f3d", "#440f76", "#721f81", "#9e2f7f", "#cd4071", "#f1605d", "#fd9668", "#feca8d", "#fcfdbf"],
        "portland": ["#0c3383", "#0a88ba", "#f2d338", "#f28f38", "#d91e1e"],
        "picnic": ["#0000ff", "#3399ff", "#66ccff", "#99ccff", "#ccccff", "#ffffff", "#ffccff", "#ff99ff", "#ff66cc", "#ff6666", "#ff0000"],
        "earth": ["#000082", "#00b4b4", "#28d228", "#e6e632", "#784614", "#ffffff"],
        "blackbody": ["#000000", "#e60000", "#e6d200", "#ffffff", "#a0c8ff"],
    ]
}
