extension CodeGrammar {
    /// A numeric literal: radix prefixes, digit separators, fraction, exponent and suffix.
    func number(_ s: inout ByteScanner) {
        var i = s.pos
        if s[i] == UInt8(ascii: "0"), ByteSet("xXbBoO").contains(s[i + 1]) {
            i = s.skip(ByteSet.hexDigits.union(ByteSet("_'")), from: i + 2)
        } else {
            i = s.skip(ByteSet.digits.union(ByteSet("_'")), from: i)
            if s[i] == UInt8(ascii: "."), s[i + 1] != UInt8(ascii: "."), !ByteSet.identStart.contains(s[i + 1]) || ByteSet("eEfF").contains(s[i + 1]) {
                i = s.skip(ByteSet.digits.union(ByteSet("_")), from: i + 1)
            }
            if s[i] | 0x20 == UInt8(ascii: "e") {
                var j = i + 1
                if s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: "-") { j += 1 }
                if ByteSet.digits.contains(s[j]) { i = s.skip(ByteSet.digits.union(ByteSet("_")), from: j) }
            }
        }
        s.emit(.number, to: i)
        let suffixEnd = s.skip(.alnum, from: i)
        if suffixEnd > i { s.emit(spec.numberSuffixKind, to: suffixEnd) }
    }

    /// End of a `/…/flags` regular expression literal at the cursor, if it closes on this line.
    func regexEnd(_ s: ByteScanner) -> Int? {
        var i = s.pos + 1, inClass = false
        guard s[i] != UInt8(ascii: "/"), s[i] != UInt8(ascii: "*") else { return nil }
        while i < s.count {
            switch s[i] {
            case 10: return nil
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "/") where !inClass: return s.skip(ByteSet("gimuysd"), from: i + 1)
            default: break
            }
            i += 1
        }
        return nil
    }

    /// A C preprocessor line (with continuations) as one keyword-coloured run; `#include` files are strings.
    func directive(_ s: inout ByteScanner) {
        var end = s.lineEnd(from: s.pos)
        while end < s.count && s[end - 1] == UInt8(ascii: "\\") { end = s.lineEnd(from: end + 1) }
        var i = s.skip(.blank, from: s.pos + 1)
        if s.matches(Self.includeWord, at: i) {
            i = s.skip(.blank, from: i + 7)
            let close: UInt8 = s[i] == UInt8(ascii: "<") ? UInt8(ascii: ">") : s[i] == UInt8(ascii: "\"") ? UInt8(ascii: "\"") : 0
            if close != 0, let e = s.indexAfter([close], from: i + 1), e <= end {
                s.emit(.keyword, to: i)
                s.emit(.string, to: e)
                s.emit(.comment, to: end)
                return
            }
        }
        while s.pos < end {
            if let slash = s.indexAfter([UInt8(ascii: "/")], from: s.pos), slash <= end,
                s[slash] == UInt8(ascii: "*") || s[slash] == UInt8(ascii: "/")
            {
                s.emit(.keyword, to: slash - 1)
                if s[slash] == UInt8(ascii: "/") { return s.emit(.comment, to: s.lineEnd(from: s.pos)) }
                let close = s.indexAfter(Array("*/".utf8), from: slash + 1) ?? s.count
                s.emit(.comment, to: close)
                if close > end { end = s.lineEnd(from: close) }
            } else {
                s.emit(.keyword, to: end)
            }
        }
    }
    static let includeWord = Array("include".utf8)

    /// Rust `#[…]` / `#![…]` attributes, nested brackets included, strings inside kept as strings.
    func attribute(_ s: inout ByteScanner) {
        var depth = 0
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "\"") {
                var i = s.pos + 1
                while i < s.count && s[i] != UInt8(ascii: "\"") { i += s[i] == UInt8(ascii: "\\") ? 2 : 1 }
                s.emit(.string, to: i + 1)
                continue
            }
            if c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return s.emit(.keyword, length: 1) }
            }
            s.emit(.keyword, length: 1)
        }
    }
}
