import FolioCore
import FolioWidgets
import Foundation

/// A small JSON reader for `plot_str`: Foundation's `JSONSerialization` needs about a second for
/// a 1000 × 1000 heatmap on Linux, this one a few tens of milliseconds. It also accepts the
/// `NaN`, `Infinity` and `-Infinity` tokens Python's `json.dumps` writes. Objects become
/// `[String: Any]`, arrays `[Any]`, numbers `Double`, plus `String`, `Bool` and `NSNull`.
struct PlotlyJSON {
    private let bytes: [UInt8]
    private var i = 0

    /// The parsed value, or nil when `text` is not one complete JSON value.
    static func parse(_ text: String) -> Any? {
        var reader = PlotlyJSON(bytes: Array(text.utf8))
        guard let value = reader.value() else { return nil }
        reader.skipSpace()
        return reader.i == reader.bytes.count ? value : nil
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    private mutating func value() -> Any? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true") ? true : nil
        case UInt8(ascii: "f"): return literal("false") ? false : nil
        case UInt8(ascii: "n"): return literal("null") ? NSNull() : nil
        case UInt8(ascii: "N"): return literal("NaN") ? Double.nan : nil
        case UInt8(ascii: "I"): return literal("Infinity") ? Double.infinity : nil
        default: return number()
        }
    }

    private mutating func object() -> Any? {
        i += 1
        var out: [String: Any] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return out
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let v = value() else { return nil }
            out[key] = v
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return out }
            return nil
        }
    }

    private mutating func array() -> Any? {
        i += 1
        var out: [Any] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return out
        }
        while true {
            guard let v = value() else { return nil }
            out.append(v)
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return out }
            return nil
        }
    }

    private mutating func string() -> String? {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        // Find the closing quote (skipping escaped characters), then decode the body once.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
        guard i < bytes.count else { return nil }
        defer { i += 1 }
        return JSONStringEscapes.decode(Array(bytes[start..<i]))
    }


    private mutating func number() -> Any? {
        let start = i
        var negative = false
        if bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
            if literal("Infinity") { return -Double.infinity }
        }
        // Integers of up to 15 digits are exact in a Double: read them without a String.
        var integer: Int64 = 0
        var digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            integer = integer &* 10 &+ Int64(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        let simple = i >= bytes.count || (bytes[i] != UInt8(ascii: ".") && bytes[i] != UInt8(ascii: "e") && bytes[i] != UInt8(ascii: "E"))
        if simple {
            guard digits > 0 else { return nil }
            if digits <= 15 { return Double(negative ? -integer : integer) }
            return Double(String(decoding: bytes[start..<i], as: UTF8.self))
        }
        while i < bytes.count, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e")
            || bytes[i] == UInt8(ascii: "E") || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")
        {
            i += 1
        }
        return Double(String(decoding: bytes[start..<i], as: UTF8.self))
    }
}
