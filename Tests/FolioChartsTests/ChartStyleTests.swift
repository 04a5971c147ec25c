import FolioCore
import Foundation
import XCTest

@testable import FolioCharts

final class ChartStyleTests: XCTestCase {
    private let styles: [(String, ChartStyle)] = [("light", .light), ("dark", .dark)]

    func testTextContrastIsAtLeastAA() {
        for (name, s) in styles {
            for bg in [s.background, s.plotBackground, s.grid] {
                XCTAssertGreaterThanOrEqual(s.text.contrastRatio(against: bg), 4.5, "\(name) text on \(bg.hex)")
            }
            for bg in [s.background, s.plotBackground] {
                XCTAssertGreaterThanOrEqual(
                    s.mutedText.contrastRatio(against: bg), 4.5, "\(name) muted text on \(bg.hex)")
            }
        }
    }

    func testSeriesColoursAreReadableAndDistinct() {
        for (name, s) in styles {
            XCTAssertGreaterThanOrEqual(s.palette.count, 10)
            for c in s.palette {
                // WCAG 1.4.11 non-text contrast for graphical objects.
                XCTAssertGreaterThanOrEqual(c.contrastRatio(against: s.plotBackground), 3, "\(name) \(c.hex)")
            }
            for (i, a) in s.palette.enumerated() {
                for b in s.palette[(i + 1)...] {
                    let distance =
                        ((a.red - b.red) * (a.red - b.red) + (a.green - b.green) * (a.green - b.green)
                        + (a.blue - b.blue) * (a.blue - b.blue)).squareRoot()
                    XCTAssertGreaterThan(distance, 0.15, "\(name): \(a.hex) vs \(b.hex)")
                }
            }
        }
    }

    func testGridIsSubtleButVisible() {
        for (name, s) in styles {
            let ratio = s.grid.contrastRatio(against: s.plotBackground)
            XCTAssertGreaterThan(ratio, 1.1, name)
            XCTAssertLessThan(ratio, 2, name)
            XCTAssertGreaterThan(
                s.axis.contrastRatio(against: s.plotBackground), ratio, "\(name): axis stronger than grid")
        }
    }

    func testJSONRoundTripAndKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(ChartStyle.dark)
        XCTAssertEqual(try JSONDecoder().decode(ChartStyle.self, from: data), .dark)
        let keys = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any]).keys.sorted()
        XCTAssertEqual(
            keys,
            [
                "axis", "axisLabelSize", "background", "grid", "legendSize", "lineWidth", "mutedText", "palette",
                "plotBackground", "sequential", "text", "tickSize", "titleSize",
            ])
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"background\":\"#16191d\""))
    }

    func testBadColourIsADecodingError() {
        var json = String(decoding: try! JSONEncoder().encode(ChartStyle.light), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"#ffffff\"", with: "\"white\"")
        XCTAssertThrowsError(try JSONDecoder().decode(ChartStyle.self, from: Data(json.utf8)))
    }

    func testPaletteCyclesAndSequentialInterpolates() {
        let s = ChartStyle.light
        XCTAssertEqual(s.seriesColor(s.palette.count + 1), s.palette[1])
        XCTAssertEqual(s.sequentialColor(0), s.sequential[0])
        XCTAssertEqual(s.sequentialColor(1), s.sequential.last)
        XCTAssertEqual(s.sequentialColor(0.125).hex, s.sequential[0].mixed(with: s.sequential[1], 0.5).hex)
    }
}
