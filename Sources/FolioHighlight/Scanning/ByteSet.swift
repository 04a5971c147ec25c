/// A set of byte values, tested with two shifts and a mask.
struct ByteSet: Sendable {
    private var low: UInt64 = 0, high: UInt64 = 0, upper: Bool = false

    /// The ASCII characters of `chars`; `nonASCII` adds every byte >= 0x80.
    init(_ chars: String = "", nonASCII: Bool = false) {
        for b in chars.utf8 { insert(b) }
        upper = nonASCII
    }

    /// Bytes in the inclusive ASCII ranges given as pairs, e.g. "azAZ09".
    init(ranges: String, plus: String = "", nonASCII: Bool = false) {
        let r = Array(ranges.utf8)
        for k in stride(from: 0, to: r.count - 1, by: 2) {
            for b in r[k]...r[k + 1] { insert(b) }
        }
        for b in plus.utf8 { insert(b) }
        upper = nonASCII
    }

    private mutating func insert(_ b: UInt8) {
        if b < 64 { low |= 1 << UInt64(b) } else if b < 128 { high |= 1 << UInt64(b - 64) }
    }

    @inline(__always) func contains(_ b: UInt8) -> Bool {
        if b < 64 { return low & (1 << UInt64(b)) != 0 }
        if b < 128 { return high & (1 << UInt64(b - 64)) != 0 }
        return upper
    }

    /// Both sets.
    func union(_ other: ByteSet) -> ByteSet {
        var s = self
        s.low |= other.low
        s.high |= other.high
        s.upper = upper || other.upper
        return s
    }

    static let identStart = ByteSet(ranges: "azAZ", plus: "_", nonASCII: true)
    static let ident = ByteSet(ranges: "azAZ09", plus: "_", nonASCII: true)
    static let digits = ByteSet(ranges: "09")
    static let hexDigits = ByteSet(ranges: "09afAF")
    static let alnum = ByteSet(ranges: "azAZ09")
    /// Horizontal white space (no newline).
    static let blank = ByteSet(" \t\r\u{0C}\u{0B}")
    static let space = ByteSet(" \t\r\n\u{0C}\u{0B}")
    static let newline = ByteSet("\n")
}
