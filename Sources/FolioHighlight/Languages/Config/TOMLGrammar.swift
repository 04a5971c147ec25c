/// TOML, with Pygments' TOMLLexer token decisions: bare keys plain, table headers as keywords.
struct TOMLGrammar: Grammar {
    static let bareKey = ByteSet(ranges: "azAZ09", plus: "_-")

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) {
                s.emit(nil, to: s.skip(.space, from: s.pos))
            } else if c == UInt8(ascii: "#") {
                s.emit(.comment, to: s.lineEnd(from: s.pos))
            } else if c == UInt8(ascii: "=") {
                s.emit(.operator, length: 1)
                s.emit(nil, to: s.skip(.space, from: s.pos))
                value(&s)
            } else if c == UInt8(ascii: "[") {
                tableHeader(&s)
            } else if !key(&s) {
                s.emit(.error, length: 1)
            }
        }
    }

    /// A bare, quoted or dotted key part; false if none is at the cursor.
    private func key(_ s: inout ByteScanner) -> Bool {
        let c = s.peek()
        if Self.bareKey.contains(c) {
            s.emit(nil, to: s.skip(Self.bareKey, from: s.pos))
        } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
            string(&s)
        } else if c == UInt8(ascii: ".") {
            s.emit(.punctuation, length: 1)
        } else {
            return false
        }
        return true
    }

    private func tableHeader(_ s: inout ByteScanner) {
        s.emit(.keyword, length: s.peek(1) == UInt8(ascii: "[") ? 2 : 1)
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "]") { return s.emit(.keyword, length: s.peek(1) == c ? 2 : 1) }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { string(&s); continue }
            if c == 32 || c == 9 { s.emit(nil, length: 1); continue }
            if Self.bareKey.contains(c) || c == UInt8(ascii: ".") { s.emit(.keyword, to: s.skip(Self.bareKey.union(ByteSet(".")), from: s.pos)); continue }
            return
        }
    }

    /// One value after `=` or in an array.
    func value(_ s: inout ByteScanner) {
        let c = s.peek()
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            string(&s)
        case UInt8(ascii: "["):
            s.emit(.punctuation, length: 1)
            array(&s)
        case UInt8(ascii: "{"):
            s.emit(.punctuation, length: 1)
            inlineTable(&s)
        case UInt8(ascii: "t") where s.matches(Array("true".utf8), at: s.pos):
            s.emit(.constant, length: 4)
        case UInt8(ascii: "f") where s.matches(Array("false".utf8), at: s.pos):
            s.emit(.constant, length: 5)
        default:
            let e = s.skip(ByteSet(ranges: "09azAZ", plus: "+-_.:"), from: s.pos)
            let spaced = s[e] == 32 && ByteSet.digits.contains(s[e + 1]) && ByteSet.digits.contains(s[s.pos]) && s[s.pos + 4] == UInt8(ascii: "-")
            let end = spaced ? s.skip(ByteSet(ranges: "09azAZ", plus: "+-_.:"), from: e + 1) : e
            if end > s.pos && (ByteSet("+-0123456789").contains(c) || s.matches(Array("inf".utf8), at: s.pos) || s.matches(Array("nan".utf8), at: s.pos)) {
                s.emit(.number, to: end)
            }
        }
    }

    private func array(_ s: inout ByteScanner) { collection(&s, closer: UInt8(ascii: "]")) }
    private func inlineTable(_ s: inout ByteScanner) { collection(&s, closer: UInt8(ascii: "}")) }

    /// Array items, or inline-table `key = value` pairs (whose `=` is punctuation), up to `closer`.
    private func collection(_ s: inout ByteScanner, closer: UInt8) {
        let table = closer == UInt8(ascii: "}")
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) { s.emit(nil, to: s.skip(.space, from: s.pos)); continue }
            if c == UInt8(ascii: "#") { s.emit(.comment, to: s.lineEnd(from: s.pos)); continue }
            if c == UInt8(ascii: ",") { s.emit(.punctuation, length: 1); continue }
            if c == closer { return s.emit(.punctuation, length: 1) }
            if table && c == UInt8(ascii: "=") {
                s.emit(.punctuation, length: 1)
                s.emit(nil, to: s.skip(.space, from: s.pos))
                value(&s)
                continue
            }
            let before = s.pos
            if table { _ = key(&s) } else { value(&s) }
            if s.pos == before { s.emit(.error, length: 1) }
        }
    }
}

extension Language {
    /// TOML.
    static let toml = Language("toml", aliases: ["pyproject"], grammar: TOMLGrammar())
}
