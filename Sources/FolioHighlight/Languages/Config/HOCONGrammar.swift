/// HOCON (clearml.conf, Typesafe config): JSON-like, with unquoted keys and values, `${subst}` and `#`/`//` comments.
///
/// Keys are variables as in Folio's JSON and YAML; values are strings, numbers, constants or plain.
struct HOCONGrammar: Grammar {
    static let unquotedStops = ByteSet("$\"{}[]:=,+#`^?!@*&\\ \t\r\n")
    static let constants = WordSet("true false null yes no on off")

    func scan(_ s: inout ByteScanner) {
        var expectKey = true
        while !s.atEnd {
            let c = s.peek()
            switch c {
            case 10, UInt8(ascii: ","):
                s.emit(c == 10 ? nil : .punctuation, length: 1)
                expectKey = true
            case 32, 9, 13:
                s.emit(nil, to: s.skip(ByteSet(" \t\r"), from: s.pos))
            case UInt8(ascii: "#"):
                s.emit(.comment, to: s.lineEnd(from: s.pos))
            case UInt8(ascii: "/") where s.peek(1) == UInt8(ascii: "/"):
                s.emit(.comment, to: s.lineEnd(from: s.pos))
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"):
                s.emit(.punctuation, length: 1)
                expectKey = c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
            case UInt8(ascii: ":"), UInt8(ascii: "="):
                s.emit(.operator, length: 1)
                expectKey = false
            case UInt8(ascii: "+") where s.peek(1) == UInt8(ascii: "="):
                s.emit(.operator, length: 2)
                expectKey = false
            case UInt8(ascii: "$") where s.peek(1) == UInt8(ascii: "{"):
                s.emit(.interpolation, to: s.indexAfter([UInt8(ascii: "}")], from: s.pos) ?? s.lineEnd(from: s.pos))
            case UInt8(ascii: "\""):
                let end = stringEnd(s)
                s.emit(expectKey && isKey(s, end) ? .variable : .string, to: end)
            default:
                let end = max(s.find(Self.unquotedStops, from: s.pos), s.pos + 1)
                if expectKey && isKey(s, end) {
                    s.emit(.variable, to: end)
                } else if Self.constants.contains(s.bytes, s.pos, end) {
                    s.emit(.constant, to: end)
                } else if ByteSet("-0123456789").contains(c), s.bytes[s.pos..<end].allSatisfy({ ByteSet("-+.0123456789eE").contains($0) }) {
                    s.emit(.number, to: end)
                } else if expectKey && s.matches(Self.include, at: s.pos) && end - s.pos == 7 {
                    s.emit(.keyword, to: end)
                } else {
                    s.emit(nil, to: end)
                }
            }
        }
    }
    static let include = Array("include".utf8)

    /// A key is followed (after blanks) by `:`, `=`, `+=`, `{` or a `.`-joined path part.
    private func isKey(_ s: ByteScanner, _ end: Int) -> Bool {
        let n = s.skip(ByteSet(" \t"), from: end)
        return ByteSet(":={.\"").contains(s[n]) || (s[n] == UInt8(ascii: "+") && s[n + 1] == UInt8(ascii: "="))
            || (s[end] == UInt8(ascii: ".") && n == end)
    }

    private func stringEnd(_ s: ByteScanner) -> Int {
        if s.peek(1) == UInt8(ascii: "\"") && s.peek(2) == UInt8(ascii: "\"") {
            return s.indexAfter(Array("\"\"\"".utf8), from: s.pos + 3) ?? s.count
        }
        var i = s.pos + 1
        while i < s.count && s[i] != UInt8(ascii: "\"") && s[i] != 10 { i += s[i] == UInt8(ascii: "\\") ? 2 : 1 }
        return s[i] == UInt8(ascii: "\"") ? i + 1 : i
    }
}

extension Language {
    /// HOCON, the format of clearml.conf.
    static let hocon = Language("hocon", aliases: ["conf-hocon", "clearml.conf", "clearml"], grammar: HOCONGrammar())
}
