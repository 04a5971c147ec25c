extension CodeGrammar {
    /// Line and block comments; false if none starts at the cursor.
    func comment(_ s: inout ByteScanner) -> Bool {
        let c = s.peek()
        if c == UInt8(ascii: "#") && spec.juliaBlockComments && s.peek(1) == UInt8(ascii: "=") {
            var i = s.pos + 2, depth = 1
            while i < s.count && depth > 0 {
                if s[i] == UInt8(ascii: "#") && s[i + 1] == UInt8(ascii: "=") { depth += 1; i += 2 } else if s[i] == UInt8(ascii: "=") && s[i + 1] == UInt8(ascii: "#") { depth -= 1; i += 2 } else { i += 1 }
            }
            s.emit(.comment, to: i)
            return true
        }
        if c == UInt8(ascii: "#") && spec.hashComment {
            s.emit(.comment, to: s.lineEnd(from: s.pos))
            return true
        }
        guard c == UInt8(ascii: "/") else { return false }
        if !spec.lineComment.isEmpty && s.matches(spec.lineComment, at: s.pos) {
            let doc = spec.docComments && s.peek(2) == UInt8(ascii: "/") && s.peek(3) != UInt8(ascii: "/")
            s.emit(doc ? .docComment : .comment, to: s.lineEnd(from: s.pos))
            return true
        }
        guard spec.blockComment && s.peek(1) == UInt8(ascii: "*") else { return false }
        let doc = spec.docComments && s.peek(2) == UInt8(ascii: "*") && s.peek(3) != UInt8(ascii: "/")
        var i = s.pos + 2, depth = 1
        while i < s.count {
            if s[i] == UInt8(ascii: "*") && s[i + 1] == UInt8(ascii: "/") {
                depth -= 1
                i += 2
                if depth == 0 || !spec.nestedBlockComments { break }
            } else if spec.nestedBlockComments && s[i] == UInt8(ascii: "/") && s[i + 1] == UInt8(ascii: "*") {
                depth += 1
                i += 2
            } else {
                i += 1
            }
        }
        s.emit(doc ? .docComment : .comment, to: i)
        return true
    }

    /// A quoted literal starting with `quote` at the cursor.
    func literal(_ s: inout ByteScanner, _ st: inout State, _ quote: UInt8) {
        if quote == UInt8(ascii: "`") {
            if spec.backtickRaw {
                s.emit(.string, to: s.indexAfter([quote], from: s.pos + 1) ?? s.count)
            } else if spec.backtickTemplate {
                template(&s, &st)
            } else {
                s.emit(.punctuation, length: 1)
            }
            return
        }
        let style = quote == UInt8(ascii: "\"") ? spec.doubleQuote : spec.singleQuote
        switch style {
        case .none:
            s.emit(.operator, length: 1)
        case .char:
            if let end = charEnd(s) { s.emit(.string, to: end) } else { s.emit(.operator, length: 1) }
        case .whole, .escapes:
            let triple = spec.tripleQuotes && s.peek(1) == quote && s.peek(2) == quote
            s.emit(.string, length: triple ? 3 : 1)
            stringBody(&s, &st, quote: quote, triple: triple, escapes: style == .escapes)
        }
    }

    /// `'x'`, `'\n'`, `'\x41'`: end of a character literal at the cursor, if one is there.
    func charEnd(_ s: ByteScanner) -> Int? {
        var i = s.pos + 1
        if s[i] == UInt8(ascii: "\\") {
            i = s.skip(ByteSet.alnum, from: i + 2)
            if i == s.pos + 3 || s[s.pos + 2] == UInt8(ascii: "'") { i = s.pos + 3 }
        } else if s[i] != UInt8(ascii: "'") && s[i] != 10 {
            i += 1
            while s[i] & 0xC0 == 0x80 { i += 1 }
        }
        return s[i] == UInt8(ascii: "'") ? i + 1 : nil
    }

    /// String contents up to the closing quote; single-line strings stop at the line end unless the spec says otherwise.
    private func stringBody(_ s: inout ByteScanner, _ st: inout State, quote: UInt8, triple: Bool, escapes: Bool) {
        while !s.atEnd {
            let c = s.peek()
            if c == quote && (!triple || (s.peek(1) == quote && s.peek(2) == quote)) {
                s.emit(.string, length: triple ? 3 : 1)
                return
            }
            if c == 10 && !triple && !spec.multilineStrings { return }
            if c == UInt8(ascii: "\\") {
                if spec.interpolation == .swift && s.peek(1) == UInt8(ascii: "(") {
                    s.emit(.interpolation, length: 2)
                    code(&s, &st, closer: UInt8(ascii: ")"))
                    s.emit(.interpolation, length: 1)
                } else if escapes, let n = escapeLength(s) {
                    s.emit(.escape, length: n)
                } else {
                    s.emit(.string, length: s.peek(1) == 10 ? 1 : 2)
                }
                continue
            }
            if c == UInt8(ascii: "$") && spec.interpolation == .dollar {
                if s.peek(1) == UInt8(ascii: "{") {
                    s.emit(.interpolation, length: 2)
                    code(&s, &st, closer: UInt8(ascii: "}"))
                    s.emit(.interpolation, length: 1)
                    continue
                } else if ByteSet.ident.contains(s.peek(1)) {
                    s.emit(.interpolation, length: 1)
                    s.emit(nil, to: s.skip(.ident, from: s.pos))
                    continue
                }
            }
            s.emit(.string, to: s.find(ByteSet("\\\n$").union(ByteSet(quote == 34 ? "\"" : "'")), from: s.pos + 1))
        }
    }

    /// Backslash escapes as C, Rust and Swift spell them.
    private func escapeLength(_ s: ByteScanner) -> Int? {
        let n = s.peek(1)
        switch n {
        case UInt8(ascii: "x"):
            let e = s.skip(.hexDigits, from: s.pos + 2)
            return e > s.pos + 2 ? min(e - s.pos, 6) : nil
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            if s.peek(2) == UInt8(ascii: "{"), let e = s.indexAfter([UInt8(ascii: "}")], from: s.pos + 3) { return e - s.pos }
            let want = n == UInt8(ascii: "u") ? 4 : 8
            let e = s.skip(.hexDigits, from: s.pos + 2)
            return e - s.pos - 2 >= want ? want + 2 : nil
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var k = 2
            while k < 4 && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(s.peek(k)) { k += 1 }
            return k
        default:
            return ByteSet("\\abfnrtv\"'0").contains(n) ? 2 : nil
        }
    }

    /// JavaScript template literal with `${…}` substitutions.
    private func template(_ s: inout ByteScanner, _ st: inout State) {
        s.emit(.string, length: 1)
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "`") { return s.emit(.string, length: 1) }
            if c == UInt8(ascii: "\\") { s.emit(.string, length: 2); continue }
            if c == UInt8(ascii: "$") && s.peek(1) == UInt8(ascii: "{") {
                s.emit(.interpolation, length: 2)
                code(&s, &st, closer: UInt8(ascii: "}"))
                s.emit(.interpolation, length: 1)
                continue
            }
            s.emit(.string, to: s.find(ByteSet("`\\$"), from: s.pos + 1))
        }
    }
}
