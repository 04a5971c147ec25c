/// Makefiles (GNU and BSD), as Pygments' MakefileLexer splits them: directives, targets, assignments, recipes in shell.
struct MakefileGrammar: Grammar {
    static let shell = ShellGrammar()
    static let directives = WordSet("ifeq ifneq ifdef ifndef else endif include -include sinclude define endef vpath if")
    static let bsdDirectives = WordSet("include undef error warning if else elif endif for endfor")
    static let assignmentName = ByteSet.ident.union(ByteSet("${}().-"))
    static let automatic = ByteSet("<@$+%?|*")

    func scan(_ s: inout ByteScanner) {
        var continued = false
        while !s.atEnd {
            let lineEnd = s.lineEnd(from: s.pos)
            let next = min(lineEnd + 1, s.count)
            if continued || isDirective(s) {
                s.emit(.keyword, to: lineEnd)
                s.emit(nil, to: next)
                continued = endsWithBackslash(s, lineEnd)
                continue
            }
            let first = s.skip(.blank, from: s.pos)
            if s[first] == UInt8(ascii: "#") || (s[first] == UInt8(ascii: "@") && s[first + 1] == UInt8(ascii: "#")) {
                s.emit(.comment, to: lineEnd)
                s.emit(nil, to: next)
                continue
            }
            if s.peek() == 9 || s.peek() == 32 {
                recipe(&s)
                continue
            }
            line(&s, lineEnd: lineEnd)
            s.emit(nil, to: next)
        }
    }

    private func endsWithBackslash(_ s: ByteScanner, _ lineEnd: Int) -> Bool {
        var e = lineEnd
        while e > s.pos && ByteSet.blank.contains(s[e - 1]) { e -= 1 }
        return e > 0 && s[e - 1] == UInt8(ascii: "\\")
    }

    private func isDirective(_ s: ByteScanner) -> Bool {
        if s.peek() == UInt8(ascii: ".") {
            let w = s.skip(.blank, from: s.pos + 1), e = s.skip(.ident, from: w)
            return Self.bsdDirectives.contains(s.bytes, w, e) && ByteSet.space.contains(s[e])
        }
        let w = s.skip(.blank, from: s.pos)
        if s[w] == UInt8(ascii: ":") { return ByteSet.space.contains(s[w + 1]) }
        let e = s.skip(ByteSet.ident.union(ByteSet("-")), from: w)
        return Self.directives.contains(s.bytes, w, e) && ByteSet.space.contains(s[e])
    }

    /// An indented line is shell.
    private func recipe(_ s: inout ByteScanner) {
        s.embed(Self.shell, to: min(s.lineEnd(from: s.pos) + 1, s.count))
    }
}
