import FolioTestSupport
import FolioWidgets
import XCTest

/// Server responses (the reference's §4.4 shapes) decode straight into the typed answer.
final class WidgetDataDecodingTests: XCTestCase {
    func testServerShapesDecodeAndReencodeStably() throws {
        let json = #"""
            {"tasks": [{"id": "aa11", "name": "hpo-trial-7", "last_iteration": 99, "project": {"id": "4043a1"},
              "hyperparams": {"General": {"lr": {"section": "General", "name": "lr", "value": "0.001", "type": "float"}}},
              "last_metrics": {"0d8f": {"5d8f": {"metric": "validation", "variant": "accuracy", "value": 0.91,
                 "min_value": 0.52, "min_value_iteration": 0, "max_value": 0.93, "max_value_iteration": 80,
                 "first_value": 0.52, "first_value_iteration": 0, "count": 100, "mean_value": 0.84}}}}],
             "scalar_metrics_iter_histogram": {"loss": {"train": {"aa11": {"name": "resnet-run-3", "x": [0, 10, 20], "y": [2.31, 1.12, 0.87]}},
                "val": {"aa11": {"name": "resnet-run-3", "x": ["2024-05-01T10:00:00.000Z"], "y": [2.35], "x_axis_label": "epoch"}}}},
             "single_value_metrics": [{"task": "aa11", "task_name": "resnet-run-3",
                "values": [{"metric": "Summary", "variant": "test_accuracy", "value": 0.913, "timestamp": 1714557600000}]}],
             "debug_images": [{"task": "aa11", "iterations": [{"iter": 40, "events": [{"task": "aa11", "iter": 40,
                "metric": "predictions", "variant": "batch_0", "type": "training_debug_image", "timestamp": 1714557600000,
                "key": "k", "url": "https://files/x.png", "worker": "gpu-01"}]}]}],
             "plots": {"Confusion": {"val": {"aa11": {"7": {"name": "resnet-run-3", "plots": [{"task": "aa11", "iter": 7,
                "metric": "Confusion", "variant": "val", "type": "plot", "timestamp": 1714557600000, "worker": "gpu-01",
                "plot_len": 2, "valid_plot": true, "plot_str": "{}"}]}}}}}}
            """#
        let data = try WidgetData.makeDecoder().decode(WidgetData.self, from: Data(json.utf8))
        XCTAssertEqual(data.tasks.first?.lastMetrics?["0d8f"]?["5d8f"]?.maxValueIteration, 80)
        XCTAssertEqual(data.tasks.first?.hyperparams?["General"]?["lr"]?.value, "0.001")
        XCTAssertEqual(data.scalarMetricsIterHistogram?["loss"]?["train"]?["aa11"]?.x, [.number(0), .number(10), .number(20)])
        XCTAssertEqual(data.scalarMetricsIterHistogram?["loss"]?["val"]?["aa11"]?.xAxisLabel, "epoch")
        XCTAssertEqual(data.singleValueMetrics?.first?.values.first?.value, 0.913)
        XCTAssertEqual(data.debugImages?.first?.iterations.first?.events.first?.url, "https://files/x.png")
        XCTAssertEqual(data.plots?["Confusion"]?["val"]?["aa11"]?["7"]?.plots.first?.validPlot, true)
        let text = String(decoding: try WidgetData.makeEncoder().encode(data), as: UTF8.self)
        assertSnapshot(text, named: "widget-data-roundtrip", ext: "json")
        XCTAssertEqual(try WidgetData.makeDecoder().decode(WidgetData.self, from: Data(text.utf8)), data)
    }

    func testNonFiniteValuesSurviveEncoding() throws {
        let series = ScalarSeries(name: "t", x: [.number(1), .number(2)], y: [.infinity, -.infinity])
        let data = WidgetData(scalarMetricsIterHistogram: ["m": ["v": ["t": series]]])
        let back = try WidgetData.makeDecoder().decode(WidgetData.self, from: WidgetData.makeEncoder().encode(data))
        XCTAssertEqual(back, data)
    }
}
