/// Dockerfiles: instructions as keywords, shell-form arguments as shell, exec-form arrays as JSON.
struct DockerfileGrammar: Grammar {
    static let shell = ShellGrammar(), json = JSONGrammar()
    static let stringArgument = WordSet("maintainer expose workdir user stopsignal volume")
    static let shellArgument = WordSet("run cmd entrypoint env arg label add copy onbuild healthcheck shell")
    static let arrayForm = WordSet("volume entrypoint cmd shell")

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let lineEnd = s.lineEnd(from: s.pos)
            if s.peek() == 10 { s.emit(nil, length: 1); continue }
            if s.peek() == UInt8(ascii: "#") {
                s.emit(.comment, to: lineEnd)
                continue
            }
            let wordEnd = s.skip(.alnum, from: s.pos)
            let gap = s.skip(.blank, from: wordEnd)
            if s.matchesIgnoringCase(Self.from, at: s.pos) && wordEnd - s.pos == 4 {
                from(&s, wordEnd: wordEnd, lineEnd: lineEnd)
            } else if gap > wordEnd && Self.arrayForm.containsLowercased(s.bytes, s.pos, wordEnd) && s[gap] == UInt8(ascii: "[") {
                s.emit(.keyword, to: wordEnd)
                s.emit(nil, to: gap)
                let close = s.find(ByteSet("]\n"), from: gap)
                s.embed(Self.json, to: close < lineEnd ? close + 1 : lineEnd)
                shellChunk(&s)
            } else if gap > wordEnd && Self.stringArgument.containsLowercased(s.bytes, s.pos, wordEnd) {
                s.emit(.keyword, to: wordEnd)
                s.emit(nil, to: gap)
                s.emit(.string, to: lineEnd)
            } else if gap > wordEnd && Self.shellArgument.containsLowercased(s.bytes, s.pos, wordEnd) {
                s.emit(.keyword, to: wordEnd)
                s.emit(nil, to: s.skip(.space, from: wordEnd))
                shellChunk(&s)
            } else {
                shellChunk(&s)
            }
        }
    }
    static let from = Array("from".utf8), asWord = Array("as".utf8)

    /// `FROM image [AS name]`.
    private func from(_ s: inout ByteScanner, wordEnd: Int, lineEnd: Int) {
        s.emit(.keyword, to: wordEnd)
        s.emit(nil, to: s.skip(.blank, from: wordEnd))
        s.emit(.string, to: s.find(ByteSet.space, from: s.pos))
        let a = s.skip(.blank, from: s.pos)
        if s.matchesIgnoringCase(Self.asWord, at: a), a + 2 <= lineEnd, a + 2 == lineEnd || ByteSet.space.contains(s[a + 2]) {
            s.emit(nil, to: a)
            s.emit(.keyword, length: 2)
            s.emit(nil, to: s.skip(.blank, from: s.pos))
            s.emit(.string, to: s.find(ByteSet.space, from: s.pos))
        }
        s.emit(nil, to: lineEnd)
    }

    /// `(.*\\\n)*.+`: the rest of the line and its backslash continuations, in shell.
    private func shellChunk(_ s: inout ByteScanner) {
        var end = s.lineEnd(from: s.pos)
        while end < s.count && end > s.pos && s[end - 1] == UInt8(ascii: "\\") { end = s.lineEnd(from: end + 1) }
        s.embed(Self.shell, to: end)
    }
}

extension Language {
    /// Dockerfiles.
    static let dockerfile = Language("dockerfile", aliases: ["docker", "containerfile"], grammar: DockerfileGrammar())
    /// Makefiles.
    static let makefile = Language("makefile", aliases: ["make", "mf", "bsdmake", "gnumake", "mk"], grammar: MakefileGrammar())
}
