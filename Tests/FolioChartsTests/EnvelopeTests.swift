import FolioCore
import XCTest

@testable import FolioCharts

/// A dense series is filled as the band its strokes cover: the band must contain every point
/// with the pen's half width around it, and stay a line's width where the data are flat.
final class EnvelopeTests: XCTestCase {
    private func polygon(_ path: ScenePath) -> [ScenePoint] {
        path.elements.compactMap {
            switch $0 {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
    }

    /// Even-odd point-in-polygon test.
    private func inside(_ p: ScenePoint, _ poly: [ScenePoint]) -> Bool {
        var c = false
        var j = poly.count - 1
        for i in poly.indices {
            let a = poly[i], b = poly[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { c.toggle() }
            j = i
        }
        return c
    }

    func testBandCoversEveryPointWithThePen() {
        var state: UInt64 = 7
        let n = 20_000
        let x = (0..<n).map { 10 + Double($0) / 100 }  // 200 points wide, 50 points per half-point column
        let y = (0..<n).map { i -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return 100 + 30 * sin(Double(i) / 2000) + 8 * (Double(state >> 11) / Double(1 << 53) - 0.5)
        }
        let segment = Decimator(xScale: 1, xOffset: 0, yScale: 1, yOffset: 0, columnWidth: 0.5).run(x: x, y: y).segments[0]
        let hw = 0.625
        let poly = polygon(Envelope.band(segment, columnWidth: 0.5, halfWidth: hw))
        XCTAssertLessThanOrEqual(poly.count, 2 * 400 + 4, "two points per column")
        for i in stride(from: 0, to: n, by: 7) {
            // Strictly inside: a hair within the pen's reach above and below.
            for dy in [-hw * 0.9, 0, hw * 0.9] {
                XCTAssertTrue(inside(ScenePoint(x[i] + 0.01, y[i] + dy), poly), "point \(i) (\(x[i]), \(y[i] + dy)) outside the band")
            }
        }
    }

    func testFlatDataGiveABandOneLineWide() {
        let points = (0..<400).map { ScenePoint(Double($0) / 8, 50) }
        let poly = polygon(Envelope.band(points, columnWidth: 0.5, halfWidth: 0.75))
        let ys = Set(poly.map(\.y))
        XCTAssertEqual(ys, [49.25, 50.75], "a flat series is a band exactly one line width tall")
        XCTAssertEqual(poly.map(\.x).min(), -0.75)
        XCTAssertEqual(poly.map(\.x).max(), 49.875 + 0.75)
    }
}
