/// A theme key that is missing or holds the wrong kind of value: `colors.link: not a colour:
/// 'blu' (expected #rrggbb)`.
public struct ThemeKeyError: Error, Sendable, CustomStringConvertible {
    /// Dotted key path, array positions in brackets (`chart.palette[2]`).
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

extension Theme {
    /// The theme in parsed theme-file JSON (the `extends` chain already merged). Every key is
    /// required; keys Folio does not know are ignored. The same rules as the `Codable`
    /// conformance, which `ThemeLoader` no longer goes through: JSONDecoder's generic
    /// containers cost 2 ms here, on the way to the fonts.
    public init(json: JSONValue) throws(ThemeKeyError) {
        let t = try ThemeFields(json, path: "")
        let page = try t.fields("page"), fonts = try t.fields("fonts"), colors = try t.fields("colors")
        let code = try t.fields("code"), quote = try t.fields("quote"), table = try t.fields("table")
        let spacing = try t.fields("spacing")
        self.init(
            name: try t.string("name"),
            page: PageStyle(
                background: try page.color("background"), marginTop: try page.number("marginTop"),
                marginBottom: try page.number("marginBottom"), marginLeft: try page.number("marginLeft"),
                marginRight: try page.number("marginRight")),
            fonts: try Fonts(json: fonts),
            colors: TextColors(
                text: try colors.color("text"), muted: try colors.color("muted"), heading: try colors.color("heading"),
                link: try colors.color("link"), rule: try colors.color("rule"), checkbox: try colors.color("checkbox"),
                placeholderBackground: try colors.color("placeholderBackground"),
                placeholderBorder: try colors.color("placeholderBorder")),
            headingScale: try t.numbers("headingScale"),
            code: CodeStyle(
                background: try code.color("background"), foreground: try code.color("foreground"),
                border: try code.color("border"), inlineBackground: try code.color("inlineBackground"),
                inlineForeground: try code.color("inlineForeground"), lineNumber: try code.color("lineNumber"),
                padding: try code.number("padding")),
            quote: QuoteStyle(
                bar: try quote.color("bar"), text: try quote.color("text"), barWidth: try quote.number("barWidth"),
                detailsBar: try quote.color("detailsBar")),
            table: TableStyle(
                headerBackground: try table.color("headerBackground"), headerText: try table.color("headerText"),
                stripe: try table.color("stripe"), border: try table.color("border"),
                cellPaddingX: try table.number("cellPaddingX"), cellPaddingY: try table.number("cellPaddingY")),
            spacing: Spacing(
                paragraph: try spacing.number("paragraph"), headingAbove: try spacing.number("headingAbove"),
                headingBelow: try spacing.number("headingBelow"), listIndent: try spacing.number("listIndent"),
                quoteIndent: try spacing.number("quoteIndent"), listItem: try spacing.number("listItem")),
            tokens: try t.colorTable("tokens"),
            chart: try ChartStyle(json: t.fields("chart")))
    }
}

extension Theme.Fonts {
    init(json f: ThemeFields) throws(ThemeKeyError) {
        self.init(
            body: try f.string("body"), mono: try f.string("mono"), bodySize: try f.number("bodySize"),
            codeSize: try f.number("codeSize"), footerSize: try f.number("footerSize"),
            lineHeight: try f.number("lineHeight"))
    }
}

extension ChartStyle {
    init(json c: ThemeFields) throws(ThemeKeyError) {
        self.init(
            background: try c.color("background"), plotBackground: try c.color("plotBackground"),
            text: try c.color("text"), mutedText: try c.color("mutedText"), axis: try c.color("axis"),
            grid: try c.color("grid"), palette: try c.colors("palette"), sequential: try c.colors("sequential"),
            titleSize: try c.number("titleSize"), axisLabelSize: try c.number("axisLabelSize"),
            tickSize: try c.number("tickSize"), legendSize: try c.number("legendSize"),
            lineWidth: try c.number("lineWidth"))
    }
}

/// One JSON object of a theme file, read key by key; errors carry the key's full path.
struct ThemeFields {
    private let object: JSONObject
    private let path: String

    init(_ value: JSONValue, path: String) throws(ThemeKeyError) {
        guard case .object(let o) = value else {
            throw ThemeKeyError(path: path.isEmpty ? "(top level)" : path, reason: "expected an object, found \(Self.kind(value))")
        }
        object = o
        self.path = path
    }

    func fields(_ key: String) throws(ThemeKeyError) -> ThemeFields { try ThemeFields(value(key), path: self.path(key)) }

    func string(_ key: String) throws(ThemeKeyError) -> String {
        guard case .string(let s) = try value(key) else { throw mismatch(key, "a string") }
        return s
    }

    func number(_ key: String) throws(ThemeKeyError) -> Double {
        try Self.number(value(key), path: path(key))
    }

    func color(_ key: String) throws(ThemeKeyError) -> Color {
        try Self.color(value(key), path: path(key))
    }

    func numbers(_ key: String) throws(ThemeKeyError) -> [Double] {
        guard case .array(let items) = try value(key) else { throw mismatch(key, "an array of numbers") }
        var out: [Double] = []
        for (i, item) in items.enumerated() { out.append(try Self.number(item, path: "\(path(key))[\(i)]")) }
        return out
    }

    func colors(_ key: String) throws(ThemeKeyError) -> [Color] {
        guard case .array(let items) = try value(key) else { throw mismatch(key, "an array of colours") }
        var out: [Color] = []
        for (i, item) in items.enumerated() { out.append(try Self.color(item, path: "\(path(key))[\(i)]")) }
        return out
    }

    /// An object whose every member is a colour (`tokens`).
    func colorTable(_ key: String) throws(ThemeKeyError) -> [String: Color] {
        let table = try fields(key)
        var out: [String: Color] = [:]
        for member in table.object.members { out[member.key] = try table.color(member.key) }
        return out
    }

    private func value(_ key: String) throws(ThemeKeyError) -> JSONValue {
        guard let v = object[key] else { throw ThemeKeyError(path: path(key), reason: "missing key") }
        return v
    }

    private func path(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    private func mismatch(_ key: String, _ expected: String) -> ThemeKeyError {
        ThemeKeyError(path: path(key), reason: "expected \(expected), found \(Self.kind(object[key] ?? .null))")
    }

    private static func number(_ value: JSONValue, path: String) throws(ThemeKeyError) -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: throw ThemeKeyError(path: path, reason: "expected a number, found \(kind(value))")
        }
    }

    private static func color(_ value: JSONValue, path: String) throws(ThemeKeyError) -> Color {
        guard case .string(let text) = value else {
            throw ThemeKeyError(path: path, reason: "expected a colour (#rrggbb), found \(kind(value))")
        }
        guard let c = Color(hex: text) else { throw ThemeKeyError(path: path, reason: "not a colour: '\(text)' (expected #rrggbb)") }
        return c
    }

    private static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string(let s): return "the string \"\(s)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
