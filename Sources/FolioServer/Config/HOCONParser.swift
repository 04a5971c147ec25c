import Foundation

/// Why a `clearml.conf` could not be read, with its line.
public struct HOCONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the problem.
    public var line: Int
    /// What is wrong.
    public var message: String
    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// Parses the HOCON that real `clearml.conf` files contain: nested blocks, `key: value`,
/// `key = value` and `key { … }`, quoted, triple-quoted and unquoted strings, arrays, dotted
/// keys, `#` and `//` comments. `include` lines are skipped with a warning; `${…}`
/// substitutions are kept as text with a warning (the settings Folio reads never use them).
public struct HOCONParser {
    /// Non-fatal findings (`line 3: include ignored`).
    public private(set) var warnings: [String] = []

    private var chars: [Character] = []
    private var pos = 0
    private var line = 1

    /// A parser; `parse` may be called more than once.
    public init() {}

    /// Parses a whole file into its root object.
    public mutating func parse(_ text: String) throws(HOCONError) -> HOCONObject {
        chars = Array(text)
        pos = 0
        line = 1
        warnings = []
        skipSpace(newlines: true)
        let braced = peek == "{"
        if braced { advance() }
        let root = try members(closing: braced ? "}" : nil)
        skipSpace(newlines: true)
        guard pos == chars.count else { throw fail("unexpected '\(chars[pos])'") }
        return root
    }

    // MARK: objects

    private mutating func members(closing: Character?) throws(HOCONError) -> HOCONObject {
        var object = HOCONObject()
        while true {
            skipSpace(newlines: true)
            if peek == "," { advance(); continue }
            guard let c = peek else {
                if let closing { throw fail("missing '\(closing)' before the end of the file") }
                return object
            }
            if c == closing { advance(); return object }
            if c == "}" || c == "]" { throw fail("unexpected '\(c)'") }
            let startLine = line
            let path = try key()
            if path == ["include"] && peek != ":" && peek != "=" && peek != "{" {
                skipToEndOfLine()
                warnings.append("line \(startLine): include ignored (Folio reads only this file)")
                continue
            }
            skipSpace(newlines: false)
            if peek == "+" && next == "=" {
                advance()
                advance()
            } else if peek == ":" || peek == "=" {
                advance()
            } else if peek != "{" {
                throw fail("expected ':', '=' or '{' after '\(path.joined(separator: "."))'")
            }
            skipSpace(newlines: true)
            object.set(path[...], try value())
        }
    }

    /// A key: dot-separated parts, each quoted or unquoted (`api.credentials."access_key"`).
    private mutating func key() throws(HOCONError) -> [String] {
        var parts: [String] = []
        var current = ""
        var quotedPart = false
        while let c = peek {
            if c == "\"" {
                current += try quoted()
                quotedPart = true
            } else if c == "." {
                parts.append(current)
                current = ""
                quotedPart = false
                advance()
            } else if c == ":" || c == "=" || c == "{" || c == "\n" || c == "+" || c == "#" || c == "," {
                break
            } else if c == " " || c == "\t" {
                // Whitespace ends the key (HOCON's `a b = 1` keys never occur in clearml.conf).
                skipSpace(newlines: false)
                break
            } else {
                current.append(c)
                advance()
            }
        }
        parts.append(current)
        if parts.contains(where: \.isEmpty) && !quotedPart { throw fail("missing key") }
        return parts
    }

    // MARK: values

    private mutating func value() throws(HOCONError) -> HOCONValue {
        guard let c = peek else { throw fail("missing value at the end of the file") }
        switch c {
        case "{":
            advance()
            return .object(try members(closing: "}"))
        case "[":
            advance()
            return .array(try array())
        case "\"":
            var text = try quoted()
            // Value concatenation ("a" "b", "a"b) joins the pieces.
            text += unquotedText()
            return .scalar(text)
        default:
            let text = unquotedText()
            guard !text.isEmpty else { throw fail("missing value") }
            if text.contains("${") { warnings.append("line \(line): substitution '\(text)' kept as text") }
            return text == "null" ? .null : .scalar(text)
        }
    }

    private mutating func array() throws(HOCONError) -> [HOCONValue] {
        var items: [HOCONValue] = []
        while true {
            skipSpace(newlines: true)
            if peek == "," { advance(); continue }
            guard let c = peek else { throw fail("missing ']' before the end of the file") }
            if c == "]" { advance(); return items }
            items.append(try value())
        }
    }

    /// Unquoted text up to a newline, `,`, `}`, `]`, `#` or a `//` comment; `//` inside a word
    /// (`http://host`) is part of the text, as pyhocon reads it.
    private mutating func unquotedText() -> String {
        var text = ""
        while let c = peek {
            if c == "\n" || c == "," || c == "}" || c == "]" || c == "#" { break }
            if c == "/" && next == "/" && (text.isEmpty || text.last == " " || text.last == "\t") { break }
            text.append(c)
            advance()
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A `"…"` string with JSON escapes, or a `"""…"""` string taken verbatim.
    private mutating func quoted() throws(HOCONError) -> String {
        let startLine = line
        if peek == "\"" && next == "\"" && at(2) == "\"" {
            pos += 3
            var text = ""
            while pos < chars.count {
                if chars[pos] == "\"" && at(1) == "\"" && at(2) == "\"" {
                    pos += 3
                    return text
                }
                if chars[pos] == "\n" { line += 1 }
                text.append(chars[pos])
                pos += 1
            }
            throw HOCONError(line: startLine, message: "unterminated \"\"\" string")
        }
        advance()
        var text = ""
        while let c = peek {
            advance()
            switch c {
            case "\"": return text
            case "\n": throw HOCONError(line: startLine, message: "unterminated string")
            case "\\":
                guard let e = peek else { break }
                advance()
                switch e {
                case "n": text += "\n"
                case "t": text += "\t"
                case "r": text += "\r"
                case "b": text += "\u{08}"
                case "f": text += "\u{0C}"
                case "u":
                    let hex = String(chars[pos..<min(pos + 4, chars.count)])
                    guard hex.count == 4, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
                        throw fail("bad \\u escape")
                    }
                    text.unicodeScalars.append(s)
                    pos += 4
                default: text.append(e)
                }
            default: text.append(c)
            }
        }
        throw HOCONError(line: startLine, message: "unterminated string")
    }

    // MARK: scanning

    private var peek: Character? { pos < chars.count ? chars[pos] : nil }
    private var next: Character? { at(1) }
    private func at(_ offset: Int) -> Character? { pos + offset < chars.count ? chars[pos + offset] : nil }

    private mutating func advance() {
        if chars[pos] == "\n" { line += 1 }
        pos += 1
    }

    private mutating func skipToEndOfLine() {
        while let c = peek, c != "\n" { advance() }
    }

    /// Skips blanks and comments (and newlines when asked).
    private mutating func skipSpace(newlines: Bool) {
        while let c = peek {
            if c == " " || c == "\t" || c == "\r" || c == "\u{FEFF}" || (newlines && c == "\n") {
                advance()
            } else if c == "#" || (c == "/" && next == "/") {
                skipToEndOfLine()
            } else {
                return
            }
        }
    }

    private func fail(_ message: String) -> HOCONError { HOCONError(line: line, message: message) }
}
