import FolioCharts
import FolioCore
import FolioTestSupport
import FolioWidgets
import XCTest

@testable import FolioWidgetCharts

/// Plotly figure parsing: each trace kind, layout fields, missing and extra fields.
final class PlotFigureTests: XCTestCase {
    private let m = WidgetChartFixtures.measurer

    private func figure(_ json: String) throws -> PlotlyFigure { try XCTUnwrap(PlotlyFigure(json: json)) }

    private func chart(_ json: String) throws -> PlotChart {
        let f = try figure(json)
        let (title, subtitle) = PlotlyFigure.splitTitle(f.title)
        return f.chart(title: title, subtitle: subtitle)
    }

    func testTitlesAsStringObjectAndComment() throws {
        XCTAssertEqual(try figure(#"{"data": [], "layout": {"title": {"text": "loss"}}}"#).title, "loss")
        XCTAssertEqual(try figure(#"{"data": [], "layout": {"title.text": "per_class"}}"#).title, "per_class")
        let split = PlotlyFigure.splitTitle("Confusion<br><sup>epoch 9, val</sup>")
        XCTAssertEqual(split.title, "Confusion")
        XCTAssertEqual(split.subtitle, "epoch 9, val")
    }

    func testAxesLogRangeReversedAndCategories() throws {
        let c = try chart(#"{"data": [{"type": "bar", "x": ["-0.1", "0.0", "0.1"], "y": [1, 2, 3]}, {"type": "scatter", "x": [1, 2], "y": [1, 10], "mode": "lines"}], "layout": {"xaxis": {"title": {"text": "weight"}, "range": [1, -1]}, "yaxis": {"title": "count", "type": "log"}, "barmode": "stack", "showlegend": false}}"#)
        XCTAssertEqual(c.x.title, "weight")
        XCTAssertEqual(c.x.kind, .linear, "numeric strings are numbers, as in Plotly")
        XCTAssertEqual(c.x.range, -1...1)
        XCTAssertTrue(c.x.reversed)
        XCTAssertEqual(c.y.kind, .log)
        XCTAssertEqual(c.barMode, .stack)
        XCTAssertEqual(c.showLegend, false)
        let labels = try chart(#"{"data": [{"type": "bar", "x": ["cat", "dog"], "y": [1, 2]}, {"type": "bar", "x": ["dog", "frog"], "y": [3, 4]}]}"#)
        XCTAssertEqual(labels.x.kind, .category)
        XCTAssertEqual(labels.x.categories, ["cat", "dog", "frog"])
        guard case .bar(let second) = labels.traces[1] else { return XCTFail() }
        XCTAssertEqual(second.positions, [1, 2])
    }

    func testScatterModeLineAndMarkerFields() throws {
        let c = try chart(##"{"data": [{"type": "scattergl", "x": [0, 1, 2], "y": [1, 2, 3], "mode": "lines+markers", "line": {"dash": "dot", "color": "#ff0000", "width": 3}, "marker": {"size": 10}, "fill": "tonexty"}, {"x": [0, 1], "y": [5, 6], "mode": "text", "text": ["a", "b"]}]}"##)
        guard case .scatter(let s) = c.traces[0], case .scatter(let t) = c.traces[1] else { return XCTFail() }
        XCTAssertTrue(s.lines && s.markers)
        XCTAssertEqual(s.dash, [1.5, 2.5])
        XCTAssertEqual(s.color?.hex, "#ff0000")
        XCTAssertEqual(s.lineWidth, 3)
        XCTAssertEqual(s.markerSize, 10)
        XCTAssertEqual(s.fill, .toNextY)
        XCTAssertEqual(t.text ?? [], ["a", "b"])
        XCTAssertFalse(t.lines || t.markers)
        XCTAssertNil(s.text, "hover text is not drawn unless the mode says text")
        let labelled = try chart(#"{"data": [{"x": [0, 1], "y": [5, 6], "mode": "markers+text", "text": ["p", "q"]}]}"#)
        let texts = labelled.build(width: 300, height: 200, style: .light, measurer: m).scene.items.flatMap { item -> [String] in
            if case .group(_, let items) = item { return items.compactMap { if case .text(let t) = $0 { t.text } else { nil } } }
            return []
        }
        XCTAssertEqual(texts, ["p", "q"])
    }

    func testHistogramBinsRawValues() throws {
        let c = try chart(#"{"data": [{"type": "histogram", "x": [0.1, 0.2, 0.25, 0.7, 0.9, 0.95, 0.99], "nbinsx": 5}]}"#)
        guard case .bar(let b) = c.traces[0] else { return XCTFail() }
        XCTAssertEqual(b.values.reduce(0, +), 7)
        XCTAssertEqual(b.width, 0.2)
        XCTAssertEqual(c.barGap, 0)
        let words = try chart(#"{"data": [{"type": "histogram", "x": ["cat", "dog", "cat"]}]}"#)
        guard case .bar(let w) = words.traces[0] else { return XCTFail() }
        XCTAssertEqual(words.x.categories, ["cat", "dog"])
        XCTAssertEqual(w.values, [2, 1])
    }

    func testHeatmapColorscaleTextAndReversedY() throws {
        let c = try chart(##"{"data": [{"type": "heatmap", "x": ["a", "b"], "y": ["a", "b"], "z": [[1.0, 2.5], [3, null]], "colorscale": [[0, "#000000"], [1, "#ffffff"]], "zmin": 0, "zmax": 4}], "layout": {"texttemplate": "%{z}", "yaxis": {"autorange": "reversed"}}}"##)
        guard case .heatmap(let h) = c.traces[0] else { return XCTFail() }
        XCTAssertEqual(h.scale.color(0.5).hex, "#808080")
        XCTAssertEqual(h.zRange, 0...4)
        XCTAssertEqual(h.text ?? [], [["1", "2.5"], ["3", ""]])
        XCTAssertTrue(c.y.reversed)
        XCTAssertEqual(c.y.categories, ["a", "b"])
        let named = try chart(#"{"data": [{"type": "heatmap", "z": [[1, 2]], "colorscale": "Greys", "reversescale": true}]}"#)
        guard case .heatmap(let g) = named.traces[0] else { return XCTFail() }
        XCTAssertEqual(g.scale.color(0).hex, "#ffffff")
        XCTAssertEqual(named.x.categories, ["0", "1"], "no labels: indices")
    }

    func testMissingAndExtraFieldsAreTolerated() throws {
        // No layout, a trace without type (scatter) or y, unknown keys everywhere, NaN tokens.
        let f = try figure(#"{"data": [{"x": [1, 2]}, {"y": [1, NaN, 3], "foo": {"bar": 1}}], "frames": [], "config": {"x": 1}}"#)
        let result = f.build(width: 400, height: 260, style: .light, measurer: m, resources: [:])
        XCTAssertEqual(result.warnings, [])
        guard case .scatter(let s) = f.chart(title: "", subtitle: nil).traces[1] else { return XCTFail() }
        XCTAssertEqual(s.x, [0, 1, 2], "x defaults to indices")
        XCTAssertTrue(s.y[1].isNaN)
        XCTAssertNil(PlotlyFigure(json: "{not json"))
        XCTAssertNil(PlotlyFigure(json: "[1, 2]"))
    }

    func testUnsupportedTraceIsANamedPlaceholder() throws {
        let f = try figure(#"{"data": [{"type": "surface", "z": [[1, 2], [3, 4]]}, {"type": "scatter3d", "x": [1], "y": [1], "z": [1]}], "layout": {"title": "loss landscape"}}"#)
        let result = f.build(width: 400, height: 260, style: .light, measurer: m, resources: [:])
        XCTAssertEqual(result.warnings, ["scatter3d, surface traces are not drawn by Folio (3-D and other non-Cartesian figures)"])
        assertSnapshot(result.scene.dump(), named: "plot-unsupported")
        let mixed = try figure(#"{"data": [{"type": "scatter", "y": [1, 2]}, {"type": "mesh3d"}]}"#)
        XCTAssertEqual(mixed.build(width: 400, height: 260, style: .light, measurer: m, resources: [:]).warnings, ["mesh3d traces not drawn"])
    }

    func testTablePieAndImageFigures() throws {
        let table = try figure(#"{"data": [{"type": "table", "header": {"values": ["class", "top1"]}, "cells": {"values": [["cat", "dog"], [0.81, 0.82]]}}], "layout": {"title": "test"}}"#)
        let t = table.build(width: 300, height: 200, style: .light, measurer: m, resources: [:])
        assertSnapshot(t.scene.dump(), named: "plot-table")
        let pie = try figure(#"{"data": [{"type": "pie", "labels": ["a", "b"], "values": [3, 1]}]}"#)
        let p = pie.build(width: 300, height: 200, style: .light, measurer: m, resources: [:])
        XCTAssertTrue(p.scene.items.contains { if case .text(let s) = $0 { s.text == "75.0%" } else { false } })
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!
        let image = try figure(#"{"data": [], "layout": {"title": "matplotlib", "images": [{"source": "workspace:///data/fig.png"}]}}"#)
        let i = image.build(width: 300, height: 200, style: .light, measurer: m, resources: ["workspace:///data/fig.png": png])
        XCTAssertTrue(i.scene.items.contains { if case .image = $0 { true } else { false } })
        let missing = image.build(width: 300, height: 200, style: .light, measurer: m, resources: [:])
        XCTAssertEqual(missing.warnings, ["image workspace:///data/fig.png could not be loaded"])
    }
}

/// The `plot_str` reader: JSON plus Python's non-finite tokens.
final class PlotlyJSONTests: XCTestCase {
    func testValuesEscapesAndNonFiniteTokens() throws {
        let v = try XCTUnwrap(PlotlyJSON.parse(#" {"a": [1, -2.5e3, NaN, -Infinity, Infinity, true, false, null], "s": "q\"\\\/\n\u00e9\ud83d\ude00", "o": {}} "#) as? [String: Any])
        let a = try XCTUnwrap(v["a"] as? [Any])
        XCTAssertEqual(a[0] as? Double, 1)
        XCTAssertEqual(a[1] as? Double, -2500)
        XCTAssertTrue((a[2] as? Double)?.isNaN == true)
        XCTAssertEqual(a[3] as? Double, -.infinity)
        XCTAssertEqual(a[4] as? Double, .infinity)
        XCTAssertEqual(a[5] as? Bool, true)
        XCTAssertEqual(a[6] as? Bool, false)
        XCTAssertTrue(a[7] is NSNull)
        XCTAssertEqual(v["s"] as? String, "q\"\\/\né😀")
        XCTAssertEqual((v["o"] as? [String: Any])?.count, 0)
        XCTAssertEqual(PlotlyJSON.parse("12345678901234567890") as? Double, 12345678901234567890)
    }

    func testMalformedInputIsNil() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "[1] x", "\"open", "tru", "-", "{1: 2}"] {
            XCTAssertNil(PlotlyJSON.parse(bad), bad)
        }
    }
}
