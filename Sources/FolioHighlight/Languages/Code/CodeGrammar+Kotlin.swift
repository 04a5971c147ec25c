extension CodeGrammar {
    static let kotlinDeclarations = WordSet("fun class interface object val var")

    /// Kotlin's context rules; nil when the word is left to the common classification, true when emitted.
    func kotlinWord(_ s: inout ByteScanner, _ st: inout State, _ start: Int, _ end: Int) -> Bool? {
        let b = s.bytes
        if spec.modifiers.contains(b, start, end) {
            var i = s.skip(.space, from: end)
            while true {
                let e = s.skip(.ident, from: i)
                if Self.kotlinDeclarations.contains(b, i, e) { break }
                guard e > i, spec.modifiers.contains(b, i, e) else { s.emit(nil, to: end); return true }
                i = s.skip(.space, from: e)
            }
            s.emit(.keyword, to: end)
            return true
        }
        if st.pending == .function, s[end] == UInt8(ascii: "."), ByteSet.identStart.contains(s[end + 1]) {
            s.emit(nil, to: end)
            s.emit(.punctuation, length: 1)
            s.emit(.function, to: s.skip(.ident, from: s.pos))
            st.pending = nil
            return true
        }
        if spec.functionIntro.contains(b, start, end), s[s.skip(.space, from: end)] == UInt8(ascii: "<") {
            s.emit(.keyword, to: end)
            s.emit(nil, to: s.skip(.space, from: end))
            generic(&s)
            s.emit(nil, to: s.skip(.space, from: s.pos))
            st.pending = .function
            return true
        }
        return nil
    }

    /// `<T : Bound, in R>` after `fun`: angle brackets as operators, variance words as keywords.
    private func generic(_ s: inout ByteScanner) {
        var depth = 0
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "<") { depth += 1; s.emit(.operator, length: 1); continue }
            if c == UInt8(ascii: ">") {
                s.emit(.operator, length: 1)
                depth -= 1
                if depth == 0 { return }
                continue
            }
            if ByteSet.identStart.contains(c) {
                let e = s.skip(.ident, from: s.pos)
                s.emit(WordSet.variance.contains(s.bytes, s.pos, e) ? .keyword : nil, to: e)
                continue
            }
            s.emit(c == UInt8(ascii: ":") || c == UInt8(ascii: ",") ? .punctuation : nil, length: 1)
        }
    }
}

extension WordSet {
    static let variance = WordSet("reified out in")
}
