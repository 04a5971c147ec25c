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

    /// Horizontal boxes of the bold axis labels.
    private func labelBoxes(_ scene: Scene) -> [(text: String, lo: Double, hi: Double, y: Double)] {
        texts(scene).filter(\.font.bold).map { t in
            let w = m.width(of: t.text, font: t.font)
            return (t.text, t.position.x - w / 2, t.position.x + w / 2, t.position.y)
        }
    }

    func testLabelsStaggerInsteadOfOverlapping() {
        let axes = ["General.optimizer", "General.learning_rate", "General.batch_size", "General.weight_decay", "accuracy/top1_val (Last)"]
            .map { ParallelCoordinates.Axis(label: $0, kind: .numeric(nil)) }
        let chart = ParallelCoordinates(axes: axes, lines: [.init(values: [1, 2, 3, 4, 5]), .init(values: [2, 3, 4, 5, 6])], colorAxis: 4)
        let result = chart.build(width: 420, height: 300, style: .light, measurer: m)
        let boxes = labelBoxes(result.scene)
        XCTAssertEqual(boxes.map(\.text), axes.map(\.label), "full names, none shortened")
        XCTAssertEqual(Set(boxes.map(\.y)).count, 2, "two staggered rows")
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] where a.y == b.y { XCTAssertLessThanOrEqual(a.hi, b.lo, "\(a.text) overlaps \(b.text)") }
            XCTAssertGreaterThanOrEqual(a.lo, 0)
            XCTAssertLessThanOrEqual(a.hi, 420)
        }
    }

    func testLabelsTooLongAreShortenedAndListedInFull() {
        let long = "Hyperparameters.a_very_long_parameter_name_that_cannot_fit_between_axes_at_all"
        let axes = (0..<6).map { ParallelCoordinates.Axis(label: "\(long)_\($0)", kind: .numeric(nil)) }
        let chart = ParallelCoordinates(axes: axes, lines: [.init(values: [1, 2, 3, 4, 5, 6]), .init(values: [2, 3, 4, 5, 6, 7])], colorAxis: 5)
        let result = chart.build(width: 400, height: 300, style: .dark, measurer: m)
        let boxes = labelBoxes(result.scene)
        XCTAssertTrue(boxes.allSatisfy { $0.text.hasSuffix("…") })
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] where a.y == b.y { XCTAssertLessThanOrEqual(a.hi, b.lo + 0.01, "\(a.text) overlaps \(b.text)") }
        }
        let all = texts(result.scene).filter { !$0.font.bold }.map(\.text).joined(separator: " ").replacingOccurrences(of: " ", with: "")
        XCTAssertTrue(all.contains("\(long)_5"), "the full label is kept in the text")
    }

    func testNoLinesIsPlaceholder() {
        let result = ParallelCoordinates(axes: [.init(label: "a", kind: .numeric(nil))], lines: []).build(width: 300, height: 200, style: .light, measurer: m)
        XCTAssertEqual(result.warnings, ["no task to draw"])
    }
}
