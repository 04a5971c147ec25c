import FolioCore

/// Tick positions (data units) with their label text, for one axis.
struct AxisTicks: Sendable, Equatable {
    var values: [Double]
    var labels: [String]

    /// Linear ticks for `lo...hi` with about `target` intervals.
    static func linear(lo: Double, hi: Double, target: Int) -> AxisTicks {
        let nice = NiceTicks(lo: lo, hi: hi, target: target)
        return AxisTicks(values: nice.values, labels: NumberText.tickLabels(nice))
    }

    /// The densest ticks from `make(target)` whose labels do not collide along an axis `length`
    /// points long showing `span` data units; `extent` gives a label's size along the axis
    /// (width for x, line height for y).
    static func fitting(
        length: Double, span: Double, preferredSpacing: Double, extent: (String) -> Double,
        make: (Int) -> AxisTicks
    ) -> AxisTicks {
        var target = max(Int(length / preferredSpacing), 1)
        while true {
            let ticks = make(target)
            if target <= 1 || ticks.values.count < 2 { return ticks }
            let spacing = length * (ticks.values[1] - ticks.values[0]) / span
            let widest = ticks.labels.map(extent).max() ?? 0
            // A 40% gap between neighbouring labels keeps them readable as separate numbers.
            if widest * 1.4 <= spacing { return ticks }
            target = min(target - 1, max(ticks.values.count - 2, 1))
        }
    }
}
