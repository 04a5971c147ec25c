import Foundation

/// "Nice" linear tick positions: steps of 1, 2 or 5 × 10^k, values computed without
/// accumulating float error (so 0.3 is 0.3, not 0.30000000000000004).
struct NiceTicks: Sendable, Equatable {
    /// The step as `mantissa × 10^exponent`, mantissa in {1, 2, 5}.
    var mantissa: Int
    var exponent: Int
    /// Tick values inside the range, ascending.
    var values: [Double]

    /// The step in data units.
    var step: Double { value(1) }

    /// Ticks inside `lo...hi` aiming at about `target` intervals (at least 1).
    init(lo: Double, hi: Double, target: Int) {
        let span = hi - lo
        let raw = span > 0 && span.isFinite ? span / Double(max(target, 1)) : 1
        var exponent = Int(floor(log10(raw)))
        let residual = raw / pow(10, Double(exponent))
        var mantissa: Int
        switch residual {
        case ..<1.5: mantissa = 1
        case ..<3.5: mantissa = 2
        case ..<7.5: mantissa = 5
        default:
            mantissa = 1
            exponent += 1
        }
        self.mantissa = mantissa
        self.exponent = exponent
        self.values = []
        let unit = Double(mantissa) * pow(10, Double(exponent))
        // A tiny tolerance keeps end ticks that equal the bounds up to rounding.
        let eps = unit * 1e-9
        let first = (lo / unit - 1e-9).rounded(.up)
        let last = (hi / unit + 1e-9).rounded(.down)
        guard first.isFinite, last.isFinite, last - first < 10_000 else { return }
        var k = first
        while k <= last {
            let v = value(k)
            if v >= lo - eps && v <= hi + eps { values.append(v == 0 ? 0 : v) }
            k += 1
        }
    }

    /// `k` steps from zero; dividing by an exact power of ten rounds correctly.
    func value(_ k: Double) -> Double {
        let m = k * Double(mantissa)
        return exponent >= 0 ? m * pow(10, Double(exponent)) : m / pow(10, Double(-exponent))
    }

    /// The data range to show for values `lo...hi`: the exact span plus `padding` of it on both
    /// sides, or a unit-ish window around a constant.
    static func paddedRange(lo: Double, hi: Double, padding: Double) -> (lo: Double, hi: Double) {
        if hi > lo { return (lo - (hi - lo) * padding, hi + (hi - lo) * padding) }
        let half = lo == 0 ? 1 : abs(lo) * 0.1
        return (lo - half, hi + half)
    }
}
