import Foundation

/// One scalar series of one task: bucket averages, at most `samples` points (§4.4.2).
public struct ScalarSeries: Sendable, Equatable, Codable {
    /// The task name in multi-task answers; the variant in single-task `events.*` answers.
    public var name: String
    /// Bucket keys: iterations, epoch ms or ISO strings, by the request's `key`.
    public var x: [ScalarX]
    /// Mean value of each bucket.
    public var y: [Double]
    /// A user-defined x-axis name, when the task recorded one.
    public var xAxisLabel: String?

    enum CodingKeys: String, CodingKey {
        case name, x, y
        case xAxisLabel = "x_axis_label"
    }

    public init(name: String, x: [ScalarX], y: [Double], xAxisLabel: String? = nil) {
        self.name = name
        self.x = x
        self.y = y
        self.xAxisLabel = xAxisLabel
    }
}

/// An x value: a number (iteration or epoch milliseconds) or an ISO-8601 time string.
public enum ScalarX: Sendable, Hashable, Codable {
    case number(Double)
    case text(String)

    /// The numeric value, if any.
    public var number: Double? {
        if case .number(let d) = self { return d }
        return nil
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else {
            self = .text(try c.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        // Iterations and epoch ms are integral; write them as integers, as the server does.
        case .number(let d) where d.rounded() == d && abs(d) < 9e15: try c.encode(Int64(d))
        case .number(let d): try c.encode(d)
        case .text(let s): try c.encode(s)
        }
    }
}
