/// Fixed two-decimal number text for SVG and dumps: locale-free, no `-0.00`, and much faster
/// than `String(format:)` on Linux, which matters for long polylines.
enum Fixed {
    /// `v` rounded to two decimals, e.g. `12.50`, `-0.25`, `0.00`.
    static func two(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        let scaled = (v * 100).rounded()
        guard abs(scaled) < 9e15 else { return String(v) }
        let i = Int(scaled)
        if i == 0 { return "0.00" }
        let m = i.magnitude
        let frac = m % 100
        return (i < 0 ? "-" : "") + String(m / 100) + (frac < 10 ? ".0" : ".") + String(frac)
    }
}
