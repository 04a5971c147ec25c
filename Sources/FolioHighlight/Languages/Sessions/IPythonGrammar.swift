/// IPython sessions: `In [n]:`, `...:` (and `>>>`) prompts hold Python (with `%magic` and `!shell` lines), `Out[n]:` starts output.
struct IPythonGrammar: Grammar {
    static let python = PythonGrammar()
    static let shell = ShellGrammar()
    static let inPrompt = Array("In [".utf8), outPrompt = Array("Out[".utf8), continuation = Array("   ..".utf8)

    func scan(_ s: inout ByteScanner) {
        var traceback = false
        while !s.atEnd {
            let lineEnd = s.lineEnd(from: s.pos)
            let next = min(lineEnd + 1, s.count)
            if let end = prompt(s, Self.inPrompt) ?? continuationPrompt(s) ?? doctestPrompt(s) {
                traceback = false
                s.emit(.prompt, to: end)
                code(&s, until: next)
            } else if let end = prompt(s, Self.outPrompt) {
                s.emit(.prompt, to: end)
                s.emit(.output, to: next)
            } else {
                if s.peek() == UInt8(ascii: "-") && s.skip(ByteSet("-"), from: s.pos) == lineEnd {
                    traceback = true
                    s.emit(.error, to: next)
                } else if traceback {
                    // Traceback body: the exception name stands out, the message stays plain.
                    let name = s.skip(.ident, from: s.pos)
                    if name > s.pos && s[name] == UInt8(ascii: ":") { s.emit(.builtin, to: name) }
                    s.emit(nil, to: next)
                } else {
                    s.emit(.output, to: next)
                }
            }
        }
    }

    /// One input line: a magic, a shell escape or Python.
    private func code(_ s: inout ByteScanner, until next: Int) {
        let saved = s.limit
        s.limit = next
        let start = s.skip(.blank, from: s.pos)
        if s[start] == UInt8(ascii: "%") && ByteSet.ident.contains(s[start + 1]) {
            s.emit(nil, to: start)
            s.emit(.operator, length: s[start + 1] == UInt8(ascii: "%") ? 2 : 1)
            s.emit(.keyword, to: s.skip(.ident, from: s.pos))
            s.emit(nil, to: next)
        } else if s[start] == UInt8(ascii: "!") {
            s.emit(nil, to: start)
            s.emit(.operator, length: 1)
            Self.shell.run(&s, .root)
        } else {
            Self.python.code(&s, fstring: false)
        }
        s.limit = saved
    }

    /// End of `In [12]: ` / `Out[12]: ` at the line start.
    private func prompt(_ s: ByteScanner, _ opener: [UInt8]) -> Int? {
        guard s.matches(opener, at: s.pos) else { return nil }
        let digitsEnd = s.skip(.digits, from: s.pos + opener.count)
        guard digitsEnd > s.pos + opener.count, s[digitsEnd] == UInt8(ascii: "]"), s[digitsEnd + 1] == UInt8(ascii: ":") else { return nil }
        return s[digitsEnd + 2] == 32 ? digitsEnd + 3 : digitsEnd + 2
    }

    /// End of a `>>> ` or `... ` prompt (plain Python console and doctests).
    private func doctestPrompt(_ s: ByteScanner) -> Int? {
        let c = s.peek()
        guard (c == UInt8(ascii: ">") || c == UInt8(ascii: ".")) && s.peek(1) == c && s.peek(2) == c else { return nil }
        return s.peek(3) == 32 ? s.pos + 4 : s.peek(3) == 10 || s.pos + 3 == s.count ? s.pos + 3 : nil
    }

    /// End of a `   ...: ` continuation prompt.
    private func continuationPrompt(_ s: ByteScanner) -> Int? {
        guard s.matches(Self.continuation, at: s.pos) else { return nil }
        let dots = s.skip(ByteSet("."), from: s.pos + 3)
        guard s[dots] == UInt8(ascii: ":") else { return nil }
        return s[dots + 1] == 32 ? dots + 2 : dots + 1
    }
}

extension Language {
    /// IPython console sessions.
    static let ipython = Language("ipython", aliases: ["ipython3", "ipythonconsole", "ipython-console", "pycon", "python-console"], grammar: IPythonGrammar())
}
