/// Decodes the escapes of a JSON string body (the bytes between the quotes): the hand-written
/// readers of event lines and of `plot_str` need it leniently, since Foundation's JSON reader
/// rejects Python's `NaN`/`Infinity` and is too slow for multi-megabyte figures, and
/// `JSONValue(parsing:)` needs it strictly.
public enum JSONStringEscapes {
    /// What made a strict decode fail, and where (a byte offset into the body).
    public struct Failure: Error, Sendable, Equatable {
        public enum Problem: Sendable, Equatable {
            /// `\` followed by this byte, which starts no JSON escape.
            case unknownEscape(UInt8)
            /// `\` at the very end of the body.
            case unfinishedEscape
            /// `\u` not followed by four hex digits (the offset is the first byte that is not one).
            case badUnicodeEscape
            /// A `\u` surrogate without its other half.
            case unpairedSurrogate
            /// The decoded bytes are not UTF-8 (the offset is 0).
            case invalidUTF8
        }
        public var problem: Problem
        public var offset: Int
    }

    /// The decoded text, or nil for a malformed escape. A UTF-16 surrogate pair (how Python
    /// writes emoji) becomes one scalar; a lone surrogate becomes U+FFFD; an unknown escape
    /// `\x` becomes `x`; bytes that are not UTF-8 are repaired.
    public static func decode<C: RandomAccessCollection>(_ raw: C) -> String? where C.Element == UInt8, C.Index == Int {
        try? decode(raw, strict: false)
    }

    /// The decoded text under RFC 8259's rules: an unknown escape, an unpaired surrogate or bytes
    /// that are not UTF-8 fail.
    public static func decodeStrictly<C: RandomAccessCollection>(_ raw: C) throws(Failure) -> String where C.Element == UInt8, C.Index == Int {
        try decode(raw, strict: true)
    }

    private static func decode<C: RandomAccessCollection>(_ raw: C, strict: Bool) throws(Failure) -> String where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        func fail(_ problem: Failure.Problem, at index: Int) -> Failure { Failure(problem: problem, offset: index - raw.startIndex) }
        /// Four hex digits at `at`, or the index of the first byte that is not one.
        func hex4(_ at: Int) -> Result<UInt32, Failure> {
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                guard k < raw.endIndex, let d = raw[k].asciiHexDigitValue else { return .failure(fail(.badUnicodeEscape, at: k)) }
                v = v << 4 | UInt32(d)
            }
            return .success(v)
        }
        while i < raw.endIndex {
            let c = raw[i]
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                i += 1
                continue
            }
            let escape = i
            guard i + 1 < raw.endIndex else { throw fail(.unfinishedEscape, at: escape) }
            let e = raw[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i).get()
                i += 4
                if scalar >= 0xD800, scalar < 0xDC00, i + 6 <= raw.endIndex, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                    case .success(let low) = hex4(i + 2), low >= 0xDC00, low < 0xE000
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if strict, scalar >= 0xD800, scalar < 0xE000 {
                    throw fail(.unpairedSurrogate, at: escape)
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
            default:
                if strict { throw fail(.unknownEscape(e), at: escape) }
                out.append(e)
            }
        }
        guard strict else { return String(decoding: out, as: UTF8.self) }
        guard let s = String(validating: out, as: UTF8.self) else { throw fail(.invalidUTF8, at: raw.startIndex) }
        return s
    }
}
