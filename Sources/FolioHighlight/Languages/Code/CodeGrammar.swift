/// Brace-and-semicolon languages (C family, Java, JavaScript, Go, Rust, Swift, Kotlin...) driven by a `CodeSpec`.
struct CodeGrammar: Grammar {
    let spec: CodeSpec

    /// What the scanner has just seen, for decisions that depend on context.
    struct State {
        var pending: TokenKind? = nil
        var regexAllowed = true
        var statementStart = true
        var afterDot = false
        var functionName = -1
        var functionBody = false
        var braceDepth = 0, functionDepth = -1
        var inCase = false
    }

    func scan(_ s: inout ByteScanner) {
        var state = State()
        if s.peek() == UInt8(ascii: "#"), s.peek(1) == UInt8(ascii: "!"), s.peek(2) != UInt8(ascii: "[") {
            s.emit(.comment, to: s.lineEnd(from: 0))
        }
        code(&s, &state, closer: 0)
    }

    /// Scans until an unbalanced `closer` (left for the caller) or the end.
    func code(_ s: inout ByteScanner, _ st: inout State, closer: UInt8) {
        var depth = 0
        let opener: UInt8 = closer == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "(")
        while !s.atEnd {
            let c = s.peek()
            if closer != 0 {
                if c == opener { depth += 1 } else if c == closer {
                    if depth == 0 { return }
                    depth -= 1
                }
            }
            if ByteSet.space.contains(c) {
                s.emit(nil, to: s.skip(.space, from: s.pos))
                continue
            }
            if comment(&s) { continue }
            let before = s.pos
            token(&s, &st, c)
            if s.pos == before { s.emit(nil, length: 1) }
        }
    }

    private func token(_ s: inout ByteScanner, _ st: inout State, _ c: UInt8) {
        let wasDot = st.afterDot
        st.afterDot = false
        switch c {
        case UInt8(ascii: "#") where spec.preprocessor && onlySpaceBefore(s):
            directive(&s)
            st.statementStart = true
        case UInt8(ascii: "#") where spec.hashAttributes && (s.peek(1) == UInt8(ascii: "[") || s.peek(1) == UInt8(ascii: "!")):
            attribute(&s)
        case UInt8(ascii: "#") where spec.regexLiterals && ByteSet.identStart.contains(s.peek(1)):
            s.emit(nil, to: s.skip(.ident, from: s.pos + 1))
        case UInt8(ascii: "'") where (spec.rustTypes || spec.scalaOperators) && charEnd(s) == nil:
            punctuationOrOperator(&s, &st, c)
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
            literal(&s, &st, c)
            st.regexAllowed = false
            st.statementStart = false
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            number(&s)
            st.regexAllowed = false
            st.statementStart = false
        case UInt8(ascii: ".") where ByteSet.digits.contains(s.peek(1)):
            number(&s)
            st.regexAllowed = false
        case UInt8(ascii: "-") where spec.negativeNumbers && (ByteSet.digits.contains(s.peek(1))
            || (s.peek(1) == UInt8(ascii: ".") && ByteSet.digits.contains(s.peek(2)))):
            s.emit(.number, length: 1)
            number(&s)
            st.regexAllowed = false
        case UInt8(ascii: "@") where spec.atName != nil && ByteSet.identStart.contains(s.peek(1)):
            s.emit(spec.atName, to: s.skip(ByteSet.ident.union(ByteSet(".")), from: s.pos + 1))
        case UInt8(ascii: "/") where spec.regexLiterals && st.regexAllowed:
            if let end = regexEnd(s) {
                s.emit(.regex, to: end)
                st.regexAllowed = false
            } else {
                punctuationOrOperator(&s, &st, c)
            }
        default:
            if ByteSet.identStart.contains(c) || (c == UInt8(ascii: "$") && spec.regexLiterals) {
                word(&s, &st, afterDot: wasDot)
            } else {
                punctuationOrOperator(&s, &st, c)
            }
        }
    }

    private func onlySpaceBefore(_ s: ByteScanner) -> Bool {
        var i = s.pos - 1
        while i >= 0 && (s[i] == 32 || s[i] == 9) { i -= 1 }
        return i < 0 || s[i] == 10
    }

    private func punctuationOrOperator(_ s: inout ByteScanner, _ st: inout State, _ c: UInt8) {
        if spec.swiftOperators { return swiftOperator(&s, &st, c) }
        if spec.scalaOperators, scalaOperator(&s, &st, c) { return }
        if spec.rustTypes, rustPunctuation(&s, &st, c) { return }
        st.pending = nil
        let pair = [c, s.peek(1)]
        if spec.punctuationPairs.contains(pair) {
            s.emit(.punctuation, length: 2)
            st.regexAllowed = true
            return
        }
        if spec.operatorPairs.contains(pair) {
            s.emit(.operator, length: 2)
            st.regexAllowed = true
            return
        }
        if spec.punctuation.contains(c) {
            s.emit(.punctuation, length: 1)
            st.regexAllowed = !(c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "."))
            st.afterDot = c == UInt8(ascii: ".")
            brace(&st, c)
        } else if c == UInt8(ascii: ":") && st.inCase && s.peek(1) != c {
            s.emit(.punctuation, length: 1)
            st.inCase = false
        } else if spec.operators.contains(c) {
            s.emit(.operator, length: 1)
            st.regexAllowed = true
        } else {
            s.emit(nil, length: 1)
        }
    }

    /// Statement and function-body bookkeeping for C declarations.
    private func brace(_ st: inout State, _ c: UInt8) {
        switch c {
        case UInt8(ascii: "{"):
            st.braceDepth += 1
            if st.functionBody && st.functionDepth < 0 { st.functionDepth = st.braceDepth }
            st.statementStart = st.functionDepth < 0
        case UInt8(ascii: "}"):
            // Pygments returns to its statement-start state only after a function body it recognised.
            let closesFunction = st.braceDepth == st.functionDepth
            if closesFunction { st.functionDepth = -1; st.functionBody = false }
            st.braceDepth = max(0, st.braceDepth - 1)
            st.statementStart = closesFunction
        case UInt8(ascii: ";"):
            st.statementStart = st.functionDepth < 0
            if st.functionDepth < 0 { st.functionBody = false }
        default:
            break
        }
    }
}
