extension MakefileGrammar {
    /// A non-recipe line: assignment, rule header, export, or expansions.
    func line(_ s: inout ByteScanner, lineEnd: Int) {
        while s.pos < lineEnd {
            let c = s.peek()
            if ByteSet.blank.contains(c) { s.emit(nil, to: s.skip(.blank, from: s.pos)); continue }
            if c == UInt8(ascii: "$") && Self.automatic.contains(s.peek(1)) { s.emit(.keyword, length: 2); continue }
            if c == UInt8(ascii: "#") { return s.emit(.comment, to: lineEnd) }
            if let op = assignmentOperator(s) {
                s.emit(.variable, to: s.skip(Self.assignmentName, from: s.pos))
                s.emit(nil, to: op.start)
                s.emit(.operator, to: op.end)
                s.emit(nil, to: s.skip(ByteSet(" \t"), from: s.pos))
                var end = lineEnd
                while end < s.count && end > 0 && s[end - 1] == UInt8(ascii: "\\") { end = s.lineEnd(from: end + 1) }
                s.embed(Self.shell, to: end + 1)
                return
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                var i = s.pos + 1
                while i < s.count && s[i] != c { i += s[i] == UInt8(ascii: "\\") ? 2 : 1 }
                s.emit(.string, to: min(i + 1, s.count))
                continue
            }
            let colon = s.find(ByteSet(":\n"), from: s.pos)
            if colon < lineEnd && colon > s.pos {
                s.emit(.function, to: colon)
                s.emit(.operator, to: s.skip(ByteSet(":"), from: colon))
                return header(&s, lineEnd: lineEnd)
            }
            if c == UInt8(ascii: "$") && s.peek(1) == UInt8(ascii: "(") { expansion(&s); continue }
            s.emit(.error, length: 1)
        }
    }

    /// `name [!?:+]?=` at the cursor: the operator's range.
    private func assignmentOperator(_ s: ByteScanner) -> (start: Int, end: Int)? {
        let nameEnd = s.skip(Self.assignmentName, from: s.pos)
        guard nameEnd > s.pos else { return nil }
        var i = s.skip(.blank, from: nameEnd)
        let start = i
        if ByteSet("!?:+").contains(s[i]) { i += 1 }
        return s[i] == UInt8(ascii: "=") ? (start, i + 1) : nil
    }

    /// Prerequisites after a target's colon.
    private func header(_ s: inout ByteScanner, lineEnd: Int) {
        var lineEnd = lineEnd
        while s.pos < lineEnd {
            let c = s.peek()
            if c == UInt8(ascii: "\\") && s.peek(1) == 10 {
                s.emit(nil, length: 2)
                lineEnd = s.lineEnd(from: s.pos)
                continue
            }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: "|") { s.emit(.punctuation, length: 1); continue }
            if c == UInt8(ascii: "#") { return s.emit(.comment, to: lineEnd) }
            if c == UInt8(ascii: "$") && s.peek(1) == UInt8(ascii: "(") { expansion(&s); continue }
            s.emit(nil, length: 1)
        }
    }

    /// `$(NAME …)`: the delimiters as keywords, names as variables.
    func expansion(_ s: inout ByteScanner) {
        s.emit(.keyword, length: 2)
        var depth = 1
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "(") { depth += 1; s.emit(.keyword, length: 1); continue }
            if c == UInt8(ascii: ")") {
                s.emit(.keyword, length: 1)
                depth -= 1
                if depth == 0 { return }
                continue
            }
            if c == UInt8(ascii: "$") { s.emit(.keyword, length: 1); continue }
            let nameChars = ByteSet.ident.union(ByteSet(".-"))
            if nameChars.contains(c) { s.emit(.variable, to: s.skip(nameChars, from: s.pos)); continue }
            s.emit(nil, to: s.find(nameChars.union(ByteSet("$()")), from: s.pos))
        }
    }
}
