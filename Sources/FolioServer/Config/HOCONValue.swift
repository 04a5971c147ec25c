// FolioServer: clearml.conf + environment in, a ClearML server (REST over HTTP) and frozen report
// bundles out, both answering widget queries as `WidgetDataSource`s.
import Foundation

/// A parsed HOCON value as `clearml.conf` files use them. Scalars keep their text
/// (`true`, `8008`, `http://…`): callers read the few settings they need as strings.
public enum HOCONValue: Sendable, Equatable {
    /// A string, number, boolean or unquoted text, as written.
    case scalar(String)
    /// `[ … ]`.
    case array([HOCONValue])
    /// `{ … }` or a dotted key's parents.
    case object(HOCONObject)
    /// `null`.
    case null

    /// The text of a scalar.
    public var string: String? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    /// The object, if this is one.
    public var object: HOCONObject? {
        if case .object(let o) = self { return o }
        return nil
    }
}

/// An ordered HOCON object; a repeated key merges objects and replaces anything else (HOCON §"Duplicate keys").
public struct HOCONObject: Sendable, Equatable {
    /// Keys in first-seen order with their values.
    public private(set) var members: [(key: String, value: HOCONValue)] = []

    /// An empty object.
    public init() {}

    /// Same members in the same order.
    public static func == (a: HOCONObject, b: HOCONObject) -> Bool {
        a.members.count == b.members.count && zip(a.members, b.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    /// The value of a direct member.
    public subscript(key: String) -> HOCONValue? {
        members.first { $0.key == key }?.value
    }

    /// The value at a dotted path (`api.credentials.access_key`).
    public func value(at path: String) -> HOCONValue? {
        var current: HOCONValue = .object(self)
        for part in path.split(separator: ".") {
            guard let next = current.object?[String(part)] else { return nil }
            current = next
        }
        return current
    }

    /// The scalar text at a dotted path, `nil` when absent, null or not a scalar.
    public func string(at path: String) -> String? { value(at: path)?.string }

    /// Sets `value` under the key path, merging into existing objects.
    mutating func set(_ path: ArraySlice<String>, _ value: HOCONValue) {
        guard let first = path.first else { return }
        let index = members.firstIndex { $0.key == first }
        if path.count > 1 {
            var child = index.flatMap { members[$0].value.object } ?? HOCONObject()
            child.set(path.dropFirst(), value)
            put(first, .object(child), at: index)
        } else if case .object(let incoming) = value, let index, case .object(var existing) = members[index].value {
            for m in incoming.members { existing.set([m.key][...], m.value) }
            put(first, .object(existing), at: index)
        } else {
            put(first, value, at: index)
        }
    }

    private mutating func put(_ key: String, _ value: HOCONValue, at index: Int?) {
        if let index { members[index].value = value } else { members.append((key, value)) }
    }

    /// An indented text tree, for tests and `--verbose` output; `redacting` keys print as `***`.
    public func dump(redacting secrets: Set<String> = [], indent: String = "") -> String {
        var out = ""
        for m in members {
            switch m.value {
            case .object(let o):
                out += "\(indent)\(m.key) {\n" + o.dump(redacting: secrets, indent: indent + "  ") + "\(indent)}\n"
            case .array(let items):
                out += "\(indent)\(m.key) = [\(items.count) item(s)]\n"
            case .scalar(let s):
                out += "\(indent)\(m.key) = \(secrets.contains(m.key) ? "***" : "«\(s)»")\n"
            case .null:
                out += "\(indent)\(m.key) = null\n"
            }
        }
        return out
    }
}
