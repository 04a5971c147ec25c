/// CSS, with Pygments' CssLexer token decisions: selectors, declarations, values, functions and at-rules.
struct CSSGrammar: Grammar {
    static let selectorOperators = ByteSet("~^*!%&$[]()<>|+=@:;,./?-")
    static let valueOperators = ByteSet("~^*!%&<>|+=@:./?-")
    static let word = ByteSet.ident.union(ByteSet("-"))
    static let asciiWord = ByteSet(ranges: "azAZ09", plus: "_")

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            if !selector(&s, closeAt: false) { s.emit(.error, length: 1) }
        }
    }

    /// One selector-level token; `{` opens a declaration block. In `@media { }` bodies `}` closes (returns false).
    func selector(_ s: inout ByteScanner, closeAt: Bool) -> Bool {
        let c = s.peek(), n = s.peek(1)
        if ByteSet.space.contains(c) { s.emit(nil, to: s.skip(.space, from: s.pos)); return true }
        if comment(&s) { return true }
        switch c {
        case UInt8(ascii: "{"):
            s.emit(.punctuation, length: 1)
            declarations(&s)
        case UInt8(ascii: ":") where Self.word.contains(n) || (n == c && Self.word.contains(s.peek(2))):
            let start = n == c ? s.pos + 2 : s.pos + 1
            s.emit(.punctuation, to: start)
            s.emit(.decorator, to: s.skip(Self.word, from: start))
        case UInt8(ascii: ".") where Self.word.contains(n):
            s.emit(.punctuation, length: 1)
            s.emit(.type, to: s.skip(Self.word, from: s.pos))
        case UInt8(ascii: "#") where Self.word.contains(n):
            s.emit(.punctuation, length: 1)
            s.emit(nil, to: s.skip(Self.word, from: s.pos))
        case UInt8(ascii: "@") where Self.word.contains(n):
            s.emit(.punctuation, length: 1)
            s.emit(.keyword, to: s.skip(Self.word, from: s.pos))
            atRule(&s)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            s.emit(.string, to: stringEnd(s))
        case UInt8(ascii: "}") where closeAt:
            return false
        default:
            if Self.word.contains(c) {
                s.emit(.keyword, to: s.skip(Self.word, from: s.pos))
            } else if Self.selectorOperators.contains(c) {
                s.emit(.operator, length: 1)
            } else {
                return false
            }
        }
        return true
    }

    /// After `@name`: up to `;`, or a `{ … }` body of rules.
    private func atRule(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: ";") { return s.emit(.punctuation, length: 1) }
            if c == UInt8(ascii: "{") {
                s.emit(.punctuation, length: 1)
                while !s.atEnd {
                    if s.peek() == UInt8(ascii: "}") { return s.emit(.punctuation, length: 1) }
                    if !selector(&s, closeAt: true) { s.emit(.error, length: 1) }
                }
                return
            }
            if !selector(&s, closeAt: false) { s.emit(.error, length: 1) }
        }
    }

    /// `/* … */`.
    func comment(_ s: inout ByteScanner) -> Bool {
        guard s.peek() == UInt8(ascii: "/") && s.peek(1) == UInt8(ascii: "*") else { return false }
        s.emit(.comment, to: s.indexAfter(Array("*/".utf8), from: s.pos + 2) ?? s.count)
        return true
    }

    func stringEnd(_ s: ByteScanner) -> Int {
        let q = s.peek()
        var i = s.pos + 1
        while i < s.count && s[i] != q { i += s[i] == UInt8(ascii: "\\") ? 2 : 1 }
        return min(i + 1, s.count)
    }

    /// The longest word of `set` that starts the `[\w-]+` run at the cursor and ends at a word boundary.
    func longestWord(_ s: ByteScanner, in set: WordSet) -> Int? {
        let runEnd = s.skip(Self.word, from: s.pos)
        var e = runEnd
        while e > s.pos {
            if !Self.asciiWord.contains(s[e]) || e == runEnd, set.contains(s.bytes, s.pos, e) { return e }
            e -= 1
        }
        return nil
    }
}

extension Language {
    /// CSS.
    static let css = Language("css", aliases: [], grammar: CSSGrammar())
}
