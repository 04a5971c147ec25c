extension CodeGrammar {
    static let identWithDollar = ByteSet.ident.union(ByteSet("$"))
    static let importName = ByteSet.ident.union(ByteSet(".*"))
    static let javaTypeRun = ByteSet.ident.union(ByteSet(".[]$<>?"))

    /// An identifier, keyword or name, classified by the spec's tables and the context.
    func word(_ s: inout ByteScanner, _ st: inout State, afterDot: Bool) {
        let start = s.pos, b = s.bytes
        let identChars = spec.regexLiterals || spec.javaDeclarations ? Self.identWithDollar : ByteSet.ident.union(spec.identExtra)
        let end = s.skip(identChars, from: start)
        if spec.rustTypes, end - start <= 2, let e = rustRawStringEnd(s, start, end) {
            st.pending = nil
            return s.emit(.string, to: e)
        }
        if spec.preprocessor, end - start <= 3, s[end] == UInt8(ascii: "\"") || s[end] == UInt8(ascii: "'"),
            Self.cStringPrefixes.contains(b, start, end)
        {
            s.emit(.string, to: end)
            if b[end - 1] == UInt8(ascii: "R"), s[end] == UInt8(ascii: "\""), let close = cRawStringEnd(s, end) {
                return s.emit(.string, to: close)
            }
            return literal(&s, &st, s[end])
        }
        if s[end] == UInt8(ascii: "!"), spec.macros.contains(b, start, end) {
            st.pending = nil
            return s.emit(.function, to: end + 1)
        }
        if spec.cDeclarations && st.statementStart, let name = cFunctionName(s, from: start) {
            st.functionName = name
        }
        var kind: TokenKind? = nil
        st.regexAllowed = false
        if spec.cDeclarations, let colon = labelColon(s, start, end) {
            s.emit(nil, to: colon)
            s.emit(.punctuation, length: 1)
            return
        }
        if spec.kotlinRules, let handled = kotlinWord(&s, &st, start, end) {
            if handled { return }
        }
        if let pending = st.pending {
            kind = pending == .type && spec.types.contains(b, start, end) ? .type
                : pending == .type && spec.builtins.contains(b, start, end) ? .builtin : pending
            st.pending = nil
        } else if afterDot, let member = spec.memberKind {
            kind = member
        } else if spec.typeAfterColon, !Self.typeScriptFirst.contains(b, start, end),
            case let nameEnd = s.skip(Self.typeRun, from: end), let typed = typedNameEnd(s, nameEnd)
        {
            s.emit(nil, to: nameEnd)
            s.emit(nil, to: s.skip(.space, from: nameEnd))
            s.emit(.operator, length: 1)
            s.emit(nil, to: s.skip(.space, from: s.pos))
            s.emit(.type, to: typed)
            return
        } else if !spec.builtinsBeforeParen.isEmpty && s[end] == UInt8(ascii: "(") && spec.builtinsBeforeParen.contains(b, start, end) {
            kind = .builtin
        } else if spec.functionIntro.contains(b, start, end) {
            kind = .keyword
            st.pending = .function
        } else if spec.typeIntro.contains(b, start, end) {
            kind = .keyword
            st.pending = .type
        } else if spec.variableIntro.contains(b, start, end) {
            kind = .keyword
            st.pending = .variable
        } else if spec.importIntro.contains(b, start, end) {
            s.emit(.keyword, to: end)
            let next = s.skip(.blank, from: end), nextEnd = s.skip(.ident, from: next)
            if Self.importModifiers.contains(b, next, nextEnd) && ByteSet.blank.contains(s[nextEnd]) {
                s.emit(nil, to: next)
                s.emit(.keyword, to: nextEnd)
            }
            s.emit(nil, to: s.skip(.blank, from: s.pos))
            s.emit(spec.importKind, to: s.skip(Self.importName, from: s.pos))
            return
        } else if spec.keywords.contains(b, start, end) {
            kind = .keyword
            st.regexAllowed = true
            if end - start == 4 && s.matches(Self.caseWord, at: start) { st.inCase = spec.cDeclarations }
        } else if spec.types.contains(b, start, end) {
            kind = .type
        } else if spec.constants.contains(b, start, end) {
            kind = .constant
        } else if spec.builtins.contains(b, start, end) {
            kind = .builtin
        } else if spec.variables.contains(b, start, end) {
            kind = .variable
        } else if spec.functions.contains(b, start, end) {
            kind = .function
        } else if start == st.functionName {
            kind = .function
            st.functionBody = true
        } else if st.inCase {
            kind = .constant
        } else if spec.juliaBlockComments && st.braceDepth > 0 {
            kind = .type
        } else if spec.capitalizedTypes && b[start] >= 65 && b[start] <= 90 {
            kind = .type
        } else if spec.typeAfterDoubleColon && s[s.skip(.space, from: end)] != UInt8(ascii: "("),
            case let before = b[..<start].lastIndex(where: { $0 != 32 && $0 != 9 }) ?? -1,
            s[before] == UInt8(ascii: ":") && s[before - 1] == UInt8(ascii: ":")
        {
            kind = .type
        } else if let call = spec.callKind, s[end] == UInt8(ascii: "(") {
            kind = call
        } else if spec.javaDeclarations, isJavaDeclaration(s, start, end) {
            kind = .function
        }
        st.statementStart = st.statementStart && (kind == .keyword || kind == .type) && !spec.statementBreakers.contains(b, start, end)
        s.emit(kind, to: end)
        if spec.kotlinRules && kind == nil && s.peek() == UInt8(ascii: "?") && s.peek(1) != UInt8(ascii: ".") && s.peek(1) != UInt8(ascii: ":") {
            s.emit(nil, to: min(s.pos + 2, s.count))
        }
    }

    static let caseWord = Array("case".utf8)
    static let notLabels = WordSet("public private protected default")

    /// `^[ \t]*name\s*:(?!:)`: a C label (Pygments keeps the name plain and the colon punctuation).
    private func labelColon(_ s: ByteScanner, _ start: Int, _ end: Int) -> Int? {
        var i = start - 1
        while i >= 0 && (s[i] == 32 || s[i] == 9) { i -= 1 }
        guard i < 0 || s[i] == 10, !Self.notLabels.contains(s.bytes, start, end) else { return nil }
        let colon = s.skip(.space, from: end)
        return s[colon] == UInt8(ascii: ":") && s[colon + 1] != UInt8(ascii: ":") ? colon : nil
    }
    static let javaControlKeywords = WordSet("""
        assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while
        """)
    static let importModifiers = WordSet("static module")
    static let cStringPrefixes = WordSet("L u U u8 R LR uR UR u8R")

    /// C++ `R"delim( … )delim"`: the end of the raw string whose `"` is at `quote`.
    private func cRawStringEnd(_ s: ByteScanner, _ quote: Int) -> Int? {
        let open = s.find(ByteSet("(\n"), from: quote + 1)
        guard s[open] == UInt8(ascii: "("), open - quote <= 17 else { return nil }
        let closing = [UInt8(ascii: ")")] + Array(s.bytes[(quote + 1)..<open]) + [UInt8(ascii: "\"")]
        return s.indexAfter(closing, from: open + 1)
    }

    /// Rust `r"…"`, `r#"…"#`, `br"…"`, `b"…"`, `b'x'` literals starting with the word `start..<end`.
    private func rustRawStringEnd(_ s: ByteScanner, _ start: Int, _ end: Int) -> Int? {
        let word = s.text(start, end)
        if word == "b" && s[end] == UInt8(ascii: "'") {
            return s.indexAfter([UInt8(ascii: "'")], from: end + 1).flatMap { $0 - end <= 12 ? $0 : nil }
        }
        if word == "b" && s[end] == UInt8(ascii: "\"") {
            var i = end + 1
            while i < s.count && s[i] != UInt8(ascii: "\"") { i += s[i] == UInt8(ascii: "\\") ? 2 : 1 }
            return min(i + 1, s.count)
        }
        guard word == "r" || word == "br" else { return nil }
        let hashes = s.skip(ByteSet("#"), from: end)
        guard s[hashes] == UInt8(ascii: "\"") else { return nil }
        let closing = [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "#"), count: hashes - end)
        return s.indexAfter(closing, from: hashes + 1)
    }
    static let typeRun = ByteSet.ident.union(ByteSet("?.$"))
    static let typeScriptFirst = WordSet("abstract implements private protected public readonly enum interface override declare type string boolean number module")

    /// TypeScript's `name: Type`: the end of `Type` if a colon annotation follows the word ending at `end`.
    private func typedNameEnd(_ s: ByteScanner, _ end: Int) -> Int? {
        let colon = s.skip(.space, from: end)
        guard s[colon] == UInt8(ascii: ":") else { return nil }
        let t = s.skip(.space, from: colon + 1)
        let e = s.skip(Self.typeRun, from: t)
        return e > t ? e : nil
    }

    /// `Type name(`: the name is a method declaration, as Pygments' JavaLexer decides.
    private func isJavaDeclaration(_ s: ByteScanner, _ start: Int, _ end: Int) -> Bool {
        guard s[s.skip(.space, from: end)] == UInt8(ascii: "(") else { return false }
        var i = start - 1
        guard i >= 0, ByteSet.space.contains(s[i]) else { return false }
        while i >= 0 && ByteSet.space.contains(s[i]) { i -= 1 }
        let runEnd = i + 1
        while i >= 0 && Self.javaTypeRun.contains(s[i]) { i -= 1 }
        let runStart = i + 1
        guard runEnd > runStart, ByteSet.identStart.contains(s[runStart]) || s[runStart] == UInt8(ascii: "$") else { return false }
        let firstWordEnd = s.skip(.ident, from: runStart)
        return !Self.javaControlKeywords.contains(s.bytes, runStart, firstWordEnd)
    }

    /// Start of the function name if `type name(args) ... {` or `;` begins at `from` (Pygments' C rule).
    private func cFunctionName(_ s: ByteScanner, from: Int) -> Int? {
        var i = namespacedEnd(s, from)
        let gap = s.skip(ByteSet(" \t\n\r&*"), from: i)
        guard gap > i else { return nil }
        i = gap
        let name = i
        i = namespacedEnd(s, i)
        guard i > name, ByteSet.identStart.contains(s[name]) else { return nil }
        i = s.skip(.space, from: i)
        guard s[i] == UInt8(ascii: "(") else { return nil }
        i = s.find(ByteSet(";\"')"), from: i + 1)
        guard s[i] == UInt8(ascii: ")") else { return nil }
        i = s.find(ByteSet(";{/\"'"), from: i + 1)
        return s[i] == UInt8(ascii: "{") || s[i] == UInt8(ascii: ";") ? name : nil
    }

    /// End of `(?:[\w$]|::)+` from `from`.
    private func namespacedEnd(_ s: ByteScanner, _ from: Int) -> Int {
        var i = from
        while true {
            if Self.identWithDollar.contains(s[i]) { i += 1 } else if s[i] == UInt8(ascii: ":") && s[i + 1] == UInt8(ascii: ":") { i += 2 } else { return i }
        }
    }
}
