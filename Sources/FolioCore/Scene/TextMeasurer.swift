import Foundation

/// Measures one line of text, so pure-Swift stages (charts) can avoid overlaps without Pango.
/// The layout stage passes a Pango-backed measurer; tests use `ApproximateTextMeasurer`.
public protocol TextMeasurer: Sendable {
    /// Advance width of `text` set in `font`, in points.
    func width(of text: String, font: SceneFont) -> Double
}

/// A deterministic estimate (average glyph widths), good enough for tests and dumps.
public struct ApproximateTextMeasurer: TextMeasurer {
    public init() {}
    public func width(of text: String, font: SceneFont) -> Double {
        let perChar = font.monospace ? 0.6 : (font.bold ? 0.58 : 0.54)
        var total = 0.0
        for scalar in text.unicodeScalars {
            // CJK and emoji are roughly square.
            total += scalar.value >= 0x2E80 ? 1.0 : perChar
        }
        return total * font.size
    }
}
