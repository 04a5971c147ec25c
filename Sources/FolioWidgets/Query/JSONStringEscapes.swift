/// Decodes the escapes of a JSON string body (the bytes between the quotes): the hand-written
/// readers of event lines and of `plot_str` both need it, since Foundation's JSON reader rejects
/// Python's `NaN`/`Infinity` and is too slow for multi-megabyte figures.
public enum JSONStringEscapes {
    /// The decoded text, or nil for a malformed escape. A UTF-16 surrogate pair (how Python
    /// writes emoji) becomes one scalar; a lone surrogate becomes U+FFFD.
    public static func decode<C: RandomAccessCollection>(_ raw: C) -> String? where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.endIndex else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = raw[at + k]
                switch c {
                case 0x30...0x39: v = v << 4 | UInt32(c - 0x30)
                case 0x61...0x66: v = v << 4 | UInt32(c - 0x61 + 10)
                case 0x41...0x46: v = v << 4 | UInt32(c - 0x41 + 10)
                default: return nil
                }
            }
            return v
        }
        while i < raw.endIndex {
            let c = raw[i]
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < raw.endIndex else { return nil }
            let e = raw[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(i) else { return nil }
                i += 4
                if scalar >= 0xD800, scalar < 0xDC00, i + 6 <= raw.endIndex, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                    let low = hex4(i + 2), low >= 0xDC00, low < 0xE000
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
