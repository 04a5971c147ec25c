import FolioCore
import FolioWidgets
import Foundation

/// A request's `metrics: [{metric, variants}]`: an empty list means every metric, an entry
/// with no variants every variant of that metric (`get_metric_variants_condition`).
struct MetricSelection {
    private var variantsByMetric: [String: Set<String>] = [:]
    private var allMetrics = true

    init(_ value: JSONValue?) {
        for item in value?.listValue ?? [] {
            guard let object = item.objectValue, let metric = object["metric"]?.stringValue else { continue }
            allMetrics = false
            let variants = (object["variants"]?.listValue ?? []).compactMap(\.stringValue)
            if variants.isEmpty {
                variantsByMetric[metric] = []  // empty set: all variants
            } else if variantsByMetric[metric].map({ !$0.isEmpty }) ?? true {
                variantsByMetric[metric, default: []].formUnion(variants)
            }
        }
    }

    /// The metric names to fetch, or nil for all.
    var metrics: [String]? { allMetrics ? nil : variantsByMetric.keys.sorted() }

    func contains(metric: String, variant: String) -> Bool {
        if allMetrics { return true }
        guard let variants = variantsByMetric[metric] else { return false }
        return variants.isEmpty || variants.contains(variant)
    }
}

/// Byte-wise (UTF-8) string order, as Elasticsearch orders `terms` keys.
func utf8Less(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}
