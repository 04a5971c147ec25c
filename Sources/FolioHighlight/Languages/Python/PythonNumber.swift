/// Python numeric literals, with `_` digit separators.
enum PythonNumber {
    /// End of the number starting at `from`, or `from` if none starts there.
    static func end(_ s: ByteScanner, from: Int) -> Int {
        if s[from] == UInt8(ascii: "0"), let radix = radixDigits(s[from + 1] | 0x20) {
            let first = s[from + 2] == UInt8(ascii: "_") ? from + 3 : from + 2
            let e = run(s, first, radix)
            if e > first { return e }
        }
        let intEnd = run(s, from, .digits)
        var i = intEnd
        var isFloat = false
        if s[i] == UInt8(ascii: ".") {
            let fracEnd = run(s, i + 1, .digits)
            if intEnd > from || fracEnd > i + 1 { i = fracEnd; isFloat = true }
        }
        if i == from { return from }
        if s[i] | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            if s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: "-") { j += 1 }
            let e = run(s, j, .digits)
            if e > j {
                i = e
                if !isFloat && s[i] | 0x20 == UInt8(ascii: "j") { i += 1 }
            }
        }
        return i
    }

    private static func radixDigits(_ lower: UInt8) -> ByteSet? {
        switch lower {
        case UInt8(ascii: "x"): return .hexDigits
        case UInt8(ascii: "o"): return ByteSet(ranges: "07")
        case UInt8(ascii: "b"): return ByteSet("01")
        default: return nil
        }
    }

    /// `\d(?:_?\d)*` over `digits`.
    private static func run(_ s: ByteScanner, _ from: Int, _ digits: ByteSet) -> Int {
        var i = from
        guard digits.contains(s[i]) else { return from }
        i += 1
        while true {
            if digits.contains(s[i]) { i += 1 } else if s[i] == UInt8(ascii: "_") && digits.contains(s[i + 1]) { i += 2 } else { return i }
        }
    }
}
