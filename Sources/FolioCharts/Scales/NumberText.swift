import Foundation

/// Locale-free number text for tick labels and single values.
enum NumberText {
    private static let siPrefixes: [(Int, String)] = [(18, "E"), (15, "P"), (12, "T"), (9, "G"), (6, "M"), (3, "k")]

    /// Labels for ticks sharing one step, like Plotly's: trailing zeros trimmed per label
    /// (`0.5 1 1.5`), SI suffixes (k, M, G…) for large magnitudes, `e` notation for tiny ones.
    static func tickLabels(_ ticks: NiceTicks) -> [String] {
        let biggest = ticks.values.map(abs).max() ?? 0
        if biggest >= 1e5 && biggest < 1e21 {
            // Scale so the largest label has at most three integer digits.
            let power = siPrefixes.first { biggest >= pow(10, Double($0.0)) }!
            let decimals = max(0, power.0 - ticks.exponent)
            return ticks.values.map { v in
                v == 0 ? "0" : trimmed(fixed(v / pow(10, Double(power.0)), decimals)) + power.1
            }
        }
        if biggest >= 1e21 || (biggest > 0 && biggest < 1e-3) {
            return ticks.values.map { $0 == 0 ? "0" : scientific($0, significant: 3) }
        }
        let decimals = max(0, -ticks.exponent)
        return ticks.values.map { trimmed(fixed($0, decimals)) }
    }

    /// A single value as ClearML users expect it: up to `significant` digits, trailing zeros
    /// trimmed, `e` notation outside 1e-4 ..< 1e9.
    static func value(_ v: Double, significant: Int = 6) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "∞" : "-∞" }
        if v == 0 { return "0" }
        let magnitude = abs(v)
        if magnitude >= 1e9 || magnitude < 1e-4 { return scientific(v, significant: significant) }
        let intDigits = Int(floor(log10(magnitude))) + 1
        return trimmed(fixed(v, max(0, significant - intDigits)))
    }

    /// `v` with exactly `decimals` decimals, never `-0`.
    static func fixed(_ v: Double, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", v)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// `1.5e-5` / `2e+21` style, trailing zeros trimmed.
    static func scientific(_ v: Double, significant: Int) -> String {
        let text = String(format: "%.\(max(significant - 1, 0))e", v)
        guard let e = text.firstIndex(of: "e") else { return text }
        let mantissa = trimmed(String(text[..<e]))
        var exponent = String(text[text.index(after: e)...])
        // "e-05" -> "e-5": C pads the exponent to two digits.
        let sign = exponent.removeFirst()
        while exponent.count > 1 && exponent.hasPrefix("0") { exponent.removeFirst() }
        return mantissa + "e" + (sign == "-" ? "-" : "+") + exponent
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var t = Substring(text)
        while t.hasSuffix("0") { t = t.dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        return String(t)
    }
}
