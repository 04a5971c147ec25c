import Foundation

/// Data ranges of line series, ignoring NaN and ±infinity (which the chart leaves out).
extension LineChart.Series {
    /// Min/max of finite x and of finite y over the points where both are finite; one pass.
    var finiteBounds: ((lo: Double, hi: Double)?, (lo: Double, hi: Double)?) {
        var xlo = Double.infinity
        var xhi = -Double.infinity
        var ylo = Double.infinity
        var yhi = -Double.infinity
        let n = min(x.count, y.count)
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                for i in 0..<n {
                    let xv = xs[i]
                    let yv = ys[i]
                    // x - x is NaN for both NaN and ±inf: one test for "both finite".
                    guard (xv - xv) + (yv - yv) == 0 else { continue }
                    if xv < xlo { xlo = xv }
                    if xv > xhi { xhi = xv }
                    if yv < ylo { ylo = yv }
                    if yv > yhi { yhi = yv }
                }
            }
        }
        return xlo > xhi ? (nil, nil) : ((xlo, xhi), (ylo, yhi))
    }
}

extension Array where Element == Double {
    /// Min and max of the finite elements.
    var finiteRange: (lo: Double, hi: Double)? {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in self where v.isFinite {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        return lo > hi ? nil : (lo, hi)
    }
}

extension LineChart {
    typealias Bounds = ((lo: Double, hi: Double)?, (lo: Double, hi: Double)?)

    /// `work(i)` for every series, in series order; one series per core when they are long (a
    /// pass over a million points is milliseconds, and a chart often has several such series).
    func perSeries<T>(_ work: (Int) -> T) -> [T] {
        let total = series.reduce(0) { $0 + min($1.x.count, $1.y.count) }
        guard total >= 200_000 && series.count > 1 else { return series.indices.map(work) }
        return withoutActuallyEscaping(work) { work in
            // Each thread writes only its own slot; the series are only read.
            nonisolated(unsafe) let work = work
            return [T](unsafeUninitializedCapacity: series.count) { buffer, count in
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: series.count) { i in
                    (buffer.baseAddress! + i).initialize(to: work(i))
                }
                count = series.count
            }
        }
    }
}
