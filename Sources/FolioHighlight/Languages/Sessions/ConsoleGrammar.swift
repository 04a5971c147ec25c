/// Shell sessions: prompt lines (`$ `, `# `, `user@host:~$ `, `(venv) $ `) hold shell code, other lines are output.
struct ConsoleGrammar: Grammar {
    static let shell = ShellGrammar()

    func scan(_ s: inout ByteScanner) {
        var continuation = false
        while !s.atEnd {
            let lineEnd = s.lineEnd(from: s.pos)
            let next = min(lineEnd + 1, s.count)
            if continuation || promptEnd(s) != nil {
                if continuation {
                    if s.peek() == UInt8(ascii: ">") && s.peek(1) == 32 { s.emit(.prompt, length: 2) }
                } else if let end = promptEnd(s) {
                    s.emit(.prompt, to: end)
                }
                s.embed(Self.shell, to: next)
                continuation = lineEnd > 0 && s[lineEnd - 1] == UInt8(ascii: "\\")
            } else {
                s.emit(.output, to: next)
            }
        }
    }

    /// End of the prompt opening the current line, nil if the line is output.
    private func promptEnd(_ s: ByteScanner) -> Int? {
        var i = s.pos
        let lineEnd = s.lineEnd(from: i)
        if s[i] == UInt8(ascii: "(") {
            let close = s.find(ByteSet(") \t\n"), from: i + 1)
            if s[close] == UInt8(ascii: ")") { i = s.skip(.blank, from: close + 1) }
        }
        let ws = s.skip(.blank, from: i)
        if Self.promptChars.contains(s[ws]) { return s.skip(.blank, from: ws + 1) }
        if s[i] == UInt8(ascii: "[") {
            let close = s.find(ByteSet("]\n"), from: i)
            let mark = s.skip(.blank, from: close + 1)
            if s[close] == UInt8(ascii: "]"), Self.promptChars.contains(s[mark]) { return s.skip(.blank, from: mark + 1) }
        }
        // user@host:dir$ — a first word holding @ or :, ending in (or followed by) the prompt character.
        guard ByteSet.ident.contains(s[i]) else { return nil }
        let wordEnd = s.find(ByteSet.space, from: i)
        guard wordEnd <= lineEnd, s.bytes[i..<wordEnd].contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":") }) else { return nil }
        if Self.promptChars.contains(s[wordEnd - 1]) { return s.skip(.blank, from: wordEnd) }
        let mark = s.skip(.blank, from: wordEnd)
        if Self.promptChars.contains(s[mark]) && (ByteSet.space.contains(s[mark + 1]) || mark + 1 == s.count) {
            return s.skip(.blank, from: mark + 1)
        }
        return nil
    }

    static let promptChars = ByteSet("$#%")
}

extension Language {
    /// Shell sessions: prompts, commands and their output.
    static let console = Language("console", aliases: ["shell-session", "sh-session", "terminal", "bash-session", "shellsession"], grammar: ConsoleGrammar())
}
