/// A Python string prefix (`rb`, `f`, `u`...) read from the bytes before a quote.
struct PythonStringPrefix {
    var raw = false, format = false, bytes = false

    /// No prefix: a plain string.
    init() {}

    /// Nil when `start..<end` is not a valid prefix.
    init?(_ s: ByteScanner, _ start: Int, _ end: Int) {
        for i in start..<end {
            switch s[i] | 0x20 {
            case UInt8(ascii: "r"): if raw { return nil }; raw = true
            case UInt8(ascii: "f"), UInt8(ascii: "t"): if format || bytes { return nil }; format = true
            case UInt8(ascii: "b"): if format || bytes { return nil }; bytes = true
            case UInt8(ascii: "u"): if end - start != 1 { return nil }
            default: return nil
            }
        }
    }
}

extension PythonGrammar {
    /// A triple-quoted string opening a line is a docstring, if it is closed somewhere.
    func docString(_ s: inout ByteScanner, prefixLength: Int) -> Bool {
        let q = s.pos + prefixLength, quote = s[q]
        guard s[q + 1] == quote, s[q + 2] == quote else { return false }
        if prefixLength > 0 {
            for i in s.pos..<q where !ByteSet("rRuUbB").contains(s[i]) { return false }
        }
        var i = s.pos - 1
        while i >= 0 && ByteSet.space.contains(s[i]) && s[i] != 10 { i -= 1 }
        guard i < 0 || s[i] == 10, let end = s.indexAfter([quote, quote, quote], from: q + 3) else { return false }
        s.emit(.string, to: q)
        s.emit(.docComment, to: end)
        return true
    }

    /// A string literal with its prefix, up to its closing quote or, if single-quoted, the line end.
    func string(_ s: inout ByteScanner, prefixLength: Int) {
        let prefix = PythonStringPrefix(s, s.pos, s.pos + prefixLength) ?? PythonStringPrefix()
        let q = s.pos + prefixLength, quote = s[q]
        let triple = s[q + 1] == quote && s[q + 2] == quote
        s.emit(.string, to: q + (triple ? 3 : 1))
        while !s.atEnd {
            let c = s.peek()
            if c == quote && (!triple || (s.peek(1) == quote && s.peek(2) == quote)) {
                s.emit(.string, length: triple ? 3 : 1)
                return
            }
            if c == 10 {
                if !triple { return }
                s.emit(.string, length: 1)
                continue
            }
            if c == UInt8(ascii: "\\") {
                let n = s.peek(1)
                if !triple && (n == quote || n == UInt8(ascii: "\\") || n == 10) {
                    s.emit(.escape, length: 2)
                } else if !prefix.raw, let len = escapeLength(s, bytes: prefix.bytes) {
                    s.emit(.escape, length: len)
                } else {
                    s.emit(.string, length: 1)
                }
                continue
            }
            if prefix.format {
                if (c == UInt8(ascii: "{") || c == UInt8(ascii: "}")) && s.peek(1) == c {
                    s.emit(.escape, length: 2)
                } else if c == UInt8(ascii: "{") {
                    s.emit(.interpolation, length: 1)
                    code(&s, fstring: true)
                } else if c == UInt8(ascii: "}") {
                    s.emit(.interpolation, length: 1)
                } else {
                    s.emit(.string, to: s.find(Self.formatStops, from: s.pos + 1))
                }
                continue
            }
            if c == UInt8(ascii: "%"), let len = PythonFormat.percentLength(s) {
                s.emit(.interpolation, length: len)
            } else if c == UInt8(ascii: "{"), let len = PythonFormat.braceLength(s) {
                s.emit(.interpolation, length: len)
            } else {
                s.emit(.string, to: s.find(Self.plainStops, from: s.pos + 1))
            }
        }
    }

    static let formatStops = ByteSet("\\'\"{}\n")
    static let plainStops = ByteSet("\\'\"%{\n")

    /// Length of a backslash escape at the cursor, nil if it is not one.
    private func escapeLength(_ s: ByteScanner, bytes: Bool) -> Int? {
        let n = s.peek(1)
        switch n {
        case UInt8(ascii: "\\"), UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
            UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\""), UInt8(ascii: "'"), 10:
            return 2
        case UInt8(ascii: "x"):
            return hexRun(s, s.pos + 2, 2) ? 4 : nil
        case UInt8(ascii: "u") where !bytes:
            return hexRun(s, s.pos + 2, 4) ? 6 : nil
        case UInt8(ascii: "U") where !bytes:
            return hexRun(s, s.pos + 2, 8) ? 10 : nil
        case UInt8(ascii: "N") where !bytes && s.peek(2) == UInt8(ascii: "{"):
            guard let e = s.indexAfter([UInt8(ascii: "}")], from: s.pos + 3),
                s.lineEnd(from: s.pos) >= e else { return nil }
            return e - s.pos
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var k = 2
            while k < 4 && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(s.peek(k)) { k += 1 }
            return k
        default:
            return nil
        }
    }

    private func hexRun(_ s: ByteScanner, _ from: Int, _ n: Int) -> Bool {
        (from..<from + n).allSatisfy { ByteSet.hexDigits.contains(s[$0]) }
    }
}
