/// Unified and context diffs, one kind per line as Pygments' DiffLexer decides.
struct DiffGrammar: Grammar {
    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let end = s.lineEnd(from: s.pos)
            s.emit(kind(s, end), to: end)
            s.emit(nil, to: end + 1)
        }
    }

    private func kind(_ s: ByteScanner, _ end: Int) -> TokenKind? {
        let c = s.peek(), n = s.peek(1)
        switch c {
        case 32: return nil
        case UInt8(ascii: "!"): return nil
        case UInt8(ascii: "-"): return end - s.pos == 3 && n == c && s.peek(2) == c ? nil : .diffRemoved
        case UInt8(ascii: "<") where n == 32: return .diffRemoved
        case UInt8(ascii: "+"): return .diffAdded
        case UInt8(ascii: ">") where n == 32: return .diffAdded
        case UInt8(ascii: "@"), UInt8(ascii: "="): return .diffHeader
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return isEdScriptHunk(s, end) ? .diffHeader : nil
        case UInt8(ascii: "d") where s.matches(Self.diffWord, at: s.pos): return .diffHeader
        case UInt8(ascii: "i"), UInt8(ascii: "I"): return s.matches(Self.ndexWord, at: s.pos + 1) ? .diffHeader : nil
        default: return nil
        }
    }

    /// `\d(?:,\d+)?(?:a|c|d)\d+(?:,\d+)?` at the line start (the regex needs no line end after it).
    private func isEdScriptHunk(_ s: ByteScanner, _ end: Int) -> Bool {
        var i = s.pos + 1
        if s[i] == UInt8(ascii: ",") { let e = s.skip(.digits, from: i + 1); guard e > i + 1 else { return false }; i = e }
        guard ByteSet("acd").contains(s[i]), ByteSet.digits.contains(s[i + 1]) else { return false }
        return true
    }

    static let diffWord = Array("diff".utf8), ndexWord = Array("ndex".utf8)
}

extension Language {
    /// Unified/context diffs and patches.
    static let diff = Language("diff", aliases: ["patch", "udiff"], grammar: DiffGrammar())
}
