import Foundation

/// An encoded PNG or JPEG with its pixel size, read from the file header (no decoding).
public struct ImageData: Sendable, Equatable {
    public enum Format: String, Sendable { case png, jpeg }

    public var bytes: Data
    public var format: Format
    public var pixelWidth: Int
    public var pixelHeight: Int

    public var mimeType: String { format == .png ? "image/png" : "image/jpeg" }

    /// Nil when the bytes are neither a PNG nor a baseline/progressive JPEG with a size.
    public init?(_ bytes: Data) {
        let b = [UInt8](bytes.prefix(4))
        self.bytes = bytes
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            guard let size = Self.pngSize(bytes) else { return nil }
            format = .png
            (pixelWidth, pixelHeight) = size
        } else if b.starts(with: [0xFF, 0xD8]) {
            guard let size = Self.jpegSize(bytes) else { return nil }
            format = .jpeg
            (pixelWidth, pixelHeight) = size
        } else {
            return nil
        }
    }

    private static func bigEndian(_ b: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reduce(0) { $0 << 8 | Int(b[$1]) }
    }

    /// PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height).
    private static func pngSize(_ d: Data) -> (Int, Int)? {
        let b = [UInt8](d.prefix(24))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard b.count >= 24, Array(b[0..<8]) == signature, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        let (w, h) = (bigEndian(b, 16, 4), bigEndian(b, 20, 4))
        return w > 0 && h > 0 ? (w, h) : nil
    }

    /// JPEG: walk the marker segments up to the first start-of-frame (SOF0–SOF15 except the
    /// DHT, JPG and DAC markers C4, C8, CC), which holds height then width.
    private static func jpegSize(_ d: Data) -> (Int, Int)? {
        let b = [UInt8](d.prefix(1 << 20))
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
                let (w, h) = (bigEndian(b, i + 7, 2), bigEndian(b, i + 5, 2))
                return w > 0 && h > 0 ? (w, h) : nil
            }
            i += 2 + length
        }
        return nil
    }
}
