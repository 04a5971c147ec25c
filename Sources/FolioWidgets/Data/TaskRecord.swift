import Foundation

/// A task (or model) document as `reports.get_task_data` returns it in `tasks` (§3.2, §4.4.5).
/// Every field but `id` is optional because `only_fields` projections drop the rest.
public struct TaskRecord: Sendable, Equatable, Codable {
    /// The id (32 hex on a server; `offline-…` in the workspace).
    public var id: String
    /// The display name.
    public var name: String?
    /// Task type: training, testing, …
    public var type: String?
    /// created, in_progress, completed, …
    public var status: String?
    /// The project, expanded as `{"id"}` (plus `name` when projected).
    public var project: ProjectRef?
    /// User tags.
    public var tags: [String]?
    /// System tags (`hidden`, `archived`, …).
    public var systemTags: [String]?
    /// The description text.
    public var comment: String?
    /// ISO-8601 times with offset, e.g. `2026-11-27T08:13:00.123000+00:00`.
    public var created: String?
    /// When the task started (ISO-8601).
    public var started: String?
    /// When the task completed (ISO-8601).
    public var completed: String?
    /// The last change by events or edits (ISO-8601).
    public var lastUpdate: String?
    /// The highest iteration reported (at least 0).
    public var lastIteration: Int?
    /// section → name → parameter.
    public var hyperparams: [String: [String: HyperParameter]]?
    /// md5(metric) → md5(variant) → aggregates.
    public var lastMetrics: [String: [String: LastMetric]]?

    enum CodingKeys: String, CodingKey {
        case id, name, type, status, project, tags, comment, created, started, completed, hyperparams
        case systemTags = "system_tags"
        case lastUpdate = "last_update"
        case lastIteration = "last_iteration"
        case lastMetrics = "last_metrics"
    }

    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }
}

/// A reference field expanded as an object: `{"id": …, "name"?: …}`.
public struct ProjectRef: Sendable, Equatable, Codable {
    /// The id (32 hex on a server; `offline-…` in the workspace).
    public var id: String
    /// The display name.
    public var name: String?
    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }
}

/// One hyper-parameter; the value is always a string (§ offline format, `ParamsItem`).
public struct HyperParameter: Sendable, Equatable, Codable {
    /// The section the parameter belongs to.
    public var section: String
    /// The parameter name.
    public var name: String
    /// The value, always as text.
    public var value: String
    /// The declared type (`int`, `float`, `str`, …).
    public var type: String?
    /// The help text (the SDK writes "None" when argparse had none).
    public var description: String?

    public init(section: String, name: String, value: String, type: String? = nil, description: String? = nil) {
        self.section = section
        self.name = name
        self.value = value
        self.type = type
        self.description = description
    }
}

/// The server's per-series aggregate in `last_metrics` (`metrics.py` `MetricEvent`).
public struct LastMetric: Sendable, Equatable, Codable {
    /// The metric name in clear text.
    public var metric: String
    /// The variant name in clear text.
    public var variant: String
    /// The value at the highest (iteration, timestamp).
    public var value: Double
    /// The smallest value reported.
    public var minValue: Double?
    /// The iteration of `minValue`.
    public var minValueIteration: Int?
    /// The largest value reported.
    public var maxValue: Double?
    /// The iteration of `maxValue`.
    public var maxValueIteration: Int?
    /// The value at the lowest iteration.
    public var firstValue: Double?
    /// The lowest iteration.
    public var firstValueIteration: Int?
    /// How many events were reported.
    public var count: Int?
    /// The mean of the reported values.
    public var meanValue: Double?
    /// A user-defined x-axis name.
    public var xAxisLabel: String?

    enum CodingKeys: String, CodingKey {
        case metric, variant, value, count
        case minValue = "min_value"
        case minValueIteration = "min_value_iteration"
        case maxValue = "max_value"
        case maxValueIteration = "max_value_iteration"
        case firstValue = "first_value"
        case firstValueIteration = "first_value_iteration"
        case meanValue = "mean_value"
        case xAxisLabel = "x_axis_label"
    }

    public init(metric: String, variant: String, value: Double) {
        self.metric = metric
        self.variant = variant
        self.value = value
    }

    /// The aggregate a parcoords axis or an `order_by` path names.
    public func value(of type: MetricValueType) -> Double? {
        switch type {
        case .value: return value
        case .minValue: return minValue
        case .maxValue: return maxValue
        }
    }
}
