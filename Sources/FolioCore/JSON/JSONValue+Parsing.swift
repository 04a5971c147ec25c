/// Where and why JSON text could not be read: `line 3, column 14: expected ',' or '}'`.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var reason: String
    public var description: String { "line \(line), column \(column): \(reason)" }
}

extension JSONValue {
    /// Parses JSON text (RFC 8259: one value, optional surrounding white space, no comments or
    /// trailing commas). Integers that fit `Int` become `.int`, other numbers `.double`; a key
    /// given twice keeps its first position and its last value.
    ///
    /// Written out rather than decoded through Foundation's JSONDecoder: the theme is read on
    /// the way to the fonts, where the decoder's unspecialised generic code (a runtime metadata
    /// lookup for every container) took 2 ms of a 35 ms export; this takes a few microseconds.
    public init(parsing bytes: [UInt8]) throws(JSONParseError) {
        var parser = JSONTextParser(bytes)
        self = try parser.document()
    }
}

/// Recursive descent over UTF-8 bytes, tracking the position for error messages.
private struct JSONTextParser {
    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    /// Nesting deeper than this is an error, not a stack overflow.
    private static let maximumDepth = 512

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() throws(JSONParseError) -> JSONValue {
        // A UTF-8 byte order mark is tolerated, as most readers do.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        skipSpace()
        let value = try self.value()
        skipSpace()
        guard i == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private mutating func value() throws(JSONParseError) -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of text, expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw fail("nested more than \(Self.maximumDepth) deep") }
            return bytes[i] == UInt8(ascii: "{") ? try object() : try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fail("unexpected \(describe(bytes[i])), expected a value")
        }
    }

    private mutating func object() throws(JSONParseError) -> JSONValue {
        i += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) { i += 1; return .object(JSONObject(members)) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw fail(i < bytes.count ? "expected a key in double quotes" : "unexpected end of text inside an object") }
            let key = try string()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw fail("expected ':' after the key \"\(key)\"") }
            i += 1
            skipSpace()
            members.append((key, try value()))
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: "}")) { i += 1; return .object(JSONObject(members)) }
            throw fail(i < bytes.count ? "expected ',' or '}'" : "unexpected end of text inside an object")
        }
    }

    private mutating func array() throws(JSONParseError) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: "]")) { i += 1; return .array(items) }
            throw fail(i < bytes.count ? "expected ',' or ']'" : "unexpected end of text inside an array")
        }
    }

    /// Finds the closing quote (control characters are errors), then decodes the escapes of
    /// the body with `JSONStringEscapes`, strictly.
    private mutating func string() throws(JSONParseError) -> String {
        let start = i
        i += 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            if bytes[i] < 0x20 { throw fail("control character \(describe(bytes[i])) in a string (escape it)") }
            // An escape's second byte is never the closing quote.
            i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard i < bytes.count else {
            i = start
            throw fail("string never closed")
        }
        let body = bytes[(start + 1)..<i]
        i += 1
        do { return try JSONStringEscapes.decodeStrictly(body) } catch {
            i = start + 1 + error.offset
            switch error.problem {
            case .unknownEscape(let e): throw fail("unknown escape \\\(describe(e, quoted: false))")
            case .badUnicodeEscape: throw fail("expected four hex digits after \\u")
            case .unfinishedEscape: throw fail("unfinished escape")
            case .unpairedSurrogate: throw fail("unpaired surrogate in a \\u escape")
            case .invalidUTF8:
                i = start
                throw fail("string is not valid UTF-8")
            }
        }
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = i
        var integral = true
        if peek(UInt8(ascii: "-")) { i += 1 }
        // Integer part: 0, or a non-zero digit and more digits (no leading zeros).
        if peek(UInt8(ascii: "0")) {
            i += 1
        } else if digits() == 0 {
            throw fail("expected a digit")
        }
        if peek(UInt8(ascii: ".")) {
            integral = false
            i += 1
            guard digits() > 0 else { throw fail("expected a digit after the decimal point") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            integral = false
            i += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { throw fail("expected a digit in the exponent") }
        }
        if i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
            throw fail("leading zeros are not allowed")
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if integral, let n = Int(text) { return .int(n) }
        guard let d = Double(text), d.isFinite else {
            i = start
            throw fail("number out of range: \(text)")
        }
        return .double(d)
    }

    /// Consumes a run of ASCII digits; returns how many.
    private mutating func digits() -> Int {
        let start = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        return i - start
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let n = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: n)
        guard i + n <= bytes.count, bytes[i..<(i + n)].elementsEqual(expected) else {
            throw fail("unexpected \(describe(bytes[i])), expected a value")
        }
        i += n
        return value
    }

    private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private func describe(_ b: UInt8, quoted: Bool = true) -> String {
        if b >= 0x21 && b < 0x7F {
            let c = String(UnicodeScalar(b))
            return quoted ? "'\(c)'" : c
        }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    /// The error at the current position, with a 1-based line and column (columns count
    /// characters, not bytes).
    private func fail(_ reason: String) -> JSONParseError {
        var line = 1
        var lineStart = 0
        for k in 0..<min(i, bytes.count) where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self).count + 1
        return JSONParseError(line: line, column: column, reason: reason)
    }
}
