/// Python 3 code, making the token decisions Pygments' PythonLexer makes.
struct PythonGrammar: Grammar {
    static let operators = ByteSet("-~+/*%=<>&^|.")
    static let punctuation = ByteSet("[]{}:(),;")
    static let def = Array("def".utf8), klass = Array("class".utf8), importWord = Array("import".utf8)
    static let from = Array("from".utf8), yieldFrom = Array("yield from".utf8)
    static let match = Array("match".utf8), caseWord = Array("case".utf8)

    func scan(_ s: inout ByteScanner) {
        code(&s, fstring: false)
    }

    /// Scans statements; with `fstring`, one replacement field's expression up to its `}` or `:`.
    func code(_ s: inout ByteScanner, fstring: Bool) {
        var depth = 0
        while !s.atEnd {
            let c = s.peek()
            if fstring && depth == 0, let end = fieldEnd(s) {
                s.emit(.interpolation, to: end)
                return
            }
            switch c {
            case 10, 32, 9, 13, 12:
                s.emit(nil, length: 1)
            case UInt8(ascii: "#") where !fstring:
                s.emit(.comment, to: s.lineEnd(from: s.pos))
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if !fstring, docString(&s, prefixLength: 0) { continue }
                string(&s, prefixLength: 0)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                s.emit(.number, to: PythonNumber.end(s, from: s.pos))
            case UInt8(ascii: "."):
                let n = PythonNumber.end(s, from: s.pos)
                if n > s.pos { s.emit(.number, to: n) } else { s.emit(.operator, length: 1) }
            case UInt8(ascii: "!") where s.peek(1) == UInt8(ascii: "="), UInt8(ascii: ":") where s.peek(1) == UInt8(ascii: "="):
                s.emit(.operator, length: 2)
            case UInt8(ascii: "@"):
                let e = s.skip(.ident, from: s.pos + 1)
                if ByteSet.identStart.contains(s.peek(1)) { s.emit(.decorator, to: e) } else { s.emit(.operator, length: 1) }
            case UInt8(ascii: "\\"):
                s.emit(nil, length: 1)
            default:
                if Self.punctuation.contains(c) {
                    if fstring {
                        if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth += 1 }
                        if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") { depth -= 1 }
                    }
                    s.emit(.punctuation, length: 1)
                } else if Self.operators.contains(c) {
                    s.emit(.operator, length: 1)
                } else if ByteSet.identStart.contains(c) {
                    word(&s, fstring: fstring)
                } else {
                    s.emit(.error, length: 1)
                }
            }
        }
    }

    /// End of `(=\s*)?(![sraf])?[}:]` at the cursor, which closes an f-string field.
    private func fieldEnd(_ s: ByteScanner) -> Int? {
        var i = s.pos
        if s[i] == UInt8(ascii: "=") { i = s.skip(.space, from: i + 1) }
        if s[i] == UInt8(ascii: "!"), ByteSet("sraf").contains(s[i + 1]) { i += 2 }
        return s[i] == UInt8(ascii: "}") || s[i] == UInt8(ascii: ":") ? i + 1 : nil
    }

    private func word(_ s: inout ByteScanner, fstring: Bool) {
        let start = s.pos, end = s.skip(.ident, from: start)
        let q = s[end]
        if (q == UInt8(ascii: "\"") || q == UInt8(ascii: "'")) && end - start <= 2,
            PythonStringPrefix(s, start, end) != nil
        {
            if !fstring, docString(&s, prefixLength: end - start) { return }
            string(&s, prefixLength: end - start)
            return
        }
        let b = s.bytes, afterDot = start > 0 && b[start - 1] == UInt8(ascii: ".")
        let next = s[end]
        if !fstring, next == 32 || next == 9 || next == UInt8(ascii: "\\") {
            if s.matches(Self.def, at: start) && end - start == 3 { return named(&s, end, .function) }
            if s.matches(Self.klass, at: start) && end - start == 5 { return named(&s, end, .type) }
            if s.matches(Self.importWord, at: start) && end - start == 6 { return PythonImport.importList(&s, end) }
            if s.matches(Self.from, at: start) && end - start == 4 { return PythonImport.fromClause(&s, end) }
        }
        let kind: TokenKind?
        if PythonWords.keywords.contains(b, start, end) {
            kind = .keyword
        } else if PythonWords.constants.contains(b, start, end) {
            kind = .constant
        } else if PythonWords.wordOperators.contains(b, start, end) {
            kind = .keyword
        } else if !afterDot && PythonWords.builtins.contains(b, start, end) {
            kind = .builtin
        } else if !afterDot && PythonWords.exceptions.contains(b, start, end) {
            kind = .builtin
        } else if PythonWords.magicFunctions.contains(b, start, end) {
            kind = .function
        } else if PythonWords.magicVariables.contains(b, start, end) {
            kind = .variable
        } else if !fstring && isSoftKeyword(s, start, end) {
            kind = .keyword
        } else {
            kind = nil
        }
        s.emit(kind, to: end)
        if kind == .keyword, s.matches(Self.yieldFrom, at: start), !ByteSet.ident.contains(s[start + 10]) {
            s.emit(.keyword, to: start + 10)
        }
    }

    /// `def`/`class` and the name after it.
    private func named(_ s: inout ByteScanner, _ end: Int, _ kind: TokenKind) {
        s.emit(.keyword, to: end)
        var i = end
        while s[i] == 32 || s[i] == 9 || s[i] == 10 || (s[i] == UInt8(ascii: "\\") && ByteSet.space.contains(s[i + 1])) {
            i += s[i] == UInt8(ascii: "\\") ? 2 : 1
        }
        s.emit(nil, to: i)
        if ByteSet.identStart.contains(s.peek()) { s.emit(kind, to: s.skip(.ident, from: i)) }
    }

    /// `match`/`case` opening a line and not used as a plain name.
    private func isSoftKeyword(_ s: ByteScanner, _ start: Int, _ end: Int) -> Bool {
        let len = end - start
        guard len == 4 || len == 5, s.matches(Self.match, at: start) && len == 5
            || s.matches(Self.caseWord, at: start) && len == 4 else { return false }
        var i = start - 1
        while i >= 0 && (s[i] == 32 || s[i] == 9) { i -= 1 }
        guard i < 0 || s[i] == 10 else { return false }
        let j = s.skip(ByteSet(" \t"), from: end)
        if ByteSet(":,;=^&|@~)]}").contains(s[j]) { return false }
        let w = s.skip(.ident, from: j)
        return !PythonWords.softKeywordBlockers.contains(s.bytes, j, w)
    }
}
