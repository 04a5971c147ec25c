extension CSSGrammar {
    static let propertyStops = ByteSet(" \t\n\r:")
    static let vendorPrefixLengths = [9, 8, 7, 6, 5, 4, 3]

    /// Inside `{ … }`: property names, then values until `;` or `}`.
    func declarations(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) { s.emit(nil, to: s.skip(.space, from: s.pos)); continue }
            if c == UInt8(ascii: "}") { return s.emit(.punctuation, length: 1) }
            if c == UInt8(ascii: ";") { s.emit(.punctuation, length: 1); continue }
            if comment(&s) { continue }
            if c == UInt8(ascii: "@") && s.atLineStart { s.emit(.keyword, to: s.lineEnd(from: s.pos)); continue }
            if let e = vendorPrefixEnd(s) { s.emit(.keyword, to: e); continue }
            let nameEnd = s.skip(Self.word, from: s.pos)
            let colon = s.skip(.space, from: nameEnd)
            if nameEnd > s.pos, s[colon] == UInt8(ascii: ":") {
                let kind: TokenKind? = c == UInt8(ascii: "-") ? .variable : CSSWords.properties.contains(s.bytes, s.pos, nameEnd) ? .keyword : nil
                s.emit(kind, to: nameEnd)
                s.emit(nil, to: colon)
                s.emit(.punctuation, length: 1)
                if value(&s) { return }
                continue
            }
            s.emit(.error, length: 1)
        }
    }

    private func vendorPrefixEnd(_ s: ByteScanner) -> Int? {
        for len in Self.vendorPrefixLengths where CSSWords.vendorPrefixes.contains(s.bytes, s.pos, min(s.pos + len, s.count)) {
            return s.pos + len
        }
        return nil
    }

    /// A property value up to `;` (consumed); true if it ended the block with `}`.
    private func value(_ s: inout ByteScanner) -> Bool {
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) { s.emit(nil, to: s.skip(.space, from: s.pos)); continue }
            if c == UInt8(ascii: ";") { s.emit(.punctuation, length: 1); return false }
            if c == UInt8(ascii: "}") { s.emit(.punctuation, length: 1); return true }
            if let e = vendorPrefixEnd(s) { s.emit(.builtin, to: e); continue }
            if term(&s, inFunction: false) { continue }
            if c == UInt8(ascii: "!") && s.matches(Self.important, at: s.pos) { s.emit(.keyword, length: 10); continue }
            if Self.valueOperators.contains(c) { s.emit(.operator, to: s.skip(Self.valueOperators, from: s.pos)); continue }
            if ByteSet("[](),").contains(c) { s.emit(.punctuation, to: s.skip(ByteSet("[](),"), from: s.pos)); continue }
            s.emit(.error, length: 1)
        }
        return false
    }
    static let important = Array("!important".utf8), url = Array("url(".utf8)

    /// Function arguments up to the closing `)`.
    private func function(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) { s.emit(nil, to: s.skip(.space, from: s.pos)); continue }
            if c == UInt8(ascii: ")") { return s.emit(.punctuation, length: 1) }
            if c == UInt8(ascii: "-") && s.peek(1) == c {
                s.emit(.variable, to: s.skip(Self.word.union(ByteSet("+")), from: s.pos))
                continue
            }
            if let e = vendorPrefixEnd(s) { s.emit(.keyword, to: e); continue }
            if term(&s, inFunction: true) { continue }
            if ByteSet("*+/-").contains(c) { s.emit(.operator, length: 1); continue }
            if c == UInt8(ascii: ",") { s.emit(.punctuation, length: 1); continue }
            s.emit(.error, length: 1)
        }
    }

    /// URLs, function calls, keyword values, numbers, strings and names.
    private func term(_ s: inout ByteScanner, inFunction: Bool) -> Bool {
        let c = s.peek()
        if s.matches(Self.url, at: s.pos) {
            s.emit(.builtin, length: 3)
            s.emit(.punctuation, length: 1)
            let close = s.find(ByteSet(")"), from: s.pos)
            s.emit(.string, to: close)
            s.emit(.punctuation, length: 1)
            return true
        }
        if comment(&s) { return true }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { s.emit(.string, to: stringEnd(s)); return true }
        if c == UInt8(ascii: "#") && ByteSet.alnum.contains(s.peek(1)) {
            s.emit(.number, to: min(s.skip(.alnum, from: s.pos + 1), s.pos + 7))
            return true
        }
        if ByteSet.digits.contains(c) || ((c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: "."))
            && (ByteSet.digits.contains(s.peek(1)) || (s.peek(1) == UInt8(ascii: ".") && ByteSet.digits.contains(s.peek(2)))))
        {
            return number(&s)
        }
        guard ByteSet.identStart.contains(c) || (inFunction && c == UInt8(ascii: "-")) else { return false }
        let nameEnd = s.skip(Self.word, from: s.pos)
        if s[nameEnd] == UInt8(ascii: "(") && nameEnd - s.pos >= 2 {
            s.emit(CSSWords.functionalValues.contains(s.bytes, s.pos, nameEnd) ? .builtin : .function, to: nameEnd)
            s.emit(.punctuation, length: 1)
            function(&s)
            return true
        }
        for set in [CSSWords.keywordValues, CSSWords.otherKeywordValues, CSSWords.colors] {
            if let e = longestWord(s, in: set) { s.emit(.constant, to: e); return true }
        }
        if !inFunction, let e = longestWord(s, in: CSSWords.properties) { s.emit(.keyword, to: e); return true }
        s.emit(nil, to: inFunction ? s.skip(.ident, from: s.pos + 1) : nameEnd)
        return true
    }

    /// `[+-]?digits(.digits)?` and a unit or `%`.
    private func number(_ s: inout ByteScanner) -> Bool {
        var i = s.pos
        if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        i = s.skip(.digits, from: i)
        if s[i] == UInt8(ascii: "."), ByteSet.digits.contains(s[i + 1]) { i = s.skip(.digits, from: i + 1) }
        s.emit(.number, to: i)
        if s.peek() == UInt8(ascii: "%") {
            s.emit(.type, length: 1)
        } else if let e = longestWord(s, in: CSSWords.units) {
            s.emit(.type, to: e)
        }
        return true
    }
}
