/// `import a.b as c, d` and `from .x import` clauses, whose dotted names stay plain.
enum PythonImport {
    static let dotted = ByteSet.ident.union(ByteSet("."))
    static let asWord = Array("as".utf8), importWord = Array("import".utf8), noneWord = Array("None".utf8)

    static func importList(_ s: inout ByteScanner, _ end: Int) {
        s.emit(.keyword, to: end)
        s.emit(nil, to: s.skip(.blank, from: s.pos))
        while true {
            let e = s.skip(dotted, from: s.pos)
            s.emit(nil, to: e)
            let ws = s.skip(.space, from: e)
            if ws > e, s.matches(asWord, at: ws), ByteSet.space.contains(s[ws + 2]) {
                s.emit(nil, to: ws)
                s.emit(.keyword, length: 2)
                s.emit(nil, to: s.skip(.space, from: s.pos))
            } else if s[ws] == UInt8(ascii: ",") {
                s.emit(nil, to: ws)
                s.emit(.operator, length: 1)
                s.emit(nil, to: s.skip(.space, from: s.pos))
            } else {
                return
            }
        }
    }

    static func fromClause(_ s: inout ByteScanner, _ end: Int) {
        s.emit(.keyword, to: end)
        s.emit(nil, to: s.skip(.blank, from: s.pos))
        if s.matches(noneWord, at: s.pos), !ByteSet.ident.contains(s[s.pos + 4]) {
            s.emit(.constant, length: 4)
            return
        }
        s.emit(nil, to: s.skip(dotted, from: s.pos))
        let ws = s.skip(.space, from: s.pos)
        if ws > s.pos, s.matches(importWord, at: ws), !ByteSet.ident.contains(s[ws + 6]) {
            s.emit(nil, to: ws)
            s.emit(.keyword, length: 6)
        }
    }
}
