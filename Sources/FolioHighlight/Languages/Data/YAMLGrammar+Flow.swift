extension YAMLGrammar {
    /// Flow collections (`[a, b]`, `{k: v}`), possibly spanning lines; `depth` carries over between lines.
    func flow(_ s: inout ByteScanner, _ depth: inout Int, lineEnd: Int) {
        while s.pos < lineEnd {
            let c = s.peek()
            switch c {
            case 32, 9:
                s.emit(nil, to: s.skip(ByteSet(" \t"), from: s.pos))
            case UInt8(ascii: "#"):
                s.emit(.comment, to: lineEnd)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                s.emit(.punctuation, length: 1)
                if c == UInt8(ascii: "{") { flowKey(&s, lineEnd: lineEnd) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                s.emit(.punctuation, length: 1)
                if depth <= 0 {
                    depth = 0
                    s.emit(nil, to: s.skip(ByteSet(" \t"), from: s.pos))
                    if s.peek() == UInt8(ascii: "#") { s.emit(.comment, to: lineEnd) }
                    s.emit(nil, to: lineEnd)
                    return
                }
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "?"):
                s.emit(.punctuation, length: 1)
                if c == UInt8(ascii: ",") { flowKey(&s, lineEnd: lineEnd) }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quoted(&s, c)
            case UInt8(ascii: "!"):
                s.emit(.type, to: s.find(ByteSet(" \t\n,]}"), from: s.pos))
            default:
                s.emit(nil, to: max(s.find(Self.flowPlainStops, from: s.pos), s.pos + 1))
            }
        }
    }

    /// A `key:` at the start of a flow-mapping entry.
    private func flowKey(_ s: inout ByteScanner, lineEnd: Int) {
        let start = s.skip(ByteSet(" \t"), from: s.pos)
        let end = s.find(Self.flowKeyStops, from: start)
        if end > start, s[end] == UInt8(ascii: ":"), s[end + 1] == 32 || end + 1 == lineEnd {
            s.emit(nil, to: start)
            s.emit(.variable, to: end)
        }
    }

    /// A quoted scalar, which may continue on following lines.
    func quoted(_ s: inout ByteScanner, _ quote: UInt8) {
        s.emit(.string, length: 1)
        while !s.atEnd {
            let c = s.peek()
            if quote == UInt8(ascii: "'") && c == quote && s.peek(1) == quote {
                s.emit(.escape, length: 2)
            } else if c == quote {
                return s.emit(.string, length: 1)
            } else if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
                let n = s.peek(1)
                let len = n == UInt8(ascii: "x") ? 4 : n == UInt8(ascii: "u") ? 6 : n == UInt8(ascii: "U") ? 10 : 0
                if len > 0 && s.skip(.hexDigits, from: s.pos + 2) >= s.pos + len {
                    s.emit(.escape, length: len)
                } else {
                    s.emit(.string, length: 2)
                }
            } else if ByteSet.space.contains(c) {
                s.emit(nil, to: s.skip(.space, from: s.pos))
            } else {
                s.emit(.string, to: s.find(ByteSet(" \t\n\\'\"").union(ByteSet()), from: s.pos + 1))
            }
        }
    }
}
