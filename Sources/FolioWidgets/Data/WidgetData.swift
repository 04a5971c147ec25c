import Foundation

/// What `reports.get_task_data` returns for one widget query (reference §4.4): the matching
/// tasks plus the one event payload the widget type asked for. Field names are the server's,
/// so a server response's `data` object and a frozen bundle decode straight into it.
public struct WidgetData: Sendable, Equatable, Codable {
    /// The tasks (or models) the query selected, in the server's order.
    public var tasks: [TaskRecord]
    /// `plot`: metric → variant → task id → iteration (as text) → plots at that iteration.
    public var plots: [String: [String: [String: [String: PlotIteration]]]]?
    /// `sample`: per task, iterations newest first, each with its image events.
    public var debugImages: [DebugImagesTask]?
    /// `scalar`: metric → variant → task id → bucket-averaged series.
    public var scalarMetricsIterHistogram: [String: [String: [String: ScalarSeries]]]?
    /// `single`: per task, its single values (iteration −2^31).
    public var singleValueMetrics: [SingleValueTask]?

    enum CodingKeys: String, CodingKey {
        case tasks, plots
        case debugImages = "debug_images"
        case scalarMetricsIterHistogram = "scalar_metrics_iter_histogram"
        case singleValueMetrics = "single_value_metrics"
    }

    public init(
        tasks: [TaskRecord] = [],
        plots: [String: [String: [String: [String: PlotIteration]]]]? = nil,
        debugImages: [DebugImagesTask]? = nil,
        scalarMetricsIterHistogram: [String: [String: [String: ScalarSeries]]]? = nil,
        singleValueMetrics: [SingleValueTask]? = nil
    ) {
        self.tasks = tasks
        self.plots = plots
        self.debugImages = debugImages
        self.scalarMetricsIterHistogram = scalarMetricsIterHistogram
        self.singleValueMetrics = singleValueMetrics
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tasks = try c.decodeIfPresent([TaskRecord].self, forKey: .tasks) ?? []
        plots = try c.decodeIfPresent([String: [String: [String: [String: PlotIteration]]]].self, forKey: .plots)
        debugImages = try c.decodeIfPresent([DebugImagesTask].self, forKey: .debugImages)
        scalarMetricsIterHistogram = try c.decodeIfPresent(
            [String: [String: [String: ScalarSeries]]].self, forKey: .scalarMetricsIterHistogram)
        singleValueMetrics = try c.decodeIfPresent([SingleValueTask].self, forKey: .singleValueMetrics)
    }

    /// An encoder that writes this shape deterministically (sorted keys; non-finite numbers,
    /// which JSON cannot hold, as the strings "NaN", "Infinity", "-Infinity").
    public static func makeEncoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return e
    }

    /// The matching decoder for `makeEncoder()` output and for server responses.
    public static func makeDecoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return d
    }
}
