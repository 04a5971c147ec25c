import CCairo
import CFastFormat
import Foundation
import XCTest

/// cairo writes a PDF's numbers with snprintf; in Folio's processes the fixed-point and plain
/// integer formats are answered by Sources/CFastFormat, which must print exactly what glibc does.
final class FastFormatTests: XCTestCase {
    /// glibc's answer: vsnprintf is not replaced, only snprintf and __snprintf_chk are.
    private func glibc(_ format: String, _ args: CVarArg...) -> String {
        withVaList(args) { glibcV(format, $0) }
    }

    private func glibcV(_ format: String, _ list: CVaListPointer) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        _ = vsnprintf(&buffer, buffer.count, format, list)
        return String(cString: buffer)
    }

    private func fast(_ value: Double, _ precision: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 512)
        guard folio_format_fixed(&buffer, buffer.count, value, precision) >= 0 else { return nil }
        return String(cString: buffer)
    }

    /// A fixed generator, so a failure names a value that can be replayed.
    private struct XorShift {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    private func values(_ count: Int) -> [Double] {
        var r = XorShift()
        var out: [Double] = []
        while out.count < count {
            let bits = r.next()
            let d: Double
            switch out.count % 5 {
            case 0: d = Double(Int64(bits % 2_000_000)) / 1000 - 1000  // page coordinates
            case 1: d = Double(bitPattern: bits)  // any double
            case 2: d = Double(bits % (1 << 20)) * pow(2, -Double(r.next() % 30))  // dyadic: exact ties
            case 3: d = Double(bits % 100_000) / Double(1 + r.next() % 1000)
            default: d = Double(bits >> 11) * pow(2, -Double(r.next() % 90)) * (r.next() & 1 == 0 ? 1 : -1)
            }
            if d.isFinite { out.append(d) }
        }
        return out
    }

    func testFixedPointMatchesGlibcAtEveryPrecision() {
        var mismatches: [String] = []
        var answered = 0
        let specials: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.0078125, 0.1171875, 1e-300, 5e-324, -5e-324, 0.1, 0.05, 9.2e18, 1.8e19, 1e20]
        for d in specials + values(60_000) {
            for precision: Int32 in [0, 1, 3, 6, 9, 12, 17, 18] {
                let expected = glibc("%.*f", precision, d)
                guard let got = fast(d, precision) else { continue }
                answered += 1
                if got != expected, mismatches.count < 10 { mismatches.append("\(d) at \(precision): glibc \(expected), fast \(got)") }
            }
        }
        XCTAssertEqual(mismatches, [])
        // Values of 2^64 and more go to glibc; everything else is answered by the fast path.
        XCTAssertGreaterThan(answered, 60_000 * 8 / 2)
        XCTAssertNil(fast(1e20, 6))
        XCTAssertNil(fast(.infinity, 6))
        XCTAssertNil(fast(.nan, 6))
        XCTAssertNil(fast(1, 19))
    }

    func testTiesRoundToEvenAsGlibcDoes() {
        XCTAssertEqual(fast(0.1171875, 6), "0.117188")  // ...875 -> up: 7 is odd
        XCTAssertEqual(fast(0.0078125, 6), "0.007812")  // ...125 -> down: 2 is even
        XCTAssertEqual(fast(2.5, 0), "2")
        XCTAssertEqual(fast(3.5, 0), "4")
        XCTAssertEqual(fast(-0.0, 2), "-0.00")
        XCTAssertEqual(fast(-1e-9, 6), "-0.000000")
    }

    /// Truncation follows snprintf: the full length is returned, size - 1 characters are kept.
    func testTruncationKeepsSnprintfsContract() {
        var small = [CChar](repeating: 0x7F, count: 4)
        XCTAssertEqual(folio_format_fixed(&small, 4, 3.14159, 6), 8)
        XCTAssertEqual(String(cString: small), "3.1")
        var none = [CChar](repeating: 0x7F, count: 1)
        XCTAssertEqual(folio_format_fixed(&none, 0, 3.14159, 6), 8)
        XCTAssertEqual(none[0], 0x7F, "size 0 stores nothing")
    }

    /// cairo's calls reach the executable's snprintf: the counter moves while cairo writes a PDF
    /// of fractional coordinates.
    func testCairosNumbersReachTheFastPath() throws {
        let before = folio_fast_format_count()
        let pdf = try strokedLinesPDF()
        XCTAssertGreaterThan(folio_fast_format_count() - before, 40)
        XCTAssertTrue(pdf.starts(with: Array("%PDF-".utf8)))
    }

    private func strokedLinesPDF() throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fastformat-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let surface = cairo_pdf_surface_create(url.path, 200.5, 100.25)
        let cr = cairo_create(surface)
        for i in 0..<20 {
            cairo_move_to(cr, Double(i) * 3.3, 7.77)
            cairo_line_to(cr, 100.123, Double(i) * 1.01)
        }
        cairo_set_source_rgb(cr, 0.2, 0.4, 0.6)
        cairo_stroke(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return try [UInt8](Data(contentsOf: url))
    }

    func testOtherFormatsStillReachGlibc() {
        let args: [(String, [CVarArg])] = [
            ("%d", [Int32(-42)]), ("%u", [UInt32(4_000_000_000)]), ("%ld", [Int.min]), ("%lu", [UInt.max]),
            ("%010ld", [12345]), ("%04x", [Int32(255)]), ("%x=%d", [Int32(10), Int32(1)]), ("%g", [0.1]), ("%.3e", [12345.678]),
            ("%f", [1e300]), ("%f", [Double.nan]), ("%.*f", [Int32(-1), 2.5]),
        ]
        for (format, values) in args {
            var buffer = [CChar](repeating: 0, count: 512)
            let n = withVaList(values) { list in
                folio_vsnprintf(&buffer, buffer.count, format, list)
            }
            let expected = withVaList(values) { list in glibcV(format, list) }
            XCTAssertEqual(String(cString: buffer), expected, format)
            XCTAssertEqual(Int(n), expected.utf8.count, format)
        }
    }
}
