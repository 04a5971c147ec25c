extension ShellGrammar {
    /// Keywords, builtins, comments, escapes, assignments, operators and heredocs.
    func basic(_ s: inout ByteScanner) -> Bool {
        let c = s.peek(), start = s.pos
        let wordStart = !ByteSet.ident.contains(s[start - 1])
        if wordStart && ByteSet.ident.contains(c) {
            let end = s.skip(.ident, from: start)
            if Self.keywords.contains(s.bytes, start, end) {
                s.emit(.keyword, to: end)
                return true
            }
            if Self.builtins.contains(s.bytes, start, end), ByteSet.space.union(ByteSet(")`")).contains(s[end]) {
                s.emit(.builtin, to: end)
                return true
            }
            let ws = s.skip(.space, from: end)
            if s[ws] == UInt8(ascii: "=") || (s[ws] == UInt8(ascii: "+") && s[ws + 1] == UInt8(ascii: "=")) {
                s.emit(.variable, to: end)
                s.emit(nil, to: ws)
                s.emit(.operator, length: s[ws] == UInt8(ascii: "+") ? 2 : 1)
                return true
            }
            return false
        }
        switch c {
        case UInt8(ascii: "#"):
            // Pygments' `#.*\n` needs the newline: a chunk's last line (Dockerfile) keeps `#` as text.
            let end = s.lineEnd(from: start)
            guard end < s.count || s.count == s.bytes.count else { return false }
            s.emit(.comment, to: end)
        case UInt8(ascii: "\\"):
            s.emit(.escape, length: 2)
        case UInt8(ascii: "<") where s.peek(1) == c:
            if s.peek(2) == c {
                s.emit(.operator, length: 3)
            } else if let end = heredocEnd(s) {
                s.emit(.string, to: end)
            } else {
                return false
            }
        case UInt8(ascii: "&") where s.peek(1) == c, UInt8(ascii: "|") where s.peek(1) == c:
            s.emit(.operator, length: 2)
        default:
            guard Self.operators.contains(c) else { return false }
            s.emit(.operator, length: 1)
        }
        return true
    }

    /// `<<-?\s*'?\\?(\w+)` then everything up to the next occurrence of the word.
    private func heredocEnd(_ s: ByteScanner) -> Int? {
        var i = s.pos + 2
        if s[i] == UInt8(ascii: "-") { i += 1 }
        i = s.skip(.space, from: i)
        if s[i] == UInt8(ascii: "'") { i += 1 }
        if s[i] == UInt8(ascii: "\\") { i += 1 }
        let wordEnd = s.skip(.ident, from: i)
        guard wordEnd > i else { return nil }
        let word = Array(s.bytes[i..<wordEnd])
        return s.indexAfter(word, from: wordEnd + 1)
    }

    /// Strings, separators, numbers and plain words.
    func data(_ s: inout ByteScanner) -> Bool {
        let c = s.peek(), start = s.pos
        switch c {
        case UInt8(ascii: "\""):
            doubleQuoted(&s)
        case UInt8(ascii: "$") where s.peek(1) == UInt8(ascii: "\""):
            if let end = simpleDoubleQuotedEnd(s, from: start + 1) { s.emit(.string, to: end) } else { return false }
        case UInt8(ascii: "$") where s.peek(1) == UInt8(ascii: "'"):
            var i = start + 2
            while i < s.count && s[i] != UInt8(ascii: "'") { i += s[i] == UInt8(ascii: "\\") ? 2 : 1 }
            guard i < s.count else { return false }
            s.emit(.string, to: i + 1)
        case UInt8(ascii: "'"):
            guard let end = s.indexAfter([UInt8(ascii: "'")], from: start + 1) else { return false }
            s.emit(.string, to: end)
        case UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"):
            s.emit(.punctuation, length: 1)
        case 32, 9, 10, 13, 12, 11:
            s.emit(nil, to: s.skip(.space, from: start))
        case UInt8(ascii: "<"):
            s.emit(nil, length: 1)
        default:
            if ByteSet.digits.contains(c) {
                let e = s.skip(.digits, from: start)
                if !ByteSet.ident.contains(s[e]) { s.emit(.number, to: e); return true }
            }
            let e = s.find(Self.textStops, from: start)
            guard e > start else { return false }
            s.emit(nil, to: e)
        }
        return true
    }

    /// `"…"` without `$` inside is one string token; otherwise the string state with interpolation.
    private func doubleQuoted(_ s: inout ByteScanner) {
        if let end = simpleDoubleQuotedEnd(s, from: s.pos) { return s.emit(.string, to: end) }
        s.emit(.string, length: 1)
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "\"") { return s.emit(.string, length: 1) }
            if c == UInt8(ascii: "$") { interpolation(&s); continue }
            var i = s.pos
            while i < s.count && s[i] != UInt8(ascii: "\"") && s[i] != UInt8(ascii: "$") {
                i += s[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            s.emit(.string, to: i)
        }
    }

    private func simpleDoubleQuotedEnd(_ s: ByteScanner, from: Int) -> Int? {
        var i = from + 1
        while i < s.count {
            switch s[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            case UInt8(ascii: "$"): return nil
            default: i += 1
            }
        }
        return nil
    }
}
