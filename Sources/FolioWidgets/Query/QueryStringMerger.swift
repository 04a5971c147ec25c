import FolioCore
import Foundation

/// The API server's rules for merging query-string parameters into a JSON request body
/// (clearml-server `request_handlers.py` `_apply_multi_dict`, reference §1.2).
public enum QueryStringMerger {
    /// Converts one query value: ASCII digits with at most one `.` become int/float,
    /// `true/True/TRUE` and `false/False/FALSE` become booleans, anything else stays a string.
    public static func convert(_ value: String) -> JSONValue {
        var dots = 0
        var digits = 0
        for b in value.utf8 {
            if b == UInt8(ascii: ".") {
                dots += 1
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                digits += 1
            } else {
                digits = -1
                break
            }
        }
        // Python's `v.replace(".", "", 1).isdigit()`: digits must remain after removing one dot.
        if digits > 0 && dots <= 1 {
            if dots == 0, let i = Int(value) { return .int(i) }
            if let d = Double(value) { return .double(d) }
        }
        switch value {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: return .string(value)
        }
    }

    /// Builds the object the server merges into the body: keys grouped in first-seen order,
    /// a repeated key or one ending in `[]` becomes a list (suffix stripped), dotted keys nest.
    /// No comma splitting: `tags[]=a,b` stays `["a,b"]`.
    public static func merge(_ pairs: [(String, String)], into body: JSONObject = JSONObject()) -> JSONObject {
        var order: [String] = []
        var grouped: [String: [String]] = [:]
        for (key, value) in pairs {
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(value)
        }
        var result = body
        for key in order {
            let values = grouped[key] ?? []
            let isList = values.count > 1 || key.hasSuffix("[]")
            let value: JSONValue = isList ? .array(values.map(convert)) : convert(values[0])
            // Python `k.rstrip("[]")` strips any trailing run of bracket characters.
            var name = Substring(key)
            while let last = name.last, last == "[" || last == "]" { name = name.dropLast() }
            let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            result.set(path: path[...], to: value)
        }
        return result
    }
}
