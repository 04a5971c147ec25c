import FolioCharts
import FolioCore
import FolioTestSupport
import FolioWidgets
import XCTest

@testable import FolioWidgetCharts

final class ParcoordsWidgetTests: XCTestCase {
    func testNaturalSort() {
        XCTAssertEqual(NaturalOrder.sorted(["bs128", "bs64", "bs1024", "Adam", "adamw", "bs64"]), ["Adam", "adamw", "bs64", "bs128", "bs1024"])
        XCTAssertEqual(NaturalOrder.sorted(["0.1", "1e-4", "0.001", "10"]), ["1e-4", "0.001", "0.1", "10"])
        XCTAssertEqual(NaturalOrder.sorted(["v10", "v9", "v9a"]), ["v9", "v9a", "v10"])
        XCTAssertTrue(NaturalOrder.less("file2", "file10"))
        XCTAssertFalse(NaturalOrder.less("file10", "file2"))
    }

    private func task(_ id: String, lr: String?, opt: String, acc: Double, min: Double) -> TaskRecord {
        var t = TaskRecord(id: id, name: id)
        var general: [String: HyperParameter] = ["optimizer": HyperParameter(section: "General", name: "optimizer", value: opt)]
        if let lr { general["lr"] = HyperParameter(section: "General", name: "lr", value: lr) }
        general["a.b"] = HyperParameter(section: "General", name: "a.b", value: "x")
        t.hyperparams = ["General": general]
        var m = LastMetric(metric: "accuracy", variant: "top1_val", value: acc)
        m.minValue = min
        t.lastMetrics = [MetricHash.md5Hex("accuracy"): [MetricHash.md5Hex("top1_val"): m]]
        return t
    }

    func testAxesFromHyperParametersAndHashedMetrics() throws {
        let key = MetricHash.path(metric: "accuracy", variant: "top1_val")
        XCTAssertEqual(key, "5d6db9a1dc722586187fc2db530f8388.c77c73d8d82a8a20401873e63b28eac1")
        let q = try WidgetQuery(url: "https://app.clear.ml/widgets/?type=parcoords&objects=a&objects=b&objects=c&variants=General.lr&variants=General.optimizer&variants=General.a%252Eb&metrics=\(key)&metrics=\(key).min_value&value_type=value")
        let tasks = [task("a", lr: "0.1", opt: "sgd", acc: 0.9, min: 0.1), task("b", lr: "0.001", opt: "adam", acc: 0.8, min: 0.2), task("c", lr: nil, opt: "sgd", acc: 0.85, min: 0.3)]
        let chart = ParcoordsWidgetChart.chart(query: q, tasks: tasks)
        XCTAssertEqual(chart.axes.map(\.label), ["General.lr", "General.optimizer", "General.a.b", "accuracy/top1_val (Last)", "accuracy/top1_val (Min)"])
        XCTAssertEqual(chart.axes[0].kind, .categorical(["0.001", "0.1", "N/A"]))
        XCTAssertEqual(chart.axes[1].kind, .categorical(["adam", "sgd"]))
        XCTAssertEqual(chart.lines.map(\.values), [[1, 1, 0, 0.9, 0.1], [0, 0, 0, 0.8, 0.2], [2, 1, 0, 0.85, 0.3]])
        XCTAssertEqual(chart.colorAxis, 3)
    }

    func testUnknownMetricHashKeepsTheHashAsLabelAndNoTasksFails() throws {
        let q = try WidgetQuery(url: "https://app.clear.ml/widgets/?type=parcoords&metrics=aaa.bbb&value_type=max_value")
        let chart = ParcoordsWidgetChart.chart(query: q, tasks: [TaskRecord(id: "x")])
        XCTAssertEqual(chart.axes.map(\.label), ["aaa.bbb (Max)"])
        XCTAssertTrue(chart.lines[0].values[0].isNaN)
        let empty = ParcoordsWidgetChart(query: q, data: WidgetData()).build(width: 300, height: 200, style: .light, measurer: WidgetChartFixtures.measurer)
        guard case .failure(let e) = empty else { return XCTFail() }
        XCTAssertEqual(e.reason, "no task matches the query")
    }
}
