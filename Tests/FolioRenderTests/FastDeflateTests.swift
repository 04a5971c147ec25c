import CDeflate
import Foundation
import XCTest

@testable import FolioRender

/// cairo starts its PDF streams with zlib's `deflateInit` at the default level; in Folio's
/// processes that level is zlib's fastest (Sources/CFastDeflate). Both sides of the comparison
/// go through the same zlib, so equal bytes mean the override is in effect.
final class FastDeflateTests: XCTestCase {
    private func deflated(_ input: [UInt8], level: Int32) -> [UInt8] {
        var z = z_stream()
        XCTAssertEqual(deflateInit_(&z, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)), Z_OK)
        defer { deflateEnd(&z) }
        var out = [UInt8](repeating: 0, count: input.count + 1024)
        var inCopy = input
        inCopy.withUnsafeMutableBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                z.next_in = i.baseAddress
                z.avail_in = UInt32(i.count)
                z.next_out = o.baseAddress
                z.avail_out = UInt32(o.count)
                XCTAssertEqual(deflate(&z, Z_FINISH), Z_STREAM_END)
            }
        }
        return Array(out.prefix(Int(z.total_out)))
    }

    func testDefaultLevelIsTheFastestAndExplicitLevelsAreKept() {
        // PDF-like text: long runs of digits, where the levels differ.
        let text = (0..<4000).map { "\(Double($0) * 0.731) \(Double($0 * 7 % 997) * 1.17) l\n" }.joined()
        let input = Array(text.utf8)
        let byDefault = deflated(input, level: Z_DEFAULT_COMPRESSION)
        XCTAssertEqual(byDefault, deflated(input, level: 1))
        XCTAssertNotEqual(deflated(input, level: 6), byDefault, "level 6 must still be level 6")
    }
}
