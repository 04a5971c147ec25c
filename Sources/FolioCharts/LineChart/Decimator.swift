import FolioCore

/// Turns one series into polyline segments in scene coordinates, in one O(n) pass.
///
/// NaN starts a new segment (a gap, as Plotly draws `null`); ±infinity is dropped and counted.
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

    func run(x: [Double], y: [Double]) -> Output {
        let n = min(x.count, y.count)
        var out = Output()
        var current: [ScenePoint] = []
        // Bucket state for the column being filled: indices and points of first/min/max/last.
        var column = Int.min
        var fI = 0, mnI = 0, mxI = 0, lI = 0
        var fP = ScenePoint(0, 0), mnP = fP, mxP = fP, lP = fP
        var open = false
        let inverseWidth = columnWidth.map { 1 / $0 }

        func flush() {
            guard open else { return }
            open = false
            // f <= min(mn, mx) <= max(mn, mx) <= l, so emitting in that order with duplicate
            // indices skipped keeps the original order.
            let (aI, aP, bI, bP) = mnI <= mxI ? (mnI, mnP, mxI, mxP) : (mxI, mxP, mnI, mnP)
            current.append(fP)
            if aI != fI { current.append(aP) }
            if bI != aI && bI != fI { current.append(bP) }
            if lI != bI && lI != aI && lI != fI { current.append(lP) }
        }
        func endSegment() {
            flush()
            if !current.isEmpty { out.segments.append(current) }
            current = []
        }

        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                for i in 0..<n {
                    let xv = xs[i], yv = ys[i]
                    if xv.isNaN || yv.isNaN {
                        endSegment()
                        continue
                    }
                    if xv.isInfinite || yv.isInfinite {
                        out.droppedInfinite += 1
                        continue
                    }
                    let p = ScenePoint(xv * xScale + xOffset, yv * yScale + yOffset)
                    guard let inverseWidth else {
                        current.append(p)
                        continue
                    }
                    let c = Int((p.x * inverseWidth).rounded(.down))
                    if !open || c != column {
                        flush()
                        column = c
                        open = true
                        (fI, mnI, mxI, lI) = (i, i, i, i)
                        (fP, mnP, mxP, lP) = (p, p, p, p)
                        continue
                    }
                    if p.y < mnP.y { (mnI, mnP) = (i, p) }
                    if p.y > mxP.y { (mxI, mxP) = (i, p) }
                    (lI, lP) = (i, p)
                }
            }
        }
        endSegment()
        return out
    }
}
