/// Markdown, as Pygments' MarkdownLexer sees it: headings and list/quote markers as keywords,
/// inline code as strings, link targets as strings, fenced code highlighted in its own language.
struct MarkdownGrammar: Grammar {
    static let fence = Array("```".utf8)

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let lineEnd = s.lineEnd(from: s.pos)
            let next = min(lineEnd + 1, s.count)
            if fencedBlock(&s) { continue }
            if heading(&s, lineEnd: lineEnd) { continue }
            if !listMarker(&s, lineEnd: lineEnd) { inline(&s, to: lineEnd) }
            s.emit(nil, to: next)
        }
    }

    /// ATX (`# Title`) and setext (`Title` over `===`/`---`) headings.
    private func heading(_ s: inout ByteScanner, lineEnd: Int) -> Bool {
        if s.peek() == UInt8(ascii: "#") {
            // `^#[^#].+` and `^#{2,6}[^#].+`: hashes, one more character, then at least one.
            let hashes = s.skip(ByteSet("#"), from: s.pos) - s.pos
            if hashes <= 6 && lineEnd - (s.pos + hashes) >= 2 {
                s.emit(.keyword, to: lineEnd)
                s.emit(nil, to: lineEnd + 1)
                return true
            }
        }
        guard lineEnd > s.pos, lineEnd + 1 < s.count else { return false }
        let under = s[lineEnd + 1]
        guard under == UInt8(ascii: "=") || under == UInt8(ascii: "-") else { return false }
        let underEnd = s.skip(under == UInt8(ascii: "=") ? ByteSet("=") : ByteSet("-"), from: lineEnd + 1)
        guard s[underEnd] == 10 || underEnd == s.count else { return false }
        s.emit(.keyword, to: lineEnd)
        s.emit(nil, to: lineEnd + 1)
        s.emit(.keyword, to: underEnd)
        s.emit(nil, to: underEnd + 1)
        return true
    }

    /// `- [x] `, `* `, `1. ` and `> ` markers, then the rest as inline text.
    private func listMarker(_ s: inout ByteScanner, lineEnd: Int) -> Bool {
        let start = s.skip(.blank, from: s.pos)
        let c = s[start]
        var markerEnd = 0
        if (c == UInt8(ascii: "*") || c == UInt8(ascii: "-")) && ByteSet.blank.contains(s[start + 1]) && start + 2 < lineEnd {
            markerEnd = start + 1
            if s[start + 2] == UInt8(ascii: "["), ByteSet(" xX").contains(s[start + 3]), s[start + 4] == UInt8(ascii: "]"), s[start + 5] == 32, start + 6 < lineEnd {
                s.emit(nil, to: start)
                s.emit(.keyword, to: start + 5)
                inline(&s, to: lineEnd)
                return true
            }
        } else if ByteSet.digits.contains(c) {
            let d = s.skip(.digits, from: start)
            if s[d] == UInt8(ascii: "."), s[d + 1] == 32, d + 2 < lineEnd { markerEnd = d + 1 }
        } else if c == UInt8(ascii: ">") && ByteSet.space.contains(s[start + 1]) && start + 2 < lineEnd {
            s.emit(.keyword, to: start + 2)
            s.emit(nil, to: lineEnd)
            return true
        }
        guard markerEnd > 0 else { return false }
        s.emit(nil, to: start)
        s.emit(.keyword, to: markerEnd)
        inline(&s, to: lineEnd)
        return true
    }
}

extension Language {
    /// Markdown (fenced code inside is highlighted in its language).
    static let markdown = Language("markdown", aliases: ["md", "gfm", "mdown", "mkd"], grammar: MarkdownGrammar())
}
