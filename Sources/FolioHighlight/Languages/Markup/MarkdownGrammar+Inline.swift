extension MarkdownGrammar {
    /// A ``` fence: with a language, its code is highlighted in that language; without, one string.
    func fencedBlock(_ s: inout ByteScanner) -> Bool {
        let start = s.skip(.blank, from: s.pos)
        guard s.matches(Self.fence, at: start) else { return false }
        let infoStart = start + 3
        let langEnd = s.skip(ByteSet.ident.union(ByteSet("-")), from: infoStart)
        let infoEnd = s.lineEnd(from: infoStart)
        guard langEnd == infoEnd || langEnd > infoStart, infoEnd < s.count else { return false }
        guard let close = closingFence(s, from: infoEnd + 1) else { return false }
        if langEnd == infoStart {
            guard infoEnd == infoStart else { return false }
            s.emit(.string, to: close.end)
            return true
        }
        s.emit(.string, to: langEnd)
        s.emit(nil, to: infoEnd + 1)
        let language = Highlighter.language(named: s.text(infoStart, langEnd))
        if let grammar = language?.grammar, close.start > s.pos {
            s.embed(grammar, to: close.start)
        } else {
            s.emit(.string, to: close.start)
        }
        s.emit(.string, to: close.end)
        return true
    }

    /// The next line that is only ``` (after blanks): its start and its end including the newline.
    private func closingFence(_ s: ByteScanner, from: Int) -> (start: Int, end: Int)? {
        var i = from
        while i < s.count {
            let lineEnd = s.lineEnd(from: i)
            let first = s.skip(.blank, from: i)
            if s.matches(Self.fence, at: first) && first + 3 == lineEnd && lineEnd < s.count {
                return (i, lineEnd + 1)
            }
            i = lineEnd + 1
        }
        return nil
    }

    /// Inline code spans and link targets up to `end`; emphasis, entities and other text are plain.
    ///
    /// Mirrors Pygments' rule order, including its one-character prefix on span rules and its
    /// `[^\\\s]+` text rule that swallows spans starting inside a word.
    func inline(_ s: inout ByteScanner, to end: Int) {
        while s.pos < end {
            let c = s.peek()
            if c == UInt8(ascii: "\\") { s.emit(nil, to: min(s.pos + 2, end)); continue }
            if let (open, close) = span(s, Self.backtick, end: end) {
                s.emit(nil, to: open)
                s.emit(.string, to: close)
                continue
            }
            if let close = emphasisEnd(s, end: end) {
                s.emit(nil, to: close)
                continue
            }
            if c == UInt8(ascii: "[") || (c == UInt8(ascii: "!") && s.peek(1) == UInt8(ascii: "[")) {
                link(&s, end: end)
                continue
            }
            if ByteSet.space.contains(c) { s.emit(nil, length: 1); continue }
            s.emit(nil, to: min(s.find(ByteSet("\\ \t\r\n"), from: s.pos), end))
        }
    }

    static let backtick = Array("`".utf8)
    static let emphasis = ["**", "__", "*", "_", "~~"].map { Array($0.utf8) }

    private func emphasisEnd(_ s: ByteScanner, end: Int) -> Int? {
        for delimiter in Self.emphasis {
            if let (_, close) = span(s, delimiter, end: end) { return close }
        }
        return nil
    }

    /// `([^X]?)(D[^X \n][^X\n]*D)` for delimiter D made of X: where the span starts and ends.
    private func span(_ s: ByteScanner, _ delimiter: [UInt8], end: Int) -> (Int, Int)? {
        let x = delimiter[0]
        for start in s.peek() != x ? [s.pos + 1, s.pos] : [s.pos] {
            guard s.matches(delimiter, at: start) else { continue }
            let first = start + delimiter.count
            let f = s[first]
            guard f != x, f != 10, first < end, delimiter.count == 1 && x == UInt8(ascii: "`") || f != 32 else { continue }
            let runEnd = s.find(ByteSet([x, 10].map { String(UnicodeScalar($0)) }.joined()), from: first + 1)
            if runEnd < end, s.matches(delimiter, at: runEnd) { return (start, runEnd + delimiter.count) }
        }
        return nil
    }

    /// `[text](url)` and `[label]: url`: the URL is a string.
    private func link(_ s: inout ByteScanner, end: Int) {
        let open = s.peek() == UInt8(ascii: "!") ? s.pos + 1 : s.pos
        let close = s.find(ByteSet("]\n"), from: open + 1)
        guard close < end, close > open + 1 || s[close + 1] == UInt8(ascii: ":") else { return s.emit(nil, length: 1) }
        if s[close + 1] == UInt8(ascii: "("), let paren = s.indexAfter([UInt8(ascii: ")")], from: close + 2), paren <= end,
            paren - 1 > close + 2, !s.bytes[close + 2..<paren - 1].contains(10)
        {
            s.emit(nil, to: close + 2)
            s.emit(.string, to: paren - 1)
            s.emit(nil, to: paren)
        } else if s[close + 1] == UInt8(ascii: ":"), s.bytes[s.pos..<open].isEmpty, s.bytes[..<s.pos].last.map({ $0 == 10 }) ?? true {
            let url = s.skip(.blank, from: close + 2)
            guard url < end else { return s.emit(nil, length: 1) }
            s.emit(nil, to: url)
            s.emit(.string, to: end)
        } else {
            s.emit(nil, to: close + 1)
        }
    }
}
