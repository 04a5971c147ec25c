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

    private static func pngSize(_ d: Data) -> (Int, Int)? {
        let b = [UInt8](d.prefix(24))
        guard b.count >= 24, b[12...15].elementsEqual("IHDR".utf8) else { return nil }
        let w = b[16...19].reduce(0) { $0 << 8 | Int($1) }
        let h = b[20...23].reduce(0) { $0 << 8 | Int($1) }
        return w > 0 && h > 0 ? (w, h) : nil
    }

    /// Walks JPEG markers to the first start-of-frame (SOF0…SOF15 except DHT/JPG/DAC).
    private static func jpegSize(_ d: Data) -> (Int, Int)? {
        let b = [UInt8](d)
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                let h = Int(b[i + 5]) << 8 | Int(b[i + 6])
                let w = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return w > 0 && h > 0 ? (w, h) : nil
            }
            i += 2 + length
        }
        return nil
    }
}
