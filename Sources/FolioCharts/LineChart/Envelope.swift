import FolioCore

/// A dense series drawn as the band its strokes cover, instead of as the strokes.
///
/// Decimated to half-point columns, a noisy million-point series is still a zigzag of thousands
/// of near-vertical segments; stroking it makes the rasteriser walk every segment's outline
/// (most of a PNG's time) although all it draws is a band from each column's minimum to its
/// maximum. Filling that band, widened by half the line width every way like a round pen,
/// covers the same pixels with one simple polygon of two points per column.
enum Envelope {
    /// The band of one decimated segment, whose points are in x order and fall in columns of
    /// `columnWidth`.
    static func band(_ points: [ScenePoint], columnWidth: Double, halfWidth: Double) -> ScenePath {
        // Per column: centre x and the lowest/highest y (scene y grows downwards).
        var xs: [Double] = [], lo: [Double] = [], hi: [Double] = []
        var column = Double.nan
        for p in points {
            let c = (p.x / columnWidth).rounded(.down)
            if c != column {
                // The joining stroke from the previous column ends here: the previous column's
                // bar reaches this first point, so the join is covered too.
                if let last = lo.indices.last {
                    lo[last] = min(lo[last], p.y)
                    hi[last] = max(hi[last], p.y)
                }
                column = c
                xs.append((c + 0.5) * columnWidth)
                lo.append(p.y)
                hi.append(p.y)
            } else {
                let last = lo.count - 1
                lo[last] = min(lo[last], p.y)
                hi[last] = max(hi[last], p.y)
            }
        }
        // The pen reaches `halfWidth` sideways: each column takes its neighbours' extremes.
        let reach = Int((halfWidth / columnWidth).rounded(.up))
        let n = xs.count
        var top = [Double](repeating: 0, count: n), bottom = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var a = lo[i], b = hi[i]
            var j = i - 1
            while j >= 0 && i - j <= reach && xs[i] - xs[j] <= halfWidth + columnWidth {
                a = min(a, lo[j]); b = max(b, hi[j]); j -= 1
            }
            j = i + 1
            while j < n && j - i <= reach && xs[j] - xs[i] <= halfWidth + columnWidth {
                a = min(a, lo[j]); b = max(b, hi[j]); j += 1
            }
            top[i] = a - halfWidth
            bottom[i] = b + halfWidth
        }
        var path = ScenePath()
        guard n > 0 else { return path }
        path.elements.reserveCapacity(2 * n + 4)
        let left = points[0].x - halfWidth, right = points[points.count - 1].x + halfWidth
        // The widening makes plateaus (one extreme rules several columns): only a plateau's
        // ends are kept, which often halves the points the PDF has to spell out.
        func contour(_ ys: [Double], _ order: StrideThrough<Int>) {
            for i in order {
                let j = i - 1, k = i + 1
                if j >= 0, k < n, ys[j] == ys[i], ys[k] == ys[i] { continue }
                path.elements.append(.line(ScenePoint(xs[i], ys[i])))
            }
        }
        path.elements.append(.move(ScenePoint(left, top[0])))
        contour(top, stride(from: 0, through: n - 1, by: 1))
        path.elements.append(.line(ScenePoint(right, top[n - 1])))
        path.elements.append(.line(ScenePoint(right, bottom[n - 1])))
        contour(bottom, stride(from: n - 1, through: 0, by: -1))
        path.elements.append(.line(ScenePoint(left, bottom[0])))
        path.elements.append(.close)
        return path
    }
}
