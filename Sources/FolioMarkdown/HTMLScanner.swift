// FolioMarkdown: Markdown text (cmark-gfm) -> Document, with raw HTML paired and sanitised.
import Foundation

/// One piece of a raw HTML fragment: a tag, a comment or text between tags.
enum HTMLPiece: Equatable {
    case open(name: String, attributes: [String: String], selfClosing: Bool)
    case close(name: String)
    case comment(String)
    case text(String)
}

/// A forgiving scanner for the small raw-HTML fragments cmark hands over (one block or one inline
/// tag at a time). It never fails: anything that is not a well-formed tag is text.
enum HTMLScanner {
    static func scan(_ html: String) -> [HTMLPiece] {
        var pieces: [HTMLPiece] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        var text = ""
        func flush() {
            if !text.isEmpty { pieces.append(.text(decodeEntities(text))) }
            text = ""
        }
        while i < chars.count {
            if chars[i] == "<" {
                if let (piece, next) = tag(chars, at: i) {
                    flush()
                    pieces.append(piece)
                    i = next
                    continue
                }
            }
            text.unicodeScalars.append(chars[i])
            i += 1
        }
        flush()
        return pieces
    }

    /// The scalars as a string, appended one by one: `String.UnicodeScalarView(slice)` goes
    /// through the standard library's unspecialised generic path, whose first use makes the
    /// runtime scan every protocol conformance in the binary (about 0.1 ms per report).
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = ""
        s.unicodeScalars.reserveCapacity(scalars.count)
        for scalar in scalars { s.unicodeScalars.append(scalar) }
        return s
    }

    private static func tag(_ c: [Unicode.Scalar], at start: Int) -> (HTMLPiece, Int)? {
        var i = start + 1
        if i + 2 < c.count, c[i] == "!", c[i + 1] == "-", c[i + 2] == "-" {
            var j = i + 3
            while j + 2 < c.count, !(c[j] == "-" && c[j + 1] == "-" && c[j + 2] == ">") { j += 1 }
            let body = string(c[(i + 3)..<min(j, c.count)])
            return (.comment(body), min(j + 3, c.count))
        }
        var closing = false
        if i < c.count, c[i] == "/" {
            closing = true
            i += 1
        }
        let nameStart = i
        while i < c.count, c[i].properties.isAlphabetic || ("0"..."9").contains(c[i]) || c[i] == "-" { i += 1 }
        guard i > nameStart, c[nameStart].properties.isAlphabetic else { return nil }
        let name = string(c[nameStart..<i]).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < c.count {
            while i < c.count, c[i].properties.isWhitespace { i += 1 }
            guard i < c.count else { return nil }
            if c[i] == ">" { return closing ? (.close(name: name), i + 1) : (.open(name: name, attributes: attributes, selfClosing: selfClosing), i + 1) }
            if c[i] == "/" {
                selfClosing = true
                i += 1
                continue
            }
            let keyStart = i
            while i < c.count, !c[i].properties.isWhitespace, c[i] != "=", c[i] != ">", c[i] != "/" { i += 1 }
            guard i > keyStart else { return nil }
            let key = string(c[keyStart..<i]).lowercased()
            while i < c.count, c[i].properties.isWhitespace { i += 1 }
            var value = ""
            if i < c.count, c[i] == "=" {
                i += 1
                while i < c.count, c[i].properties.isWhitespace { i += 1 }
                guard i < c.count else { return nil }
                if c[i] == "\"" || c[i] == "'" {
                    let quote = c[i]
                    let vStart = i + 1
                    i = vStart
                    while i < c.count, c[i] != quote { i += 1 }
                    guard i < c.count else { return nil }
                    value = string(c[vStart..<i])
                    i += 1
                } else {
                    let vStart = i
                    while i < c.count, !c[i].properties.isWhitespace, c[i] != ">" { i += 1 }
                    value = string(c[vStart..<i])
                }
            }
            attributes[key] = decodeEntities(value)
        }
        return nil
    }

    /// Decodes the named entities reports use plus numeric ones; unknown ones stay as written.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semi = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = String(after[after.index(after: after.startIndex)..<semi])
            if let decoded = entity(name) {
                out += decoded
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return out + rest
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "copy": "©",
        "reg": "®", "trade": "™", "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»",
        "times": "×", "divide": "÷", "plusmn": "±", "deg": "°", "micro": "µ", "middot": "·", "bull": "•",
        "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "check": "✓", "le": "≤", "ge": "≥", "ne": "≠",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "lambda": "λ", "mu": "μ", "sigma": "σ",
        "euro": "€", "pound": "£", "yen": "¥", "sect": "§", "para": "¶", "emsp": "\u{2003}", "ensp": "\u{2002}",
        "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
    ]

    private static func entity(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let body = name.dropFirst()
            let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            guard let v = value, v != 0, let scalar = Unicode.Scalar(v) else { return nil }
            return String(Character(scalar))
        }
        return named[name]
    }
}
