import FolioCore
import FolioTestSupport
import XCTest

@testable import FolioCharts

final class ParallelCoordinatesTests: XCTestCase {
    private let m = ChartFixtures.measurer

    private func texts(_ scene: Scene) -> [SceneText] {
        scene.items.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    func testAxesLinesAndColorbar() {
        let chart = ParallelCoordinates(
            axes: [
                .init(label: "General.optimizer", kind: .categorical(["adam", "sgd", "N/A"])),
                .init(label: "General.lr", kind: .categorical(["0.001", "0.1"])),
                .init(label: "accuracy/top1_val (Last)", kind: .numeric(nil)),
            ],
            lines: [.init(values: [0, 0, 0.84]), .init(values: [1, 1, 0.91]), .init(values: [2, .nan, 0.9])], colorAxis: 2)
        let result = chart.build(width: 500, height: 300, style: .light, measurer: m)
        let lines = result.scene.items.compactMap { item -> SceneStroke? in
            if case .path(_, nil, let s?) = item, s.width == 1.2 { return s }
            return nil
        }
        XCTAssertEqual(lines.count, 3)
        // Lowest metric gets the scale's first colour, highest its last.
        XCTAssertEqual(lines[0].color.withAlpha(1).hex, "#440154")
        XCTAssertEqual(lines[1].color.withAlpha(1).hex, "#fde725")
        XCTAssertTrue(texts(result.scene).contains { $0.text == "accuracy/top1_val (Last)" })
        assertSnapshot(result.scene.dump(), named: "parcoords")
    }

    func testLongLabelsRotateAndAreListedInFull() {
        let long = "Hyperparameters.a_very_long_parameter_name_that_cannot_fit_between_axes_at_all"
        let axes = (0..<6).map { ParallelCoordinates.Axis(label: "\(long)_\($0)", kind: .numeric(nil)) }
        let chart = ParallelCoordinates(axes: axes, lines: [.init(values: [1, 2, 3, 4, 5, 6]), .init(values: [2, 3, 4, 5, 6, 7])], colorAxis: 5)
        let result = chart.build(width: 400, height: 300, style: .dark, measurer: m)
        let labels = texts(result.scene).filter { $0.font.bold }
        XCTAssertEqual(labels.count, 6)
        XCTAssertTrue(labels.allSatisfy { $0.rotation == -30 })
        // Rotated labels are parallel, so they cannot overlap when the axes are apart by more
        // than a line height / sin(30°).
        let spacing = labels[1].position.x - labels[0].position.x
        XCTAssertGreaterThan(spacing * 0.5, labels[0].font.size * 1.2)
        let all = texts(result.scene).map(\.text).joined(separator: " ")
        XCTAssertTrue(all.replacingOccurrences(of: " ", with: "").contains("\(long)_5".replacingOccurrences(of: " ", with: "")), "the full label is kept in the text")
    }

    func testNoLinesIsPlaceholder() {
        let result = ParallelCoordinates(axes: [.init(label: "a", kind: .numeric(nil))], lines: []).build(width: 300, height: 200, style: .light, measurer: m)
        XCTAssertEqual(result.warnings, ["no task to draw"])
    }
}
