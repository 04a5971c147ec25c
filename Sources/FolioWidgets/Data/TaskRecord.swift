import Foundation

/// A task (or model) document as `reports.get_task_data` returns it in `tasks` (§3.2, §4.4.5).
/// Every field but `id` is optional because `only_fields` projections drop the rest.
public struct TaskRecord: Sendable, Equatable, Codable {
    public var id: String
    public var name: String?
    /// Task type: training, testing, …
    public var type: String?
    /// created, in_progress, completed, …
    public var status: String?
    public var project: ProjectRef?
    public var tags: [String]?
    public var systemTags: [String]?
    public var comment: String?
    /// ISO-8601 times with offset, e.g. `2026-11-27T08:13:00.123000+00:00`.
    public var created: String?
    public var started: String?
    public var completed: String?
    public var lastUpdate: String?
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
    public var id: String
    public var name: String?
    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }
}

/// One hyper-parameter; the value is always a string (§ offline format, `ParamsItem`).
public struct HyperParameter: Sendable, Equatable, Codable {
    public var section: String
    public var name: String
    public var value: String
    public var type: String?
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
    public var metric: String
    public var variant: String
    /// The value at the highest (iteration, timestamp).
    public var value: Double
    public var minValue: Double?
    public var minValueIteration: Int?
    public var maxValue: Double?
    public var maxValueIteration: Int?
    public var firstValue: Double?
    public var firstValueIteration: Int?
    public var count: Int?
    public var meanValue: Double?
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
