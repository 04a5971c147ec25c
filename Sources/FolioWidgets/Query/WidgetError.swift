import Foundation

/// Why a widget embed could not become a `WidgetQuery`; always names the widget.
public struct WidgetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong with the URL.
    public enum Reason: Sendable, Equatable {
        /// The path has no `/widgets/` (or `/widget/`) segment.
        case notAWidgetURL
        /// There is no query string, or it has no `type=`.
        case missingType
        /// `type=` is not one of plot, scalar, single, sample, parcoords.
        case unknownType(String)
        /// `objectType=` is not task or model.
        case unknownObjectType(String)
        /// `xaxis=` is not iter, timestamp or iso_time.
        case unknownXAxis(String)
        /// `value_type=` is not value, min_value or max_value.
        case unknownValueType(String)
        /// A bad `%` escape or bytes that are not UTF-8.
        case badEncoding(String)
    }

    /// The widget's iframe name when known, otherwise its URL.
    public var widget: String
    /// What was wrong.
    public var reason: Reason

    public init(widget: String, reason: Reason) {
        self.widget = widget
        self.reason = reason
    }

    public var description: String {
        let what: String
        switch reason {
        case .notAWidgetURL: what = "not a ClearML widget URL (no /widgets/ path)"
        case .missingType: what = "missing 'type' parameter"
        case .unknownType(let t):
            what = "unknown type '\(t)' (expected \(WidgetType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownObjectType(let t): what = "unknown objectType '\(t)' (expected task or model)"
        case .unknownXAxis(let x): what = "unknown xaxis '\(x)' (expected iter, timestamp or iso_time)"
        case .unknownValueType(let v): what = "unknown value_type '\(v)' (expected value, min_value or max_value)"
        case .badEncoding(let s): what = "malformed URL encoding in '\(s)'"
        }
        return "widget '\(widget)': \(what)"
    }
}
