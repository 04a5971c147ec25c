import CCairo
import Foundation
import XCTest

@testable import FolioRender

/// Folio's PNG encoder against cairo's PNG reader: every pixel must come back unchanged.
final class PNGEncoderTests: XCTestCase {
    func testNoiseAndFlatRowsRoundTrip() throws {
        let width = 37, height = 23, stride = 4 * 40  // a stride wider than the row, as cairo may use
        var state: UInt64 = 1
        var pixels = [UInt8](repeating: 0, count: stride * height)
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Rows 5-9 repeat one colour (the Up filter's zeros); the others are noise.
                let v: UInt32 = (5..<10).contains(y) ? 0x00_3a_7b_c4 : UInt32(truncatingIfNeeded: state >> 33) & 0xffffff
                withUnsafeBytes(of: v.littleEndian) { bytes in
                    for k in 0..<4 { pixels[y * stride + 4 * x + k] = bytes[k] }
                }
            }
        }
        let png = try pixels.withUnsafeBufferPointer { try PNGEncoder.encode(pixels: $0.baseAddress!, width: width, height: height, stride: stride) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-png-encoder-\(getpid()).png")
        try png.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let surface = try XCTUnwrap(cairo_image_surface_create_from_png(file.path))
        defer { cairo_surface_destroy(surface) }
        XCTAssertEqual(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS)
        XCTAssertEqual(Int(cairo_image_surface_get_width(surface)), width)
        XCTAssertEqual(Int(cairo_image_surface_get_height(surface)), height)
        let data = try XCTUnwrap(cairo_image_surface_get_data(surface))
        let readStride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height {
            for x in 0..<width {
                let read = UnsafeRawPointer(data + y * readStride + 4 * x).loadUnaligned(as: UInt32.self) & 0xffffff
                let written = pixels.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: y * stride + 4 * x, as: UInt32.self) } & 0xffffff
                XCTAssertEqual(read, written, "pixel \(x),\(y)")
                if read != written { return }
            }
        }
    }
}
