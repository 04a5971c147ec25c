extension CodeGrammar {
    static let swiftPunctuation = ByteSet("(){}[].,:;=@#`?")
    static let swiftOperatorRun = ByteSet("/=-+!*%<>&|^?~")

    /// Pygments' SwiftLexer split between punctuation and operator runs.
    func swiftOperator(_ s: inout ByteScanner, _ st: inout State, _ c: UInt8) {
        st.pending = nil
        let next = s.peek(1), prev = s[s.pos - 1]
        if c == UInt8(ascii: "-") && next == UInt8(ascii: ">") {
            s.emit(.punctuation, length: 2)
        } else if Self.swiftPunctuation.contains(c)
            || ((c == UInt8(ascii: "<") || c == UInt8(ascii: "&")) && ByteSet.ident.contains(next))
            || ((c == UInt8(ascii: ">") || c == UInt8(ascii: "!")) && ByteSet.ident.contains(prev))
        {
            s.emit(.punctuation, length: 1)
        } else if Self.swiftOperatorRun.contains(c) {
            s.emit(.operator, to: s.skip(Self.swiftOperatorRun, from: s.pos))
        } else if c == UInt8(ascii: "$") && ByteSet.digits.contains(next) {
            s.emit(.variable, to: s.skip(.digits, from: s.pos + 1))
        } else {
            s.emit(nil, length: 1)
        }
    }

    static let scalaOperatorChars = ByteSet("<>=:!%&*+-/?@|~^\\#")

    /// Scala operator runs, lone `:` as punctuation, and `'symbol` literals; false to fall through.
    func scalaOperator(_ s: inout ByteScanner, _ st: inout State, _ c: UInt8) -> Bool {
        st.pending = nil
        if c == UInt8(ascii: "'") {
            guard ByteSet.identStart.contains(s.peek(1)) else { return false }
            let e = s.skip(.ident, from: s.pos + 1)
            guard s[e] != UInt8(ascii: "'") else { return false }
            s.emit(.constant, to: e)
            return true
        }
        guard Self.scalaOperatorChars.contains(c) else { return false }
        let e = s.skip(Self.scalaOperatorChars, from: s.pos)
        s.emit(e - s.pos == 1 && c == UInt8(ascii: ":") ? .punctuation : .operator, to: e)
        return true
    }

    /// Rust's `:`/`->` type positions, `&` in them, and `'a` lifetimes; false to fall through.
    func rustPunctuation(_ s: inout ByteScanner, _ st: inout State, _ c: UInt8) -> Bool {
        let next = s.peek(1)
        if c == UInt8(ascii: ":") && next == UInt8(ascii: ":") {
            s.emit(.punctuation, length: 2)
            st.pending = nil
        } else if c == UInt8(ascii: ":") || (c == UInt8(ascii: "-") && next == UInt8(ascii: ">")) {
            s.emit(.punctuation, length: c == UInt8(ascii: ":") ? 1 : 2)
            st.pending = .type
        } else if c == UInt8(ascii: "&") && st.pending == .type {
            s.emit(.keyword, length: 1)
        } else if c == UInt8(ascii: "'") {
            s.emit(.operator, length: 1)
            let e = s.skip(.ident, from: s.pos)
            let name = s.text(s.pos, e)
            s.emit(name == "static" || name == "_" ? .builtin : .variable, to: e)
        } else if c == UInt8(ascii: "$") && ByteSet.identStart.contains(next) {
            s.emit(.keyword, to: s.skip(.ident, from: s.pos + 1))
        } else {
            return false
        }
        return true
    }
}
