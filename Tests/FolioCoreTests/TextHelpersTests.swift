import FolioCore
import Foundation
import XCTest

/// `trimmingWhitespace` and `percentDecoding()` stand in for Foundation's `trimmingCharacters` and
/// `removingPercentEncoding` on the export path; they must agree with them.
final class TextHelpersTests: XCTestCase {
    private let samples = [
        "", " ", "plain", "  both  ", "\t\ntabbed\r\n", "\u{00A0}nbsp\u{2003}", "\u{2028}sep\u{85}",
        "in  side", "ünï 报告 ", " 🙂 ", "\r\n", "x\u{301} ", " a\u{200B}", "\u{200B}\u{3000}b\u{202F}",
    ]

    func testTrimmingMatchesFoundation() {
        for s in samples {
            XCTAssertEqual(s.trimmingWhitespace(), s.trimmingCharacters(in: .whitespacesAndNewlines), s.debugDescription)
            XCTAssertEqual(s[...].trimmingWhitespace(), s.trimmingCharacters(in: .whitespacesAndNewlines), s.debugDescription)
        }
    }

    func testPercentDecodingMatchesFoundation() {
        var cases = [
            "plain.png", "a%20b.png", "%E5%AE%9E%E9%AA%8C.png", "100%", "%", "%2", "%zz", "%41%42", "%2f%2F",
            "%C3", "%C3%A9", "%FF%FE", "%00x", "mixed%20ü.png", "%%20", "a%2", "trail%",
        ]
        // Every two-digit escape, alone and around text.
        for b in 0..<256 { cases.append(String(format: "x%%%02X.y", b)) }
        for s in cases {
            let foundation = s.removingPercentEncoding
            // For a few lone bytes (%A9) Foundation gives U+FFFD where other invalid UTF-8 gives
            // nil; nil throughout is the consistent answer (either way the path names no file).
            if let f = foundation, f.unicodeScalars.contains("\u{FFFD}") {
                XCTAssertNil(try? s.percentDecoding(), s.debugDescription)
                continue
            }
            XCTAssertEqual(try? s.percentDecoding(), foundation, s.debugDescription)
        }
    }

    func testColourHexForms() {
        XCTAssertEqual(Color(hex: "#ABCDEF")?.hex, "#abcdef")
        XCTAssertEqual(Color(hex: "fA0")?.hex, "#ffaa00")
        XCTAssertEqual(Color(hex: "#00000000")?.alpha, 0)
        XCTAssertEqual(Color(hex: "#ff000080")?.alpha ?? 0, 128.0 / 255, accuracy: 1e-12)
        for bad in ["#12", "#1234", "#12345", "#1234567", "#123456789", "#ggg", "##123", "+fff", "0x123", "#12 34 5", "# 0d1117"] {
            XCTAssertNil(Color(hex: bad), bad)
        }
    }

    func testColourHexTrimsAsBefore() {
        XCTAssertEqual(Color(hex: "  #0d1117\t")?.hex, "#0d1117")
        XCTAssertEqual(Color(hex: "\n abc ")?.hex, "#aabbcc")
        XCTAssertNil(Color(hex: "# 0d1117"))
        XCTAssertNil(Color(hex: ""))
    }
}
