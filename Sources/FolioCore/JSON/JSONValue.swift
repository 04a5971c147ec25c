import Foundation

/// A JSON value whose objects keep their key order, so request bodies serialise exactly as
/// the web app's `JSON.stringify` writes them. Shared by the widget queries, the server
/// client and the theme files (`JSONValue(parsing:)` reads JSON text).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string payload, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer payload; integral doubles count too (the server compares numerically).
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9e18: return Int(d)
        default: return nil
        }
    }

    /// The boolean payload, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The object payload, if this is an object.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// This value as a list: arrays as they are, `null` as empty, anything else as one element,
    /// the way the server accepts a single value for a list field.
    public var listValue: [JSONValue] {
        switch self {
        case .array(let a): return a
        case .null: return []
        default: return [self]
        }
    }

    /// Compact JSON text, keys in insertion order (what `JSON.stringify` produces).
    public var jsonText: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += JSONValue.format(d)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += "," }
                JSONValue.writeString(member.key, to: &out)
                out += ":"
                member.value.write(to: &out)
            }
            out += "}"
        }
    }

    /// Integral values print without a fraction, as JavaScript does; non-finite values have no
    /// JSON form and print as `null`, again like `JSON.stringify`.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// An ordered JSON object: lookups by key, iteration in insertion order.
public struct JSONObject: Sendable, Hashable {
    /// One key/value pair of an object.
    public struct Member: Sendable, Hashable {
        /// The member name.
        public var key: String
        /// The member value.
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in insertion order.
    public private(set) var members: [Member]

    /// An object with the given members (later duplicates replace earlier ones in place).
    public init(_ members: [(String, JSONValue)] = []) {
        self.members = []
        for (k, v) in members { self[k] = v }
    }

    /// The keys in insertion order.
    public var keys: [String] { members.map(\.key) }

    /// Reads a member; assigning replaces it in place or appends it (like a Python dict).
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(Member(key, newValue))
            }
        }
    }

    /// Sets `value` at a dotted path, creating (or replacing non-object) intermediate objects.
    public mutating func set(path: ArraySlice<String>, to value: JSONValue) {
        guard let first = path.first else { return }
        if path.count == 1 {
            self[first] = value
            return
        }
        var child = self[first]?.objectValue ?? JSONObject()
        child.set(path: path.dropFirst(), to: value)
        self[first] = .object(child)
    }
}
