import Foundation

/// A parsed `plot_str`: Plotly traces and layout as JSON objects, plus where it came from. The
/// merge rules rename traces and retitle layouts before the figure is turned into a chart.
struct PlotlyFigure {
    /// `data`: the traces.
    var traces: [[String: Any]]
    /// `layout`.
    var layout: [String: Any]
    /// The task the figure belongs to (the pick by `objects`).
    var task: String = ""
    /// The web app's stand-in for an invalid `plot_str` (`{data: [], layout: {title: "Unknown data"}}`).
    var isUnknown = false

    /// Parses `plot_str`; nil when it is not a JSON object.
    init?(json text: String) {
        guard let object = PlotlyJSON.parse(text) as? [String: Any] else { return nil }
        traces = (object["data"] as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
        layout = object["layout"] as? [String: Any] ?? [:]
    }

    init(traces: [[String: Any]], layout: [String: Any], task: String = "") {
        self.traces = traces
        self.layout = layout
        self.task = task
    }

    /// A trace's `type` (Plotly's default is `scatter`).
    static func type(_ trace: [String: Any]) -> String { trace["type"] as? String ?? "scatter" }

    /// The title text: `layout.title` as a string or `{text}`, else `layout["title.text"]`.
    var title: String {
        get {
            if let s = layout["title"] as? String { return s }
            if let t = (layout["title"] as? [String: Any])?["text"] as? String { return t }
            return layout["title.text"] as? String ?? ""
        }
        set {
            if var t = layout["title"] as? [String: Any] {
                t["text"] = newValue
                layout["title"] = t
            } else {
                layout["title"] = newValue
            }
        }
    }

    /// Image sources of an image plot (`layout.images[].source`).
    var imageSources: [String] {
        (layout["images"] as? [Any])?.compactMap { ($0 as? [String: Any])?["source"] as? String } ?? []
    }

    /// The title split at its first `<br>` into title and subtitle, HTML tags removed.
    static func splitTitle(_ raw: String) -> (title: String, subtitle: String?) {
        let parts = raw.components(separatedBy: "<br>")
        let title = stripTags(parts[0])
        let rest = parts.dropFirst().map(stripTags).filter { !$0.isEmpty }.joined(separator: " ")
        return (title, rest.isEmpty ? nil : rest)
    }

    static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for c in s {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}

/// Loose readers for Plotly JSON values.
enum PlotlyValue {
    /// A number, or a numeric string ("0.25"), else nil.
    static func number(_ v: Any?) -> Double? {
        switch v {
        case let d as Double: return d
        case let s as String: return Double(s.trimmingCharacters(in: .whitespaces))
        case is Bool: return nil
        case let i as Int: return Double(i)
        case let n as NSNumber: return n.doubleValue
        default: return nil
        }
    }

    /// Text of a value as Plotly would show it.
    static func text(_ v: Any?) -> String {
        switch v {
        case let s as String: return s
        case let d as Double: return format(d)
        case let b as Bool: return b ? "true" : "false"
        case let n as NSNumber: return format(n.doubleValue)
        case nil, is NSNull: return ""
        default: return "\(v!)"
        }
    }

    /// Numbers without a trailing ".0", with at most 6 significant digits.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "" }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        var s = String(format: "%.6g", d)
        if s.contains("e") { return s }
        if s.contains(".") { while s.hasSuffix("0") { s.removeLast() } }
        return s
    }

    /// An array value; a scalar becomes nil.
    static func array(_ v: Any?) -> [Any]? { v as? [Any] }

    /// An axis title: a string or `{text}`.
    static func title(_ v: Any?) -> String? {
        if let s = v as? String { return s.isEmpty ? nil : PlotlyFigure.stripTags(s) }
        if let t = (v as? [String: Any])?["text"] as? String { return t.isEmpty ? nil : PlotlyFigure.stripTags(t) }
        return nil
    }
}
