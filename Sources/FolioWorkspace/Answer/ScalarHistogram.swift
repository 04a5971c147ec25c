import Foundation

/// The server's scalar down-sampling (clearml-server `event_metrics.py`): per series an
/// interval so that at most `samples` buckets remain, intervals of a task grouped, then a
/// histogram over the x key (iteration or epoch ms) with the mean value per non-empty bucket.
enum ScalarHistogram {
    /// The server's default and maximum `samples`.
    static let defaultSamples = 2000
    static let maxSamples = 6000
    /// `MAX_SAMPLE_BUCKETS` and `MAX_AGGS_ELEMENTS_COUNT` of the interval grouping.
    static let maxGroupBuckets = 6000
    static let maxGroupSeries = 50

    /// `_build_metric_interval`: interval 1 when there are fewer points than samples,
    /// else `ceil(range / samples)` with range = max − min + 1. Returns (interval, bucket bound).
    static func interval(count: Int, minKey: Int64, maxKey: Int64, samples: Int) -> (interval: Int64, size: Int) {
        if count < samples { return (1, count) }
        let range = Double(maxKey - minKey + 1)
        let interval = max(1, Int64((range / Double(samples)).rounded(.up)))
        return (interval, Int((range / Double(interval)).rounded(.up)))
    }

    /// `_group_task_metric_intervals`: series sorted by interval (stable) are grouped while
    /// their interval stays within 10% of the group's first, the group's bucket total stays
    /// ≤ 6000 and it has < 50 series; every series of a group uses the group's largest interval.
    static func groupedIntervals(_ intervals: [(interval: Int64, size: Int)]) -> [Int64] {
        let order = intervals.indices.sorted { (intervals[$0].interval, $0) < (intervals[$1].interval, $1) }
        var result = [Int64](repeating: 1, count: intervals.count)
        var group: [Int] = []
        var upperBound: Int64 = 0
        var groupMax: Int64 = 0
        var groupSamples = 0
        func close() { for i in group { result[i] = groupMax } }
        for i in order {
            let (interval, size) = intervals[i]
            if interval > upperBound || groupSamples + size > maxGroupBuckets || group.count >= maxGroupSeries {
                close()
                group = []
                groupMax = interval
                upperBound = interval + Int64(Double(interval) * 0.1)
                groupSamples = 0
            }
            group.append(i)
            groupSamples += size
            groupMax = max(groupMax, interval)
        }
        close()
        return result
    }

    /// Histogram buckets `floor(key / interval) * interval` (Elasticsearch `histogram` and
    /// `date_histogram` with offset 0), ascending, each with the mean of its values.
    /// NaN values (stored as missing) are left out of the mean; a bucket of only NaN is dropped.
    static func buckets(keys: [Int64], values: [Double], interval: Int64) -> (x: [Int64], y: [Double]) {
        var sums: [Int64: (sum: Double, n: Int)] = [:]
        for (k, v) in zip(keys, values) where !v.isNaN {
            let q = k >= 0 ? k / interval : -((-k + interval - 1) / interval)
            let bucket = q * interval
            sums[bucket, default: (0, 0)].sum += v
            sums[bucket, default: (0, 0)].n += 1
        }
        let xs = sums.keys.sorted()
        return (xs, xs.map { sums[$0]!.sum / Double(sums[$0]!.n) })
    }
}
