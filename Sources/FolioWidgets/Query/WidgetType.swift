import Foundation

/// The widget kinds the ClearML widget app draws (`type=` in the embed URL).
public enum WidgetType: String, Sendable, Codable, CaseIterable {
    case plot, scalar, single, sample, parcoords
}

/// What the widget's ids name (`objectType=`): tasks, or models (`model_events: true`).
public enum WidgetObjectType: String, Sendable, Codable, CaseIterable {
    case task, model
}

/// The scalar x axis (`xaxis=`), sent as `scalar_metrics_iter_histogram.key`.
public enum ScalarXAxis: String, Sendable, Codable, CaseIterable {
    /// Iteration numbers.
    case iter
    /// Epoch milliseconds.
    case timestamp
    /// ISO-8601 wall time strings (Elasticsearch `strict_date_time`).
    case isoTime = "iso_time"
}

/// Which aggregate of `last_metrics` a parallel-coordinates axis shows (`value_type=`).
public enum MetricValueType: String, Sendable, Codable, CaseIterable {
    /// The last reported value.
    case value
    case minValue = "min_value"
    case maxValue = "max_value"
}

/// A parcoords `metrics=` entry: `<md5(metric)>.<md5(variant)>[.<value_type>]`.
public struct ParcoordsMetric: Sendable, Hashable, Codable {
    /// Hex md5 of the metric name (the outer `last_metrics` key).
    public var metricHash: String
    /// Hex md5 of the variant name (the inner `last_metrics` key).
    public var variantHash: String
    /// The third dotted part, when given; otherwise the widget's `value_type` applies.
    public var valueType: MetricValueType?

    public init(metricHash: String, variantHash: String, valueType: MetricValueType? = nil) {
        self.metricHash = metricHash
        self.variantHash = variantHash
        self.valueType = valueType
    }
}

/// A parcoords `variants=` entry: a hyper-parameter `<section>.<name>`.
public struct HyperParameterPath: Sendable, Hashable, Codable {
    /// The hyper-parameter section (`General`, `Args`, …).
    public var section: String
    /// The parameter name inside its section.
    public var name: String

    public init(section: String, name: String) {
        self.section = section
        self.name = name
    }

    /// Splits on the first `.`; a literal dot inside a section or name arrives as `%2E` after
    /// URL decoding (the web app escapes it twice) and is unescaped here, as the server does.
    public init?(_ text: String) {
        guard let dot = text.firstIndex(of: ".") else { return nil }
        section = HyperParameterPath.unescape(text[..<dot])
        name = HyperParameterPath.unescape(text[text.index(after: dot)...])
    }

    /// `<section>.<name>` with literal dots escaped as `%2E` (the `only_fields` form).
    public var escaped: String {
        section.replacingOccurrences(of: ".", with: "%2E") + "." + name.replacingOccurrences(of: ".", with: "%2E")
    }

    private static func unescape(_ s: Substring) -> String {
        s.replacingOccurrences(of: "%2E", with: ".").replacingOccurrences(of: "%2e", with: ".")
    }
}
