import Foundation

/// A minimal PNG writer (8-bit RGBA, stored deflate blocks): charts stay free of C libraries,
/// and the PDF writer recompresses the pixels anyway.
enum PNGEncoder {
    /// PNG bytes for `width` × `height` RGBA pixels, row-major.
    static func rgba(width: Int, height: Int, pixels: [UInt8]) -> Data {
        encode(width: width, height: height, bytesPerPixel: 4, colorType: 6, pixels: pixels, palette: [])
    }

    /// PNG bytes for `width` × `height` palette indices (one byte per pixel) into at most 256
    /// colours; a quarter of the RGBA size, which matters because the blocks are stored.
    static func indexed(width: Int, height: Int, indices: [UInt8], palette: [(r: UInt8, g: UInt8, b: UInt8, a: UInt8)]) -> Data {
        encode(width: width, height: height, bytesPerPixel: 1, colorType: 3, pixels: indices, palette: palette)
    }

    private static func encode(
        width: Int, height: Int, bytesPerPixel: Int, colorType: UInt8, pixels: [UInt8],
        palette: [(r: UInt8, g: UInt8, b: UInt8, a: UInt8)]
    ) -> Data {
        let rowBytes = width * bytesPerPixel
        var raw = [UInt8]()
        raw.reserveCapacity(height * (rowBytes + 1))
        for r in 0..<height {
            raw.append(0)
            raw += pixels[(r * rowBytes)..<((r + 1) * rowBytes)]
        }
        var out = Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        chunk("IHDR", be32(UInt32(width)) + be32(UInt32(height)) + [8, colorType, 0, 0, 0], into: &out)
        if !palette.isEmpty {
            chunk("PLTE", palette.flatMap { [$0.r, $0.g, $0.b] }, into: &out)
            chunk("tRNS", palette.map(\.a), into: &out)
        }
        chunk("IDAT", zlibStored(raw), into: &out)
        chunk("IEND", [], into: &out)
        return out
    }

    private static func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)] }

    private static func chunk(_ type: String, _ body: [UInt8], into out: inout Data) {
        let typeBytes = Array(type.utf8)
        out.append(contentsOf: be32(UInt32(body.count)))
        out.append(contentsOf: typeBytes)
        out.append(contentsOf: body)
        out.append(contentsOf: be32(crc32(typeBytes + body)))
    }

    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        out.reserveCapacity(data.count + data.count / 65535 * 5 + 16)
        var i = 0
        repeat {
            let n = min(65535, data.count - i)
            let last: UInt8 = i + n >= data.count ? 1 : 0
            out += [last, UInt8(n & 0xff), UInt8(n >> 8), UInt8(~n & 0xff), UInt8((~n >> 8) & 0xff)]
            out += data[i..<(i + n)]
            i += n
        } while i < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return out + be32(b << 16 | a)
    }

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xedb8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xffff_ffff
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
        return c ^ 0xffff_ffff
    }
}
