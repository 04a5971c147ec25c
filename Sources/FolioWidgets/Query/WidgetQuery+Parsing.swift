import Foundation

extension WidgetQuery {
    /// Parameters the widget app consumes itself; everything else is forwarded to the server
    /// (`getOtherSearchParams` in the widget app).
    static let consumedKeys: Set<String> = [
        "light", "type", "tasks", "models", "objects", "objectType", "metrics", "variants",
        "iterations", "company", "value_type",
    ]

    /// Parses a widget embed URL: `/widgets/` or `/widget/`, any host or none (relative),
    /// form- or percent-encoded, possibly still HTML-escaped (`&amp;`) from an attribute.
    /// - Parameter name: the iframe `name`, used to name the widget in errors.
    public init(url rawURL: String, name: String? = nil) throws(WidgetError) {
        let url = WidgetQuery.unescapeHTML(rawURL.trimmingCharacters(in: .whitespacesAndNewlines))
        let fail = { (reason: WidgetError.Reason) in WidgetError(widget: name ?? url, reason: reason) }

        let beforeFragment = url[..<(url.firstIndex(of: "#") ?? url.endIndex)]
        let question = beforeFragment.firstIndex(of: "?")
        let path = beforeFragment[..<(question ?? beforeFragment.endIndex)]
        guard WidgetQuery.isWidgetPath(path) else { throw fail(.notAWidgetURL) }
        guard let question else { throw fail(.missingType) }

        let pairs: [(String, String)]
        do {
            pairs = try FormEncoding.pairs(beforeFragment[beforeFragment.index(after: question)...])
        } catch {
            switch error {
            case .badPercentEscape(let s), .invalidUTF8(let s): throw fail(.badEncoding(s))
            }
        }
        func all(_ key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }
        func first(_ key: String) -> String? { pairs.first { $0.0 == key }?.1 }

        guard let typeText = first("type"), !typeText.isEmpty else { throw fail(.missingType) }
        guard let type = WidgetType(rawValue: typeText) else { throw fail(.unknownType(typeText)) }

        var objectType = WidgetObjectType.task
        if let text = first("objectType"), !text.isEmpty {
            guard let parsed = WidgetObjectType(rawValue: text) else { throw fail(.unknownObjectType(text)) }
            objectType = parsed
        }
        // The legacy `models` parameter only flips the model flag; its ids are not used (§7.8).
        if first("models") != nil { objectType = .model }

        var xaxis: ScalarXAxis?
        if let text = first("xaxis"), !text.isEmpty {
            guard let parsed = ScalarXAxis(rawValue: text) else { throw fail(.unknownXAxis(text)) }
            xaxis = parsed
        }
        var valueType: MetricValueType?
        if let text = first("value_type"), !text.isEmpty {
            guard let parsed = MetricValueType(rawValue: text) else { throw fail(.unknownValueType(text)) }
            valueType = parsed
        }

        var objects = all("objects").filter { !$0.isEmpty }
        if objects.isEmpty { objects = all("tasks").filter { !$0.isEmpty } }

        self.init(
            type: type, objectType: objectType, objects: objects,
            metrics: all("metrics"), variants: all("variants"), series: all("series"),
            xaxis: xaxis, valueType: valueType, light: first("light").map { $0 == "true" },
            company: first("company"),
            otherParameters: pairs.filter { !WidgetQuery.consumedKeys.contains($0.0) }.map {
                QueryParameter($0.0, $0.1)
            },
            name: name, url: url)
    }

    /// True when some path segment (after any scheme and host) is `widgets` or `widget`.
    static func isWidgetPath(_ path: Substring) -> Bool {
        var rest = path
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
        }
        return rest.split(separator: "/").contains { $0 == "widgets" || $0 == "widget" }
    }

    /// Undoes the entity escaping an `src` attribute may still carry (`&amp;` and friends).
    static func unescapeHTML(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = s
        for (entity, char) in [("&#38;", "&"), ("&#x26;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out
    }
}
