/// POSIX/Bash/Zsh scripts, making the token decisions Pygments' BashLexer makes.
struct ShellGrammar: Grammar {
    /// The nested construct being scanned; each ends at its own closer.
    enum Context { case root, backticks, paren, math, curly }

    static let keywords = WordSet("if fi else while in do done for then return function case select break continue until esac elif")
    static let builtins = WordSet("""
        alias bg bind builtin caller cd command compgen complete declare dirs disown echo enable eval exec exit
        export false fc fg getopts hash help history jobs kill let local logout popd printf pushd pwd read
        readonly set shift shopt source suspend test time times trap true type typeset ulimit umask unalias unset wait
        """)
    static let textStops = ByteSet("=[]{}()$\"'`\\<&|; \t\n\r\u{0C}\u{0B}")
    static let curlyStops = ByteSet("}:\"'`$\\")
    static let operators = ByteSet("[]{}()=")
    static let mathOperators = ByteSet("-+*/%^|&<>")
    static let specialParameters = ByteSet("#$?!_*@-")

    func scan(_ s: inout ByteScanner) {
        if s.pos == 0, s.peek() == UInt8(ascii: "#"), s.peek(1) == UInt8(ascii: "!") {
            s.emit(.comment, to: s.lineEnd(from: 0))
        }
        run(&s, .root)
    }

    /// Scans until the closer of `context` (consumed) or the end.
    func run(_ s: inout ByteScanner, _ context: Context) {
        while !s.atEnd {
            let c = s.peek()
            switch context {
            case .root: break
            case .backticks:
                if c == UInt8(ascii: "`") { return s.emit(.string, length: 1) }
            case .paren:
                if c == UInt8(ascii: ")") { return s.emit(.keyword, length: 1) }
            case .math:
                if c == UInt8(ascii: ")") && s.peek(1) == UInt8(ascii: ")") { return s.emit(.keyword, length: 2) }
                if math(&s) { continue }
            case .curly:
                if c == UInt8(ascii: "}") { return s.emit(.interpolation, length: 1) }
                if c == UInt8(ascii: ":") && s.peek(1) == UInt8(ascii: "-") { s.emit(.keyword, length: 2); continue }
                if ByteSet.ident.contains(c) { s.emit(.variable, to: s.skip(.ident, from: s.pos)); continue }
                if !Self.curlyStops.contains(c) { s.emit(.punctuation, to: s.find(Self.curlyStops, from: s.pos)); continue }
                if c == UInt8(ascii: ":") { s.emit(.punctuation, length: 1); continue }
            }
            if basic(&s) { continue }
            if c == UInt8(ascii: "`") {
                s.emit(.string, length: 1)
                run(&s, .backticks)
                continue
            }
            if data(&s) { continue }
            if c == UInt8(ascii: "$") { interpolation(&s); continue }
            s.emit(.error, length: 1)
        }
    }

    /// `$((…))`, `$(…)`, `${…}`, `$name`, `$1`, `$?`.
    func interpolation(_ s: inout ByteScanner) {
        let n = s.peek(1)
        if n == UInt8(ascii: "(") {
            if s.peek(2) == UInt8(ascii: "(") {
                s.emit(.keyword, length: 3)
                run(&s, .math)
            } else {
                s.emit(.keyword, length: 2)
                run(&s, .paren)
            }
        } else if n == UInt8(ascii: "{") {
            s.emit(.interpolation, length: s.peek(2) == UInt8(ascii: "#") ? 3 : 2)
            run(&s, .curly)
        } else if ByteSet.identStart.contains(n) {
            s.emit(.variable, to: s.skip(.ident, from: s.pos + 1))
        } else if ByteSet.digits.contains(n) {
            s.emit(.variable, to: s.skip(.digits, from: s.pos + 1))
        } else if Self.specialParameters.contains(n) {
            s.emit(.variable, length: 2)
        } else {
            s.emit(nil, length: 1)
        }
    }

    /// Arithmetic inside `$(( ))`.
    private func math(_ s: inout ByteScanner) -> Bool {
        let c = s.peek()
        if (c == UInt8(ascii: "*") && s.peek(1) == c) || (c == UInt8(ascii: "|") && s.peek(1) == c)
            || (c == UInt8(ascii: "<") && s.peek(1) == c) || (c == UInt8(ascii: ">") && s.peek(1) == c)
        {
            s.emit(.operator, length: 2)
        } else if Self.mathOperators.contains(c) {
            s.emit(.operator, length: 1)
        } else if ByteSet.digits.contains(c) {
            var e = s.skip(.digits, from: s.pos)
            if s[e] == UInt8(ascii: "#") { e = s.skip(.alnum, from: e + 1) } else if c == UInt8(ascii: "0"), s[e] | 0x20 == UInt8(ascii: "x") {
                e = s.skip(.hexDigits, from: e + 1)
            }
            s.emit(.number, to: e)
        } else if ByteSet.identStart.contains(c) && c < 0x80 {
            s.emit(.variable, to: s.skip(.ident, from: s.pos))
        } else {
            return false
        }
        return true
    }
}

extension Language {
    /// Bash, sh, zsh and ksh scripts.
    static let bash = Language("bash", aliases: ["sh", "shell", "zsh", "ksh", "openrc", "shellscript"], grammar: ShellGrammar())
}
