/// SQL, with Pygments' SqlLexer token decisions (keywords in any case, `"ident"` as a quoted symbol).
struct SQLGrammar: Grammar {
    static let operators = ByteSet("+*/<>=~!@#%^&|`?-")
    static let punctuation = ByteSet(";:()[],.")
    static let nameChars = ByteSet.ident.union(ByteSet("$"))

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) {
                s.emit(nil, to: s.skip(.space, from: s.pos))
            } else if c == UInt8(ascii: "-") && s.peek(1) == c {
                s.emit(.comment, to: s.lineEnd(from: s.pos))
            } else if c == UInt8(ascii: "/") && s.peek(1) == UInt8(ascii: "*") {
                s.emit(.comment, to: blockCommentEnd(s))
            } else if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                var i = s.pos + 1
                while i < s.count {
                    if s[i] == c { if s[i + 1] == c { i += 2; continue }; i += 1; break }
                    i += 1
                }
                s.emit(c == UInt8(ascii: "'") ? .string : .constant, to: i)
            } else if ByteSet.digits.contains(c) {
                s.emit(.number, to: s.skip(.digits, from: s.pos))
            } else if ByteSet.identStart.contains(c) {
                let end = s.skip(Self.nameChars, from: s.pos)
                let wordEnd = s.skip(.ident, from: s.pos)
                if SQLWords.keywords.containsLowercased(s.bytes, s.pos, wordEnd) {
                    s.emit(.keyword, to: wordEnd)
                } else if SQLWords.datatypes.containsLowercased(s.bytes, s.pos, wordEnd) {
                    s.emit(.builtin, to: wordEnd)
                } else {
                    s.emit(nil, to: end)
                }
            } else if Self.operators.contains(c) {
                s.emit(.operator, length: 1)
            } else if Self.punctuation.contains(c) {
                s.emit(.punctuation, length: 1)
            } else {
                s.emit(.error, length: 1)
            }
        }
    }

    /// End of a nested `/* … */` comment (or the text).
    private func blockCommentEnd(_ s: ByteScanner) -> Int {
        var i = s.pos + 2, depth = 1
        while i < s.count {
            if s[i] == UInt8(ascii: "/") && s[i + 1] == UInt8(ascii: "*") { depth += 1; i += 2 } else if s[i] == UInt8(ascii: "*") && s[i + 1] == UInt8(ascii: "/") {
                depth -= 1
                i += 2
                if depth == 0 { return i }
            } else { i += 1 }
        }
        return s.count
    }
}

extension Language {
    /// SQL (ANSI with common dialect words).
    static let sql = Language("sql", aliases: ["postgresql", "postgres", "psql", "mysql", "sqlite", "sqlite3", "plpgsql"], grammar: SQLGrammar())
}
