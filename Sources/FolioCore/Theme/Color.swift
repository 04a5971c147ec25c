// FolioCore: the value types every stage shares (colour, scene, document model, theme).
import Foundation

/// An sRGB colour with alpha, components in 0...1.
public struct Color: Sendable, Hashable, Codable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `#rgb`, `#rrggbb` or `#rrggbbaa` (the `#` is optional; white space around it is
    /// ignored). Read byte by byte: a theme holds about eighty colours, read on the way to the
    /// fonts, and String's character view costs microseconds a colour.
    public init?(hex: String) {
        var digits = hex.trimmingWhitespace().utf8[...]
        if digits.first == UInt8(ascii: "#") { digits = digits.dropFirst() }
        let count = digits.count
        guard count == 3 || count == 6 || count == 8 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard let nibble = byte.asciiHexDigitValue else { return nil }
            // `#abc` is `#aabbcc`: each digit doubled.
            value = count == 3 ? value << 8 | UInt64(nibble) << 4 | UInt64(nibble) : value << 4 | UInt64(nibble)
        }
        let hasAlpha = count == 8
        let rgb = hasAlpha ? value >> 8 : value
        red = Double((rgb >> 16) & 0xff) / 255
        green = Double((rgb >> 8) & 0xff) / 255
        blue = Double(rgb & 0xff) / 255
        alpha = hasAlpha ? Double(value & 0xff) / 255 : 1
    }

    /// `#rrggbb`, or `#rrggbbaa` when not opaque; stable text for dumps, CSS and SVG.
    public var hex: String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            return String(format: "%02x", b)
        }
        let base = "#" + byte(red) + byte(green) + byte(blue)
        return alpha >= 1 ? base : base + byte(alpha)
    }

    /// The same colour with another alpha.
    public func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }

    /// Linear interpolation towards `other` (t = 0 gives self).
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }

    /// WCAG 2 relative luminance.
    public var relativeLuminance: Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG 2 contrast ratio between two opaque colours (1...21).
    public func contrastRatio(against other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Color(hex: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a colour: '\(text)' (expected #rrggbb)"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hex)
    }
}
