import FolioCore

/// Turns one series into polyline segments in scene coordinates, in one O(n) pass.
///
/// NaN starts a new segment (a gap, as Plotly draws `null`), except when decimating and the gap
/// is narrower than a column: it could not be seen and would only multiply segments and markers.
/// ±infinity is dropped and counted.
/// When `columnWidth` is set, consecutive points falling in the same column of that width keep
/// only their first, minimum, maximum and last point, in original order: the drawn envelope is
/// unchanged at that resolution while a million points shrink to a few per column.
struct Decimator {
    /// Scene x = `xScale` × data x + `xOffset`; likewise for y.
    var xScale: Double, xOffset: Double, yScale: Double, yOffset: Double
    /// Column width in points, or nil to keep every point.
    var columnWidth: Double?

    struct Output {
        var segments: [[ScenePoint]] = []
        var droppedInfinite = 0
    }

    /// The segments of the series given by `x` and `y` (the shorter length wins).
    func run(x: [Double], y: [Double]) -> Output {
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in run(xs, ys, count: min(x.count, y.count)) }
        }
    }

    /// The loop proper, for a million points most of a chart's build time. A column is tracked
    /// by the indices of its first, lowest, highest and last point (compared in data units: the
    /// same two extremes whichever way the axis points); points are made only when it is emitted.
    private func run(_ xs: UnsafeBufferPointer<Double>, _ ys: UnsafeBufferPointer<Double>, count n: Int) -> Output {
        var out = Output()
        var current: [ScenePoint] = []
        let (xScale, xOffset, yScale, yOffset) = (self.xScale, self.xOffset, self.yScale, self.yOffset)
        @inline(__always) func point(_ k: Int) -> ScenePoint { ScenePoint(xs[k] * xScale + xOffset, ys[k] * yScale + yOffset) }
        guard let width = columnWidth else {
            for i in 0..<n {
                let xv = xs[i], yv = ys[i]
                if (xv - xv) + (yv - yv) == 0 {
                    current.append(point(i))
                } else if xv.isNaN || yv.isNaN {
                    if !current.isEmpty { out.segments.append(current) }
                    current = []
                } else {
                    out.droppedInfinite += 1
                }
            }
            if !current.isEmpty { out.segments.append(current) }
            return out
        }
        /// f <= min(lo, hi) <= max(lo, hi) <= l: emitting in that order, repeats skipped, keeps
        /// the original order.
        func emit(_ f: Int, _ lo: Int, _ hi: Int, _ l: Int) {
            let (a, b) = lo <= hi ? (lo, hi) : (hi, lo)
            current.append(point(f))
            if a != f { current.append(point(a)) }
            if b != a && b != f { current.append(point(b)) }
            if l != b && l != a && l != f { current.append(point(l)) }
        }
        // The current column as [columnLo, columnHi): two comparisons per point instead of a
        // floor and an integer conversion. NaN bounds: no column is open yet.
        var columnLo = Double.nan, columnHi = Double.nan
        var f = 0, lo = 0, hi = 0, l = 0
        var loY = 0.0, hiY = 0.0
        var gap = false
        for i in 0..<n {
            let xv = xs[i], yv = ys[i]
            // x - x is NaN for both NaN and ±inf: one test for the common "both finite" case.
            if (xv - xv) + (yv - yv) != 0 {
                if xv.isNaN || yv.isNaN { gap = true } else { out.droppedInfinite += 1 }
                continue
            }
            let px = xv * xScale + xOffset
            if px >= columnLo && px < columnHi {
                // Gaps narrower than a column cannot be seen: they are not drawn.
                if yv < loY { loY = yv; lo = i }
                if yv > hiY { hiY = yv; hi = i }
                l = i
                gap = false
                continue
            }
            if columnLo == columnLo {
                emit(f, lo, hi, l)
                if gap && abs(px - (xs[l] * xScale + xOffset)) >= width && !current.isEmpty {
                    out.segments.append(current)
                    current = []
                }
            }
            columnLo = (px / width).rounded(.down) * width
            columnHi = columnLo + width
            (f, lo, hi, l) = (i, i, i, i)
            (loY, hiY) = (yv, yv)
            gap = false
        }
        if columnLo == columnLo { emit(f, lo, hi, l) }
        if !current.isEmpty { out.segments.append(current) }
        return out
    }
}
