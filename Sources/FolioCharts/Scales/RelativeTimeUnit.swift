/// The unit of a relative-time axis, chosen from the span like ClearML's `choose-time-unit`:
/// the largest unit of which the span still holds about two.
enum RelativeTimeUnit: String, Sendable, CaseIterable {
    case seconds = "Seconds"
    case minutes = "Minutes"
    case hours = "Hours"
    case days = "Days"
    case months = "Months"
    case years = "Years"

    /// Milliseconds per unit (a month is 30 days, a year 365, as in the web app).
    var milliseconds: Double {
        switch self {
        case .seconds: 1000
        case .minutes: 60_000
        case .hours: 3_600_000
        case .days: 86_400_000
        case .months: 30 * 86_400_000
        case .years: 365 * 86_400_000
        }
    }

    /// Axis title, e.g. "Minutes From Start".
    var axisLabel: String { "\(rawValue) From Start" }

    /// The unit for a span of `spanMs` milliseconds.
    static func choose(spanMs: Double) -> RelativeTimeUnit {
        let ordered = Self.allCases.reversed()
        return ordered.first { spanMs >= 2 * $0.milliseconds } ?? .seconds
    }
}
