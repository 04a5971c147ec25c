import FolioTestSupport
import Foundation
import XCTest

@testable import FolioCharts

final class AxisTicksTests: XCTestCase {
    /// Ranges → tick labels, as one reviewable table.
    func testLinearTickTable() {
        let cases: [(Double, Double, Int)] = [
            (0, 1, 5), (0.1, 0.7, 6), (-3.7, 12.2, 5), (0, 100, 4), (0.95, 1.05, 5), (-1e-3, 1e-3, 4),
            (0, 2.5e6, 5), (1.2e9, 1.5e9, 3), (1e-6, 5e-6, 4), (0, 3e22, 3), (-250, -50, 4), (0, 0.3, 3),
            (5, 5, 4), (0, 1e-9, 2),
        ]
        let table =
            cases.map { lo, hi, target in
                let ticks = AxisTicks.linear(lo: lo, hi: hi, target: target)
                return "\(lo)...\(hi) /\(target): " + ticks.labels.joined(separator: " ")
            }.joined(separator: "\n") + "\n"
        assertSnapshot(table, named: "tick-table")
    }

    func testTickValuesHaveNoFloatJunk() {
        let ticks = NiceTicks(lo: 0, hi: 1, target: 10)
        XCTAssertEqual(ticks.values, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
        XCTAssertTrue(ticks.values.contains(0.3))
        XCTAssertEqual(NumberText.tickLabels(ticks)[3], "0.3")
    }

    func testStepIsOneTwoOrFive() {
        for (lo, hi) in [(0.0, 7.3), (13.0, 1013.0), (-0.004, 0.019), (1.0, 1.0001)] {
            for target in 2...9 {
                let ticks = NiceTicks(lo: lo, hi: hi, target: target)
                XCTAssertTrue([1, 2, 5].contains(ticks.mantissa), "\(lo)...\(hi)")
                XCTAssertGreaterThanOrEqual(ticks.values.count, 2, "\(lo)...\(hi) /\(target)")
                XCTAssertTrue(ticks.values.allSatisfy { $0 >= lo - 1e-12 && $0 <= hi + 1e-12 })
            }
        }
    }

    func testValueFormatting() {
        XCTAssertEqual(NumberText.value(0.1 + 0.2), "0.3")
        XCTAssertEqual(NumberText.value(0.913), "0.913")
        XCTAssertEqual(NumberText.value(25.6), "25.6")
        XCTAssertEqual(NumberText.value(-1_234_567), "-1234567")
        XCTAssertEqual(NumberText.value(3e12), "3e+12")
        XCTAssertEqual(NumberText.value(1.5e-5), "1.5e-5")
        XCTAssertEqual(NumberText.value(42), "42")
        XCTAssertEqual(NumberText.value(.nan), "NaN")
    }

    func testFittingDropsTicksWhoseLabelsCollide() {
        // 60 points for 0...1e6: wide labels must thin out to at most a few ticks.
        let ticks = AxisTicks.fitting(
            length: 60, span: 1e6, preferredSpacing: 10, extent: { Double($0.count) * 5 },
            make: { AxisTicks.linear(lo: 0, hi: 1e6, target: $0) })
        XCTAssertLessThanOrEqual(ticks.values.count, 3)
        XCTAssertGreaterThanOrEqual(ticks.values.count, 2)
    }

    func testRelativeTimeUnitFromSpan() {
        let table: [(Double, RelativeTimeUnit)] = [
            (0, .seconds), (90_000, .seconds), (150_000, .minutes), (3 * 3_600_000, .hours),
            (5 * 86_400_000, .days), (90 * 86_400_000, .months), (3 * 365 * 86_400_000, .years),
        ]
        for (span, unit) in table { XCTAssertEqual(RelativeTimeUnit.choose(spanMs: span), unit, "\(span)") }
        XCTAssertEqual(RelativeTimeUnit.minutes.axisLabel, "Minutes From Start")
    }

    func testWallTimeTicks() {
        let utc = TimeZone(identifier: "UTC")!
        let start = 1_714_557_600_000.0  // 2024-05-01 10:00 UTC
        let hours = WallTimeTicks.ticks(lo: start, hi: start + 6 * 3_600_000, target: 6, timeZone: utc)
        XCTAssertEqual(hours.labels, ["May 1 10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"])
        let days = WallTimeTicks.ticks(lo: start, hi: start + 10 * 86_400_000, target: 5, timeZone: utc)
        XCTAssertEqual(days.labels, ["May 3", "May 5", "May 7", "May 9", "May 11"])
        let months = WallTimeTicks.ticks(lo: start, hi: start + 400 * 86_400_000, target: 5, timeZone: utc)
        XCTAssertEqual(months.labels, ["Jul 2024", "Oct 2024", "Jan 2025", "Apr 2025"])
        // An injected zone shifts labels (Tokyo is UTC+9, no DST).
        let tokyo = WallTimeTicks.ticks(
            lo: start, hi: start + 2 * 3_600_000, target: 2, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        XCTAssertEqual(tokyo.labels, ["May 1 19:00", "20:00", "21:00"])
        let seconds = WallTimeTicks.ticks(lo: start, hi: start + 20_000, target: 4, timeZone: utc)
        XCTAssertEqual(seconds.labels, ["May 1 10:00:00", "10:00:05", "10:00:10", "10:00:15", "10:00:20"])
        // The date comes back where the day changes.
        let night = WallTimeTicks.ticks(lo: start, hi: start + 23 * 3_600_000, target: 4, timeZone: utc)
        XCTAssertEqual(night.labels, ["May 1 12:00", "18:00", "May 2 00:00", "06:00"])
    }
}
