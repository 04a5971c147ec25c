extension String {
    /// `%2F`-style escapes decoded; nil when an escape is malformed or the bytes are not UTF-8.
    /// What Foundation's `removingPercentEncoding` gives, without its CFString round trip, whose
    /// first use costs three runtime conformance scans of the whole binary.
    public func percentDecoded() -> String? {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var rest = utf8.makeIterator()
        while let c = rest.next() {
            guard c == UInt8(ascii: "%") else {
                bytes.append(c)
                continue
            }
            guard let high = rest.next().flatMap(hex), let low = rest.next().flatMap(hex) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
