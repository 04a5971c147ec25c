import Foundation

/// Pixel size and type of an encoded image, read from the PNG IHDR or JPEG SOF header only.
public struct ImageHeader: Sendable, Equatable {
    /// `image/png` or `image/jpeg`.
    public var mimeType: String
    /// Width in pixels (EXIF orientation is not applied).
    public var pixelWidth: Int
    /// Height in pixels.
    public var pixelHeight: Int

    /// Parses `data`; nil when it is neither a PNG nor a JPEG with a frame header.
    public init?(data: Data) {
        let bytes = [UInt8](data.prefix(1 << 20))
        if let size = Self.png(bytes) {
            (mimeType, pixelWidth, pixelHeight) = ("image/png", size.0, size.1)
        } else if let size = Self.jpeg(bytes) {
            (mimeType, pixelWidth, pixelHeight) = ("image/jpeg", size.0, size.1)
        } else {
            return nil
        }
        guard pixelWidth > 0, pixelHeight > 0 else { return nil }
    }

    private static func bigEndian(_ b: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reduce(0) { $0 << 8 | Int(b[$1]) }
    }

    /// PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height).
    private static func png(_ b: [UInt8]) -> (Int, Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard b.count >= 24, Array(b[0..<8]) == signature, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (bigEndian(b, 16, 4), bigEndian(b, 20, 4))
    }

    /// JPEG: walk the marker segments up to the first start-of-frame (SOF0–SOF15 except the
    /// DHT, JPG and DAC markers C4, C8, CC), which holds height then width.
    private static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 3 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF {  // fill byte
                i += 1
                continue
            }
            if marker == 0x01 || (0xD0...0xD8).contains(marker) {  // standalone markers
                i += 2
                continue
            }
            if marker == 0xD9 || marker == 0xDA { return nil }  // end of image / start of scan
            let length = bigEndian(b, i + 2, 2)
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard i + 9 <= b.count else { return nil }
                return (bigEndian(b, i + 7, 2), bigEndian(b, i + 5, 2))
            }
            i += 2 + length
        }
        return nil
    }
}
