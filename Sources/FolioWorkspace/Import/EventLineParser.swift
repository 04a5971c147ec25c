import FolioCore
import FolioWidgets
import Foundation

/// One event line field set, as the SDK writes it to `metrics.jsonl` / `log.jsonl`.
/// Fields not listed here (`method`, …) are skipped.
struct RawEvent: Sendable {
    var timestamp: Double?
    var type: String?
    var task: String?
    var iter: Int?
    var metric: String?
    var variant: String?
    var value: Double?
    var plotStr: String?
    var key: String?
    var url: String?
    var xAxisLabel: String?
    var level: String?
    var worker: String?
    var msg: String?
}

/// A small, fast JSON reader for event batches: each line is a JSON array of event objects.
/// Written by hand for two reasons: the SDK's Python `json` writes the bare tokens `NaN`,
/// `Infinity` and `-Infinity` that Foundation rejects (even with `allowsJSON5` on Linux), and
/// Foundation's decoder took ~0.9 s for the 21,000-event session where this takes milliseconds.
struct EventLineParser {
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var offset: Int
        var reason: String
        var description: String { "line \(line), byte \(offset): \(reason)" }
    }

    /// Parses every non-empty line; a line may be an array of events or a single event object.
    static func parse(_ data: Data) throws -> [RawEvent] {
        var events: [RawEvent] = []
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var scanner = Scanner(bytes: bytes, pos: start, end: end, line: lineNumber)
                scanner.skipSpace()
                if scanner.pos < end {
                    try scanner.parseBatch(into: &events)
                    scanner.skipSpace()
                    if scanner.pos < end { throw scanner.fail("trailing characters after the batch") }
                }
                start = end + 1
            }
        }
        return events
    }

    fileprivate struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var pos: Int
        let end: Int
        let line: Int

        func fail(_ reason: String) -> Failure { Failure(line: line, offset: pos, reason: reason) }

        var peek: UInt8? { pos < end ? bytes[pos] : nil }

        mutating func skipSpace() {
            while pos < end, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0D || bytes[pos] == 0x0A {
                pos += 1
            }
        }

        mutating func expect(_ c: UInt8) throws {
            skipSpace()
            guard peek == c else { throw fail("expected '\(Character(Unicode.Scalar(c)))'") }
            pos += 1
        }

        mutating func parseBatch(into events: inout [RawEvent]) throws {
            skipSpace()
            if peek == UInt8(ascii: "{") {
                events.append(try parseEvent())
                return
            }
            try expect(UInt8(ascii: "["))
            skipSpace()
            if peek == UInt8(ascii: "]") {
                pos += 1
                return
            }
            while true {
                events.append(try parseEvent())
                skipSpace()
                guard let c = peek else { throw fail("unterminated batch") }
                pos += 1
                if c == UInt8(ascii: "]") { return }
                if c != UInt8(ascii: ",") { throw fail("expected ',' or ']' in batch") }
            }
        }

        mutating func parseEvent() throws -> RawEvent {
            var e = RawEvent()
            try expect(UInt8(ascii: "{"))
            skipSpace()
            if peek == UInt8(ascii: "}") {
                pos += 1
                return e
            }
            while true {
                skipSpace()
                let key = try parseString()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                switch key {
                case "timestamp": e.timestamp = try parseNumberOrNull()
                case "iter": e.iter = try parseNumberOrNull().map { Int(exactly: $0.rounded(.towardZero)) ?? 0 }
                case "value": e.value = try parseNumberOrNull()
                case "type": e.type = try parseStringOrSkip()
                case "task": e.task = try parseStringOrSkip()
                case "metric": e.metric = try parseStringOrSkip()
                case "variant": e.variant = try parseStringOrSkip()
                case "plot_str": e.plotStr = try parseStringOrSkip()
                case "key": e.key = try parseStringOrSkip()
                case "url": e.url = try parseStringOrSkip()
                case "x_axis_label": e.xAxisLabel = try parseStringOrSkip()
                case "level": e.level = try parseStringOrSkip()
                case "worker": e.worker = try parseStringOrSkip()
                case "msg": e.msg = try parseStringOrSkip()
                default: try skipValue()
                }
                skipSpace()
                guard let c = peek else { throw fail("unterminated event object") }
                pos += 1
                if c == UInt8(ascii: "}") { return e }
                if c != UInt8(ascii: ",") { throw fail("expected ',' or '}' in event") }
            }
        }

        mutating func parseStringOrSkip() throws -> String? {
            if peek == UInt8(ascii: "\"") { return try parseString() }
            try skipValue()
            return nil
        }

        /// Numbers, plus Python's `NaN`, `Infinity`, `-Infinity`; `null` gives nil.
        mutating func parseNumberOrNull() throws -> Double? {
            if matchWord("null") { return nil }
            if matchWord("NaN") { return .nan }
            if matchWord("Infinity") { return .infinity }
            if matchWord("-Infinity") { return -.infinity }
            if peek == UInt8(ascii: "\"") {
                // Tolerate a quoted number; anything else is not a number.
                let s = try parseString()
                return Double(s)
            }
            let start = pos
            while pos < end {
                let c = bytes[pos]
                let isNumberByte =
                    (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                    || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                if !isNumberByte { break }
                pos += 1
            }
            guard pos > start else { throw fail("expected a number") }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
            guard let d = Double(text) else { throw fail("bad number '\(text)'") }
            return d
        }

        mutating func matchWord(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard pos + n <= end else { return false }
            let w = word.utf8Start
            for i in 0..<n where bytes[pos + i] != w[i] { return false }
            pos += n
            return true
        }

        mutating func parseString() throws -> String {
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a string") }
            pos += 1
            let start = pos
            var hasEscape = false
            while pos < end {
                let c = bytes[pos]
                if c == UInt8(ascii: "\"") { break }
                if c == UInt8(ascii: "\\") {
                    hasEscape = true
                    pos += 1
                }
                pos += 1
            }
            guard pos < end else { throw fail("unterminated string") }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<pos])
            pos += 1
            if !hasEscape { return String(decoding: raw, as: UTF8.self) }
            return try unescape(raw)
        }

        func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
            guard let text = JSONStringEscapes.decode(Array(raw)) else { throw fail("bad escape in string") }
            return text
        }

        /// Skips any JSON value (with the non-standard number tokens).
        mutating func skipValue() throws {
            skipSpace()
            guard let c = peek else { throw fail("expected a value") }
            switch c {
            case UInt8(ascii: "\""): _ = try parseString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = c == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                pos += 1
                skipSpace()
                if peek == close {
                    pos += 1
                    return
                }
                while true {
                    if c == UInt8(ascii: "{") {
                        skipSpace()
                        _ = try parseString()
                        try expect(UInt8(ascii: ":"))
                    }
                    try skipValue()
                    skipSpace()
                    guard let n = peek else { throw fail("unterminated container") }
                    pos += 1
                    if n == close { return }
                    if n != UInt8(ascii: ",") { throw fail("expected ',' in container") }
                }
            default:
                if matchWord("true") || matchWord("false") { return }
                _ = try parseNumberOrNull()
            }
        }
    }
}
