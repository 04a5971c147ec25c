/// Why percent-encoded text could not be decoded.
public enum PercentDecodingFailure: Error, Sendable, Equatable {
    /// A `%` not followed by two hex digits.
    case badEscape
    /// The decoded bytes are not UTF-8.
    case invalidUTF8
}

extension StringProtocol {
    /// `%2F`-style escapes decoded, and with `plusIsSpace` (form encoding, as `URLSearchParams`
    /// reads query strings) `+` as a space; the result must be UTF-8. Without `plusIsSpace` it
    /// agrees with Foundation's `removingPercentEncoding`, without its CFString round trip, whose
    /// first use costs three runtime conformance scans of the whole binary.
    public func percentDecoding(plusIsSpace: Bool = false) throws(PercentDecodingFailure) -> String {
        let plus: UInt8? = plusIsSpace ? UInt8(ascii: "+") : nil
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == plus }) else { return String(self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var rest = utf8.makeIterator()
        while let c = rest.next() {
            switch c {
            case UInt8(ascii: "%"):
                guard let high = rest.next()?.asciiHexDigitValue, let low = rest.next()?.asciiHexDigitValue else {
                    throw .badEscape
                }
                bytes.append(high << 4 | low)
            case plus: bytes.append(UInt8(ascii: " "))
            default: bytes.append(c)
            }
        }
        guard let s = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8 }
        return s
    }
}
