import Foundation

/// A plot or debug-image event as the server returns it (§4.4.1, §4.4.4).
public struct MetricEvent: Sendable, Equatable, Codable {
    /// The task (or model) id.
    public var task: String
    /// The iteration.
    public var iter: Int
    /// The metric (the SDK's "title").
    public var metric: String
    /// The variant (the SDK's "series").
    public var variant: String
    /// `plot` or `training_debug_image`.
    public var type: String
    /// Epoch milliseconds.
    public var timestamp: Int64
    /// The reporting worker, when the source recorded one.
    public var worker: String?
    /// A JSON string holding a Plotly figure `{"data":[…],"layout":{…}}` (plots only).
    public var plotStr: String?
    /// The length of `plot_str`, as the server computes it on ingest.
    public var plotLen: Int?
    /// Whether `plot_str` parsed as JSON on ingest (only when the server validates).
    public var validPlot: Bool?
    /// The files-server key of a debug image.
    public var key: String?
    /// Where the image (or media file) can be loaded from: pass it to `WidgetDataSource.resource`.
    public var url: String?

    enum CodingKeys: String, CodingKey {
        case task, iter, metric, variant, type, timestamp, worker, key, url
        case plotStr = "plot_str"
        case plotLen = "plot_len"
        case validPlot = "valid_plot"
    }

    public init(
        task: String, iter: Int, metric: String, variant: String, type: String, timestamp: Int64,
        worker: String? = nil, plotStr: String? = nil, plotLen: Int? = nil, validPlot: Bool? = nil,
        key: String? = nil, url: String? = nil
    ) {
        self.task = task
        self.iter = iter
        self.metric = metric
        self.variant = variant
        self.type = type
        self.timestamp = timestamp
        self.worker = worker
        self.plotStr = plotStr
        self.plotLen = plotLen
        self.validPlot = validPlot
        self.key = key
        self.url = url
    }
}

/// The plots of one task at one iteration: `{name: <task name>, plots: [events]}`.
public struct PlotIteration: Sendable, Equatable, Codable {
    /// The task name.
    public var name: String
    /// The plot events of that iteration.
    public var plots: [MetricEvent]

    public init(name: String, plots: [MetricEvent]) {
        self.name = name
        self.plots = plots
    }
}

/// The debug images of one task: iterations newest first (§4.4.4).
public struct DebugImagesTask: Sendable, Equatable, Codable {
    /// The task (or model) id.
    public var task: String
    /// Iterations, newest first.
    public var iterations: [Iteration]

    /// The image events of one iteration.
    public struct Iteration: Sendable, Equatable, Codable {
        /// The iteration.
        public var iter: Int
        /// The image events of that iteration.
        public var events: [MetricEvent]
        public init(iter: Int, events: [MetricEvent]) {
            self.iter = iter
            self.events = events
        }
    }

    public init(task: String, iterations: [Iteration]) {
        self.task = task
        self.iterations = iterations
    }
}

/// The single values of one task (§4.4.3).
public struct SingleValueTask: Sendable, Equatable, Codable {
    /// The task (or model) id.
    public var task: String
    /// The task name.
    public var taskName: String
    /// The task's single values.
    public var values: [Value]

    /// One single value: `report_single_value(name, v)` gives metric "Summary", variant name.
    public struct Value: Sendable, Equatable, Codable {
        /// The metric (the SDK's "title").
        public var metric: String
        /// The variant (the SDK's "series").
        public var variant: String
        /// The reported value (may be non-finite).
        public var value: Double
        /// Epoch milliseconds.
        public var timestamp: Int64
        public init(metric: String, variant: String, value: Double, timestamp: Int64) {
            self.metric = metric
            self.variant = variant
            self.value = value
            self.timestamp = timestamp
        }
    }

    enum CodingKeys: String, CodingKey {
        case task, values
        case taskName = "task_name"
    }

    public init(task: String, taskName: String, values: [Value]) {
        self.task = task
        self.taskName = taskName
        self.values = values
    }
}
