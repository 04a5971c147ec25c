/// YAML, line by line: keys, indicators, quoted and block scalars, flow collections, tags and comments.
struct YAMLGrammar: Grammar {
    static let keyStops = ByteSet("#,?[]{}\"'\n")
    static let flowKeyStops = ByteSet(",:?[]{}\"'\n")
    static let flowPlainStops = ByteSet(",:?[]{}\n \t")

    func scan(_ s: inout ByteScanner) {
        var blockIndent = -1
        var flowDepth = 0
        while !s.atEnd {
            let lineEnd = s.lineEnd(from: s.pos)
            let indent = s.skip(ByteSet(" "), from: s.pos) - s.pos
            if blockIndent >= 0 {
                if s[s.pos + indent] == 10 || s.pos + indent >= s.count || indent > blockIndent {
                    s.emit(nil, to: s.pos + indent)
                    s.emit(.string, to: lineEnd)
                    s.emit(nil, to: lineEnd + 1)
                    continue
                }
                blockIndent = -1
            }
            if flowDepth > 0 {
                flow(&s, &flowDepth, lineEnd: lineEnd)
            } else {
                blockIndent = line(&s, &flowDepth, lineEnd: lineEnd)
            }
            s.emit(nil, to: lineEnd + 1)
        }
    }

    /// One block-context line; returns the indentation a following block scalar must exceed, or -1.
    private func line(_ s: inout ByteScanner, _ flowDepth: inout Int, lineEnd: Int) -> Int {
        if (s.matches(Self.documentStart, at: s.pos) || s.matches(Self.documentEnd, at: s.pos))
            && (s[s.pos + 3] == 32 || s.pos + 3 >= lineEnd)
        {
            s.emit(nil, length: 3)
        }
        if s.peek() == UInt8(ascii: "%") && s.atLineStart {
            s.emit(.keyword, to: lineEnd)
            return -1
        }
        while s.pos < lineEnd {
            s.emit(nil, to: s.skip(ByteSet(" \t"), from: s.pos))
            let c = s.peek()
            if (c == UInt8(ascii: "-") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")) && (s.peek(1) == 32 || s.pos + 1 >= lineEnd) {
                s.emit(.punctuation, length: 1)
                continue
            }
            break
        }
        let contentIndent = s.pos - (s.bytes[..<s.pos].lastIndex(of: 10).map { $0 + 1 } ?? 0)
        if let colon = keyColon(s, lineEnd: lineEnd) {
            s.emit(.variable, to: colon)
            s.emit(.punctuation, length: 1)
        }
        return value(&s, &flowDepth, lineEnd: lineEnd) ? contentIndent : -1
    }

    /// `([^#,?\[\]{}"'\n]+)(:)(?=[ ]|$)` with the regex's backtracking: the last such colon in the run.
    private func keyColon(_ s: ByteScanner, lineEnd: Int) -> Int? {
        let runEnd = s.find(Self.keyStops, from: s.pos)
        guard runEnd > s.pos else { return nil }
        var i = runEnd - 1
        while i > s.pos {
            if s[i] == UInt8(ascii: ":") && (s[i + 1] == 32 || i + 1 == lineEnd) { return i }
            i -= 1
        }
        return nil
    }

    /// The rest of a block line; true if it opens a block scalar (`|`, `>`).
    private func value(_ s: inout ByteScanner, _ flowDepth: inout Int, lineEnd: Int) -> Bool {
        var opensBlock = false
        while s.pos < lineEnd {
            let c = s.peek()
            switch c {
            case 32, 9:
                s.emit(nil, to: s.skip(ByteSet(" \t"), from: s.pos))
            case UInt8(ascii: "#") where s.pos == 0 || ByteSet.space.contains(s[s.pos - 1]):
                s.emit(.comment, to: lineEnd)
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                s.emit(.punctuation, to: s.skip(ByteSet("+-123456789"), from: s.pos + 1))
                opensBlock = true
            case UInt8(ascii: "!"):
                s.emit(.type, to: s.find(ByteSet(" \t\n"), from: s.pos))
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                s.emit(nil, to: s.find(ByteSet(" \t\n,]}"), from: s.pos))
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quoted(&s, c)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth = 0
                flow(&s, &flowDepth, lineEnd: lineEnd)
                return false
            default:
                var e = s.pos
                while e < lineEnd && !(s[e] == UInt8(ascii: "#") && ByteSet.blank.contains(s[e - 1])) { e += 1 }
                while e > s.pos && ByteSet.blank.contains(s[e - 1]) { e -= 1 }
                s.emit(nil, to: max(e, s.pos + 1))
            }
        }
        return opensBlock
    }

    static let documentStart = Array("---".utf8), documentEnd = Array("...".utf8)
}

extension Language {
    /// YAML.
    static let yaml = Language("yaml", aliases: ["yml"], grammar: YAMLGrammar())
}
