extension TOMLGrammar {
    /// Basic (`"…"`, `"""…"""`, with escapes) and literal (`'…'`, `'''…'''`) strings.
    func string(_ s: inout ByteScanner) {
        let q = s.peek()
        let triple = s.peek(1) == q && s.peek(2) == q
        s.emit(.string, length: triple ? 3 : 1)
        while !s.atEnd {
            let c = s.peek()
            if c == q && (!triple || (s.peek(1) == q && s.peek(2) == q)) { return s.emit(.string, length: triple ? 3 : 1) }
            if q == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
                let n = s.peek(1)
                let len = n == UInt8(ascii: "x") ? 4 : n == UInt8(ascii: "u") ? 6 : n == UInt8(ascii: "U") ? 10 : 2
                let hexOK = len == 2 || s.skip(.hexDigits, from: s.pos + 2) >= s.pos + len
                s.emit(.escape, length: hexOK ? (n == 10 ? 1 : len) : 2)
                if n == 10 { s.emit(nil, length: 1) }
                continue
            }
            s.emit(.string, to: s.find(ByteSet("\\\"'"), from: s.pos + 1))
        }
    }
}
