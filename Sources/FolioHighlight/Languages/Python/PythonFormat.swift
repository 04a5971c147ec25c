/// printf-style `%…` and `str.format` `{…}` fields inside plain Python strings.
enum PythonFormat {
    /// `%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]`
    static func percentLength(_ s: ByteScanner) -> Int? {
        var i = s.pos + 1
        if s[i] == UInt8(ascii: "(") {
            let e = s.skip(.ident, from: i + 1)
            guard e > i + 1, s[e] == UInt8(ascii: ")") else { return nil }
            i = e + 1
        }
        i = s.skip(ByteSet("-#0 +"), from: i)
        i = s[i] == UInt8(ascii: "*") ? i + 1 : s.skip(.digits, from: i)
        if s[i] == UInt8(ascii: "."), s[i + 1] == UInt8(ascii: "*") || ByteSet.digits.contains(s[i + 1]) {
            i = s[i + 1] == UInt8(ascii: "*") ? i + 2 : s.skip(.digits, from: i + 1)
        }
        if ByteSet("hlL").contains(s[i]) { i += 1 }
        return conversions.contains(s[i]) ? i + 1 - s.pos : nil
    }
    static let conversions = ByteSet(ranges: "EGcg", plus: "Xiorsaux%")

    /// `\{((\w+)((\.\w+)|(\[[^\]]+\]))*)?(\![sra])?(\:(.?[<>=\^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[E-GXb-gnosx%]?)?\}`
    static func braceLength(_ s: ByteScanner) -> Int? {
        var i = s.pos + 1
        let w = s.skip(.ident, from: i)
        if w > i {
            i = w
            while true {
                if s[i] == UInt8(ascii: "."), ByteSet.ident.contains(s[i + 1]) {
                    i = s.skip(.ident, from: i + 1)
                } else if s[i] == UInt8(ascii: "["), s[i + 1] != UInt8(ascii: "]") {
                    let e = s.find(ByteSet("]"), from: i + 1)
                    guard e < s.count else { break }
                    i = e + 1
                } else {
                    break
                }
            }
        }
        if s[i] == UInt8(ascii: "!"), ByteSet("sra").contains(s[i + 1]) { i += 2 }
        if s[i] == UInt8(ascii: ":") {
            let afterColon = i + 1
            if let e = spec(s, afterColon) { i = e }
        }
        return s[i] == UInt8(ascii: "}") ? i + 1 - s.pos : nil
    }

    /// Format spec after `:`; tries the optional fill character both ways, as the regex backtracks.
    private static func spec(_ s: ByteScanner, _ from: Int) -> Int? {
        func rest(_ start: Int) -> Int {
            var i = start
            if ByteSet("-+ ").contains(s[i]) { i += 1 }
            if s[i] == UInt8(ascii: "#") { i += 1 }
            if s[i] == UInt8(ascii: "0") { i += 1 }
            i = s.skip(.digits, from: i)
            if s[i] == UInt8(ascii: ",") { i += 1 }
            if s[i] == UInt8(ascii: "."), ByteSet.digits.contains(s[i + 1]) { i = s.skip(.digits, from: i + 1) }
            if ByteSet(ranges: "EGbg", plus: "Xnosx%").contains(s[i]) { i += 1 }
            return i
        }
        let align = ByteSet("<>=^")
        var candidates: [Int] = []
        if s[from] != 10 && align.contains(s[from + 1]) { candidates.append(rest(from + 2)) }
        if align.contains(s[from]) { candidates.append(rest(from + 1)) }
        candidates.append(rest(from))
        return candidates.first { s[$0] == UInt8(ascii: "}") } ?? nil
    }
}
