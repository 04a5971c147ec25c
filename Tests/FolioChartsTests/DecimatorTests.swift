import FolioCore
import Foundation
import XCTest

@testable import FolioCharts

final class DecimatorTests: XCTestCase {
    private let identity = Decimator(xScale: 1, xOffset: 0, yScale: 1, yOffset: 0, columnWidth: 1)

    func testKeepsFirstMinMaxLastPerColumnInOrder() {
        // Column 0: x 0.0..0.8, max first then min; column 1: monotone; column 2: one point.
        let x = [0.0, 0.2, 0.4, 0.6, 0.8, 1.1, 1.5, 1.9, 2.5]
        let y = [5.0, 9.0, 1.0, 4.0, 3.0, 1.0, 2.0, 3.0, 7.0]
        let out = identity.run(x: x, y: y)
        XCTAssertEqual(out.segments.count, 1)
        let kept = out.segments[0].map { [$0.x, $0.y] }
        XCTAssertEqual(kept, [[0, 5], [0.2, 9], [0.4, 1], [0.8, 3], [1.1, 1], [1.9, 3], [2.5, 7]])
    }

    func testEveryColumnExtremeSurvives() {
        var state: UInt64 = 42
        let n = 100_000
        let x = (0..<n).map { Double($0) / 1000 }
        let y = (0..<n).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return Double(state >> 11) / Double(1 << 53)
        }
        let out = identity.run(x: x, y: y)
        let kept = out.segments[0]
        XCTAssertLessThanOrEqual(kept.count, 4 * 100)
        for column in 0..<100 {
            let ys = y[(column * 1000)..<((column + 1) * 1000)]
            let keptYs = kept.filter { Int($0.x) == column }.map(\.y)
            XCTAssertEqual(keptYs.min(), ys.min())
            XCTAssertEqual(keptYs.max(), ys.max())
            XCTAssertEqual(keptYs.first, ys.first)
            XCTAssertEqual(keptYs.last, ys.last)
        }
    }

    func testNaNSplitsAndInfinityIsCounted() {
        let out = Decimator(xScale: 1, xOffset: 0, yScale: 1, yOffset: 0, columnWidth: nil)
            .run(x: [0, 1, 2, 3, 4, 5], y: [1, .nan, 2, .infinity, 3, -.infinity])
        XCTAssertEqual(out.segments.map { $0.map(\.x) }, [[0], [2, 4]])
        XCTAssertEqual(out.droppedInfinite, 2)
    }

    func testAppliesTheAffineMap() {
        let out = Decimator(xScale: 2, xOffset: 10, yScale: -1, yOffset: 100, columnWidth: nil).run(
            x: [1, 2], y: [3, 4])
        XCTAssertEqual(out.segments[0], [ScenePoint(12, 97), ScenePoint(14, 96)])
    }

    /// Linear time: doubling the input must not much more than double the work.
    func testRunTimeIsLinear() {
        func best(_ n: Int) -> Double {
            let x = (0..<n).map(Double.init)
            let y = x.map { $0.truncatingRemainder(dividingBy: 13) }
            let d = Decimator(xScale: 500 / Double(n), xOffset: 0, yScale: 1, yOffset: 0, columnWidth: 0.5)
            var best = Double.infinity
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = d.run(x: x, y: y)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start))
            }
            return best
        }
        let small = best(200_000)
        let large = best(800_000)
        XCTAssertLessThan(large / small, 8, "4× the points took \(large / small)× the time")
    }
}

extension DecimatorTests {
    /// Every other value missing: gaps narrower than a column must not explode into segments.
    func testSubColumnGapsDoNotMultiplySegments() {
        let n = 100_000
        let x = (0..<n).map(Double.init)
        let y = (0..<n).map { $0 % 2 == 0 ? Double($0 % 11) : .nan }
        let out = Decimator(xScale: 250 / Double(n), xOffset: 0, yScale: 1, yOffset: 0, columnWidth: 0.5).run(
            x: x, y: y)
        XCTAssertEqual(out.segments.count, 1)
        XCTAssertLessThanOrEqual(out.segments[0].count, 4 * 500)
    }

    /// A gap wider than a column is still drawn as a gap when decimating.
    func testWideGapsSurviveDecimation() {
        let x = (0..<1000).map(Double.init)
        let y = (0..<1000).map { (400..<600).contains($0) ? .nan : 1.0 }
        let out = Decimator(xScale: 0.1, xOffset: 0, yScale: 1, yOffset: 0, columnWidth: 0.5).run(x: x, y: y)
        XCTAssertEqual(out.segments.count, 2)
    }
}
