import FolioCore
import Foundation

/// CSS colour text as Plotly accepts it: `#rgb`, `#rrggbb`, `rgb()`, `rgba()` and common names.
public enum PlotColor {
    /// The colour, or nil when the text is not understood.
    public static func parse(_ text: String) -> Color? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("#") { return Color(hex: s) }
        if s.hasPrefix("rgb"), let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")") {
            let parts = s[s.index(after: open)..<close].split(separator: ",").map {
                Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: ""))
            }
            guard parts.count >= 3, let r = parts[0], let g = parts[1], let b = parts[2] else { return nil }
            let a = parts.count > 3 ? (parts[3] ?? 1) : 1
            return Color(red: r / 255, green: g / 255, blue: b / 255, alpha: a)
        }
        return names[s].flatMap { Color(hex: $0) }
    }

    private static let names: [String: String] = [
        "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "yellow": "#ffff00", "orange": "#ffa500", "purple": "#800080", "gray": "#808080", "grey": "#808080",
        "lightgray": "#d3d3d3", "lightgrey": "#d3d3d3", "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9",
        "steelblue": "#4682b4", "royalblue": "#4169e1", "navy": "#000080", "teal": "#008080", "cyan": "#00ffff",
        "magenta": "#ff00ff", "pink": "#ffc0cb", "brown": "#a52a2a", "firebrick": "#b22222", "crimson": "#dc143c",
        "tomato": "#ff6347", "coral": "#ff7f50", "gold": "#ffd700", "olive": "#808000", "lime": "#00ff00",
        "indigo": "#4b0082", "violet": "#ee82ee", "salmon": "#fa8072", "darkblue": "#00008b", "darkgreen": "#006400",
        "darkred": "#8b0000", "darkorange": "#ff8c00", "skyblue": "#87ceeb", "lightblue": "#add8e6",
        "seagreen": "#2e8b57", "forestgreen": "#228b22", "slategray": "#708090", "indianred": "#cd5c5c",
        "mediumpurple": "#9370db", "lightgreen": "#90ee90", "silver": "#c0c0c0", "maroon": "#800000",
    ]
}
