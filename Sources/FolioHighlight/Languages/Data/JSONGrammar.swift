/// JSON and JSON Lines (with the `//` and `/* */` comments found in the wild), as Pygments' JsonLexer.
struct JSONGrammar: Grammar {
    static let numberChars = ByteSet("-0123456789.eE+")
    static let constantChars = ByteSet("truefalsn")
    static let punctuation = ByteSet("{}[],:")

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            switch c {
            case 32, 9, 10, 13:
                s.emit(nil, to: s.skip(.space, from: s.pos))
            case UInt8(ascii: "\""):
                let end = stringEnd(s)
                let after = s.skip(.space, from: end)
                s.emit(s[after] == UInt8(ascii: ":") ? .variable : .string, to: end)
            case UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "t"):
                s.emit(.constant, to: s.skip(Self.constantChars, from: s.pos))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                s.emit(.number, to: s.skip(Self.numberChars, from: s.pos))
            case UInt8(ascii: "/") where s.peek(1) == UInt8(ascii: "/"):
                s.emit(.comment, to: s.lineEnd(from: s.pos))
            case UInt8(ascii: "/") where s.peek(1) == UInt8(ascii: "*"):
                s.emit(.comment, to: s.indexAfter(Array("*/".utf8), from: s.pos + 2) ?? s.count)
            default:
                s.emit(Self.punctuation.contains(c) ? .punctuation : .error, length: 1)
            }
        }
    }

    /// End of the string at the cursor; an unterminated one stops at the line end.
    private func stringEnd(_ s: ByteScanner) -> Int {
        var i = s.pos + 1
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "\\"): i += s[i + 1] == 10 ? 1 : 2
            case UInt8(ascii: "\""): return i + 1
            case 10: return i
            default: i += 1
            }
        }
        return s.count
    }
}

extension Language {
    /// JSON.
    static let json = Language("json", aliases: ["json-object", "geojson", "jsonc", "json5", "ipynb"], grammar: JSONGrammar())
    /// JSON Lines: one JSON value per line.
    static let jsonl = Language("jsonl", aliases: ["ndjson", "jsonlines"], grammar: JSONGrammar())
}
