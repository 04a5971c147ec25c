// FolioWidgets: widget URLs in, typed `WidgetQuery` values, request bodies and response shapes out.
import FolioCore
import Foundation

/// One widget embed, typed: what the ClearML widget app reads from its URL
/// (reference §4.2), plus every other parameter kept as a dynamic-query filter (§4.6).
public struct WidgetQuery: Sendable, Hashable, Codable {
    /// The iframe `name`, when the embed had one (used to name the widget in errors).
    public var name: String?
    /// The URL as written in the report (after `&amp;` unescaping).
    public var url: String
    /// The widget kind (`type=`).
    public var type: WidgetType
    /// Tasks or models (`objectType=`, or the legacy `models=` flag).
    public var objectType: WidgetObjectType
    /// Task or model ids (`objects=`, or the legacy `tasks=`); empty means a dynamic query.
    public var objects: [String]
    /// Metric names (`metrics=`); for parcoords `<md5>.<md5>[.<value_type>]`.
    public var metrics: [String]
    /// Variant names (`variants=`); for parcoords hyper-parameter paths.
    public var variants: [String]
    /// Trace groups selected in multi-object plots.
    public var series: [String]
    /// The scalar x axis; `nil` when the URL has no `xaxis` (the request then uses `iter`).
    public var xaxis: ScalarXAxis?
    /// The parcoords default aggregate (`value_type=`), when given.
    public var valueType: MetricValueType?
    /// `light=true/false`; `nil` when absent.
    public var light: Bool?
    /// The hosted-service workspace id (`company=`).
    public var company: String?
    /// Every parameter the widget app forwards to the server, decoded, in URL order
    /// (`getOtherSearchParams`: all but light, type, tasks, models, objects, objectType,
    /// metrics, variants, iterations, company, value_type — so `xaxis` and `series` stay).
    public var otherParameters: [QueryParameter]

    /// One decoded query-string parameter.
    public struct QueryParameter: Sendable, Hashable, Codable {
        /// The decoded key, brackets included (`tags[]`).
        public var key: String
        /// The decoded value.
        public var value: String
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The label used in messages: the iframe name, else the URL.
    public var label: String { name ?? url }

    /// Whether model events are requested (`objectType=model`, or the legacy `models=` flag).
    public var isModel: Bool { objectType == .model }

    /// The forwarded parameters converted by the server's rules (§1.2): lists for repeated or
    /// `[]` keys, numbers and booleans converted, dotted keys nested, no comma splitting.
    public var filters: JSONObject {
        QueryStringMerger.merge(otherParameters.map { ($0.key, $0.value) })
    }

    /// Whether the objects are chosen by criteria rather than by id.
    public var isDynamic: Bool { objects.isEmpty }

    /// `metrics=` read as parcoords `<m5>.<v5>[.<value_type>]` entries (malformed ones skipped).
    public var parcoordsMetrics: [ParcoordsMetric] {
        metrics.compactMap { text in
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { return nil }
            let vt = parts.count > 2 ? MetricValueType(rawValue: parts[2]) : nil
            return ParcoordsMetric(metricHash: parts[0], variantHash: parts[1], valueType: vt)
        }
    }

    /// `variants=` read as parcoords hyper-parameter paths (entries without a dot skipped).
    public var hyperParameters: [HyperParameterPath] {
        variants.compactMap(HyperParameterPath.init)
    }

    /// Memberwise initialiser, for building queries in code and tests.
    public init(
        type: WidgetType, objectType: WidgetObjectType = .task, objects: [String] = [],
        metrics: [String] = [], variants: [String] = [], series: [String] = [],
        xaxis: ScalarXAxis? = nil, valueType: MetricValueType? = nil, light: Bool? = nil,
        company: String? = nil, otherParameters: [QueryParameter] = [], name: String? = nil, url: String = ""
    ) {
        self.type = type
        self.objectType = objectType
        self.objects = objects
        self.metrics = metrics
        self.variants = variants
        self.series = series
        self.xaxis = xaxis
        self.valueType = valueType
        self.light = light
        self.company = company
        self.otherParameters = otherParameters
        self.name = name
        self.url = url
    }
}
