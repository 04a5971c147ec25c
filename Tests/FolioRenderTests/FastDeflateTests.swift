import CDeflate
import Foundation
import XCTest

@testable import FolioRender

/// cairo starts its PDF streams with zlib's `deflateInit` at the default level and then calls
/// only `deflate` and `deflateEnd`; in Folio's processes those streams are buffered and
/// compressed by libdeflate (Sources/CFastDeflate), and every other stream is zlib's own.
final class FastDeflateTests: XCTestCase {
    /// Compresses `input` the way cairo's deflate stream does: fed in pieces, a 16 KB output
    /// buffer emptied whenever it fills, then finished in a loop until Z_STREAM_END.
    private func cairoStyle(_ input: [UInt8], level: Int32 = Z_DEFAULT_COMPRESSION, piece: Int = 4096) -> [UInt8] {
        var z = z_stream()
        XCTAssertEqual(deflateInit_(&z, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)), Z_OK)
        defer { XCTAssertEqual(deflateEnd(&z), Z_OK) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        func run(_ data: ArraySlice<UInt8>, finish: Bool) {
            var copy = Array(data)
            copy.withUnsafeMutableBufferPointer { i in
                z.next_in = i.baseAddress
                z.avail_in = UInt32(i.count)
                var done = false
                while !done {
                    let (status, produced) = buffer.withUnsafeMutableBufferPointer { b -> (Int32, Int) in
                        z.next_out = b.baseAddress
                        z.avail_out = UInt32(b.count)
                        let s = deflate(&z, finish ? Z_FINISH : Z_NO_FLUSH)
                        return (s, b.count - Int(z.avail_out))
                    }
                    XCTAssertTrue(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "deflate said \(status)")
                    out += buffer.prefix(produced)
                    done = z.avail_in == 0 && (!finish || status == Z_STREAM_END)
                }
            }
        }
        var at = 0
        while at < input.count {
            run(input[at..<min(at + piece, input.count)], finish: false)
            at += piece
        }
        run([], finish: true)
        return out
    }

    private func inflated(_ data: [UInt8], size: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: size + 1)
        var length = uLongf(out.count)
        let status = uncompress(&out, &length, data, uLong(data.count))
        return status == Z_OK ? Array(out.prefix(Int(length))) : nil
    }

    /// PDF-like text: long runs of numbers and operators.
    private func pdfText(lines: Int) -> [UInt8] {
        Array((0..<lines).map { "\(Double($0) * 0.731) \(Double($0 * 7 % 997) * 1.17) l\n" }.joined().utf8)
    }

    func testDefaultLevelStreamsRoundTripAndAreNotZlibsOwn() {
        let input = pdfText(lines: 4000)
        let fast = cairoStyle(input)
        XCTAssertEqual(inflated(fast, size: input.count), input)
        let zlibFastest = cairoStyle(input, level: 1)
        XCTAssertEqual(inflated(zlibFastest, size: input.count), input)
        XCTAssertNotEqual(fast, zlibFastest, "the default level should be libdeflate's")
        XCTAssertLessThanOrEqual(fast.count, zlibFastest.count * 21 / 20, "libdeflate's fastest is no bigger than zlib's (5% slack)")
    }

    func testExplicitLevelsStayZlibsOwn() {
        let input = pdfText(lines: 2000)
        var expected = [UInt8](repeating: 0, count: input.count + 1024)
        var length = uLongf(expected.count)
        XCTAssertEqual(compress2(&expected, &length, input, uLong(input.count), 6), Z_OK)
        XCTAssertEqual(cairoStyle(input, level: 6), Array(expected.prefix(Int(length))))
    }

    func testEmptyAndTinyStreams() {
        for input in [[], [UInt8(7)], Array("q 1 0 0 1 0 0 cm Q".utf8)] {
            XCTAssertEqual(inflated(cairoStyle(input), size: input.count), input)
        }
    }

    func testAStreamPastTheBufferLimitGoesOnInZlib() {
        // 20 MB of a million-point chart's path: over the 16 MB that is held for libdeflate.
        var input: [UInt8] = []
        input.reserveCapacity(21 << 20)
        var i = 0
        while input.count < 20 << 20 {
            input += Array("\(Double(i) * 0.0131) \(Double(i * 31 % 1009) * 0.77) l\n".utf8)
            i += 1
        }
        let out = cairoStyle(input, piece: 65536)
        XCTAssertEqual(inflated(out, size: input.count), input)
    }
}
