/// INI / cfg files (and .properties-like `key: value`), with Pygments' IniLexer token decisions.
struct INIGrammar: Grammar {
    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            s.emit(nil, to: s.skip(.space, from: s.pos))
            if s.atEnd { return }
            let lineEnd = s.lineEnd(from: s.pos)
            line(&s, lineEnd: lineEnd)
        }
    }

    private func line(_ s: inout ByteScanner, lineEnd: Int) {
        let c = s.peek()
        if c == UInt8(ascii: ";") || c == UInt8(ascii: "#") {
            return s.emit(.comment, to: lineEnd)
        }
        var trimmed = lineEnd
        while trimmed > s.pos && ByteSet.blank.contains(s[trimmed - 1]) { trimmed -= 1 }
        if c == UInt8(ascii: "[") && s[trimmed - 1] == UInt8(ascii: "]") {
            return s.emit(.keyword, to: trimmed)
        }
        let op = s.find(ByteSet("=:\n"), from: s.pos)
        guard op < lineEnd else { return s.emit(.variable, to: trimmed) }
        var keyEnd = op
        while keyEnd > s.pos && ByteSet.blank.contains(s[keyEnd - 1]) { keyEnd -= 1 }
        s.emit(.variable, to: keyEnd)
        s.emit(nil, to: op)
        s.emit(.operator, length: 1)
        s.emit(nil, to: s.skip(ByteSet(" \t"), from: s.pos))
        let q = s.peek()
        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
            if let close = s.find(ByteSet("\"'\n"), from: s.pos + 1) as Int?, close < lineEnd {
                s.emit(.string, to: close + 1)
            }
            return
        }
        // `[^ ;#\n]*(?: +[^ ;#\n]+)*`: words separated by spaces, stopping at `;` or `#`.
        var i = s.pos, end = s.pos
        while i < lineEnd {
            let w = s.find(ByteSet(" ;#\n"), from: i)
            if w > i { end = w }
            guard s[w] == 32 else { break }
            let next = s.skip(ByteSet(" "), from: w)
            guard next < lineEnd, !ByteSet(";#\n").contains(s[next]) else { break }
            i = next
        }
        if s[end] == UInt8(ascii: "\\") && end < lineEnd && s.skip(.blank, from: end + 1) == lineEnd {
            s.emit(.string, to: end)
            s.emit(nil, to: lineEnd)
            return continuation(&s)
        }
        s.emit(.string, to: end)
    }

    /// Lines after a value ending in `\`.
    private func continuation(_ s: inout ByteScanner) {
        while !s.atEnd {
            s.emit(nil, to: s.skip(.space, from: s.pos))
            let lineEnd = s.lineEnd(from: s.pos)
            var e = lineEnd
            while e > s.pos && ByteSet.blank.contains(s[e - 1]) { e -= 1 }
            if e > s.pos && s[e - 1] == UInt8(ascii: "\\") {
                s.emit(.string, to: e - 1)
                s.emit(nil, to: lineEnd)
                continue
            }
            return s.emit(.string, to: lineEnd)
        }
    }
}

extension Language {
    /// INI and cfg files.
    static let ini = Language("ini", aliases: ["cfg", "dosini", "conf", "properties", "editorconfig", "gitconfig", "desktop", "systemd"], grammar: INIGrammar())
}
