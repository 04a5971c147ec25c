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

    /// First, minimum, maximum and last point of one column, with their indices.
    private struct Bucket {
        var fI: Int, mnI: Int, mxI: Int, lI: Int
        var fP: ScenePoint, mnP: ScenePoint, mxP: ScenePoint, lP: ScenePoint

        init(_ i: Int, _ p: ScenePoint) {
            (fI, mnI, mxI, lI) = (i, i, i, i)
            (fP, mnP, mxP, lP) = (p, p, p, p)
        }

        @inline(__always) mutating func add(_ i: Int, _ p: ScenePoint) {
            if p.y < mnP.y { (mnI, mnP) = (i, p) }
            if p.y > mxP.y { (mxI, mxP) = (i, p) }
            (lI, lP) = (i, p)
        }

        /// f <= min(mn, mx) <= max(mn, mx) <= l, so emitting in that order with repeated indices
        /// skipped keeps the original order.
        func emit(into points: inout [ScenePoint]) {
            let (aI, aP, bI, bP) = mnI <= mxI ? (mnI, mnP, mxI, mxP) : (mxI, mxP, mnI, mnP)
            points.append(fP)
            if aI != fI { points.append(aP) }
            if bI != aI && bI != fI { points.append(bP) }
            if lI != bI && lI != aI && lI != fI { points.append(lP) }
        }
    }

    /// The segments of the series given by `x` and `y` (the shorter length wins).
    func run(x: [Double], y: [Double]) -> Output {
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in run(xs, ys, count: min(x.count, y.count)) }
        }
    }

    /// The loop proper, with all its state in locals (a closure's captured variables would be
    /// kept in memory): for a million points it is most of a chart's build time.
    private func run(_ xs: UnsafeBufferPointer<Double>, _ ys: UnsafeBufferPointer<Double>, count n: Int) -> Output {
        var out = Output()
        var current: [ScenePoint] = []
        var bucket = Bucket(0, ScenePoint(0, 0))
        // The current column as [columnLo, columnHi): two comparisons per point instead of a
        // floor and an integer conversion. NaN bounds: no column is open yet.
        var columnLo = Double.nan
        var columnHi = Double.nan
        var gap = false
        var lastX = 0.0
        let width = columnWidth ?? 1
        let decimate = columnWidth != nil
        let (xScale, xOffset, yScale, yOffset) = (self.xScale, self.xOffset, self.yScale, self.yOffset)
        for i in 0..<n {
            let xv = xs[i]
            let yv = ys[i]
            // x - x is NaN for both NaN and ±inf: one test for the common "both finite" case.
            if (xv - xv) + (yv - yv) != 0 {
                if xv.isNaN || yv.isNaN {
                    if decimate {
                        gap = true
                    } else if !current.isEmpty {
                        out.segments.append(current)
                        current = []
                    }
                } else {
                    out.droppedInfinite += 1
                }
                continue
            }
            let p = ScenePoint(xv * xScale + xOffset, yv * yScale + yOffset)
            if !decimate {
                current.append(p)
                continue
            }
            if p.x >= columnLo && p.x < columnHi {
                // Gaps narrower than a column cannot be seen: they are not drawn.
                bucket.add(i, p)
            } else {
                if columnLo == columnLo { bucket.emit(into: &current) }
                if gap && abs(p.x - lastX) >= width && !current.isEmpty {
                    out.segments.append(current)
                    current = []
                }
                columnLo = (p.x / width).rounded(.down) * width
                columnHi = columnLo + width
                bucket = Bucket(i, p)
            }
            gap = false
            lastX = p.x
        }
        if columnLo == columnLo { bucket.emit(into: &current) }
        if !current.isEmpty { out.segments.append(current) }
        return out
    }
}
