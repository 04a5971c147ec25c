import FolioCore
import FolioTestSupport
import Foundation
import XCTest

@testable import FolioCharts

final class FigureTests: XCTestCase {
    private let m = ChartFixtures.measurer

    /// A PNG signature and IHDR chunk only: all the header parser reads.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        var d = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        for v in [width, height] {
            d += Data([UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)])
        }
        return d + Data([8, 6, 0, 0, 0, 0, 0, 0, 0])
    }

    /// SOI, an APP0 segment, a standalone RST marker, fill bytes, then SOF2 (progressive).
    static func jpegHeader(width: UInt16, height: UInt16) -> Data {
        Data([
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46, 0xFF, 0xD0, 0xFF, 0xFF, 0xC2, 0x00, 0x11, 0x08,
            UInt8(height >> 8), UInt8(height & 0xff), UInt8(width >> 8), UInt8(width & 0xff), 0x03,
        ])
    }

    func testImageHeaders() {
        let png = ImageHeader(data: Self.pngHeader(width: 640, height: 480))
        XCTAssertEqual(png?.mimeType, "image/png")
        XCTAssertEqual(png?.pixelWidth, 640)
        XCTAssertEqual(png?.pixelHeight, 480)
        let jpeg = ImageHeader(data: Self.jpegHeader(width: 1920, height: 1080))
        XCTAssertEqual(jpeg?.mimeType, "image/jpeg")
        XCTAssertEqual(jpeg?.pixelWidth, 1920)
        XCTAssertEqual(jpeg?.pixelHeight, 1080)
        XCTAssertNil(ImageHeader(data: Data("GIF89a".utf8)))
        XCTAssertNil(ImageHeader(data: Data([0xFF, 0xD8, 0xFF, 0xD9])))
        XCTAssertNil(ImageHeader(data: Data()))
    }

    func testImageFitsKeepingAspectRatio() {
        let figure = ImageFigure(
            data: Self.pngHeader(width: 200, height: 100), metric: "predictions", variant: "batch_0", iteration: 40)
        let result = figure.build(width: 300, height: 300, style: .light, measurer: m)
        let rects = result.scene.items.compactMap { if case .image(let i) = $0 { i.rect } else { nil } }
        XCTAssertEqual(rects.count, 1)
        XCTAssertEqual(rects[0].width / rects[0].height, 2, accuracy: 1e-9)
        XCTAssertEqual(rects[0].width, 300, accuracy: 1e-9)
        assertSnapshot(result.scene.dump(), named: "image-figure")
    }

    func testTallImageIsPillarboxed() {
        let result = ImageFigure(data: Self.jpegHeader(width: 100, height: 400), caption: "tall")
            .build(width: 300, height: 216.2, style: .light, measurer: m)
        let rect = result.scene.items.compactMap { if case .image(let i) = $0 { i.rect } else { nil } }[0]
        XCTAssertEqual(rect.height, 200, accuracy: 1e-9)
        XCTAssertEqual(rect.x, 125, accuracy: 1e-9)
    }

    func testUndecodableImageIsPlaceholder() {
        let result = ImageFigure(data: Data("<html>".utf8), caption: "m / v / iteration 1").build(
            width: 200, height: 100, style: .light, measurer: m)
        XCTAssertEqual(result.warnings, ["not a PNG or JPEG image (6 bytes)"])
    }

    func testTextFigureWrapsAndTruncates() {
        let text = (1...40).map { "line \($0): the quick brown fox jumps over the lazy dog" }.joined(separator: "\n")
        let result = TextFigure(text: text, caption: "log / stdout / iteration 3").build(
            width: 200, height: 160, style: .light, measurer: m)
        XCTAssertEqual(result.warnings.count, 1)
        let texts = result.scene.items.compactMap { if case .text(let t) = $0 { t } else { nil } }
        XCTAssertTrue(texts.contains { $0.text.hasSuffix("…") })
        for t in texts where t.font.monospace {
            XCTAssertLessThanOrEqual(t.position.x + m.width(of: t.text, font: t.font), 200 - 6)
            XCTAssertLessThanOrEqual(t.position.y, 160 - 16)
        }
        assertSnapshot(result.scene.dump(), named: "text-figure")
    }

    func testShortTextFigureHasNoWarning() {
        let result = TextFigure(text: "accuracy\t0.91\n").build(width: 200, height: 100, style: .dark, measurer: m)
        XCTAssertEqual(result.warnings, [])
        XCTAssertTrue(result.scene.dump().contains("\"accuracy    0.91\""))
    }

    func testKeyValueTable() {
        let table = KeyValueTable(rows: [
            KeyValueTable.Row(name: "test_accuracy", number: 0.913), KeyValueTable.Row(name: "params_M", number: 25.6),
            KeyValueTable.Row(name: "tiny", number: 1.5e-7), KeyValueTable.Row(name: "optimizer", text: "adam"),
        ])
        let result = table.build(width: 240, style: .light, measurer: m)
        XCTAssertEqual(result.scene.height, 5 * KeyValueTable.rowHeight(style: .light))
        let values = result.scene.items.compactMap {
            if case .text(let t) = $0, t.anchor == .end { t.text } else { nil }
        }
        XCTAssertEqual(values, ["Value", "0.913", "25.6", "1.5e-7"])
        assertSnapshot(result.scene.dump(), named: "key-value-table")
    }

    func testEmptyTableIsPlaceholder() {
        XCTAssertEqual(
            KeyValueTable(rows: []).build(width: 200, style: .light, measurer: m).warnings, ["no single values"])
    }

    func testPlaceholder() {
        let result = Placeholder(
            widget: "scalar widget 'loss'", reason: "no task matches project=4043a1657f37 and tags=[baseline, resnet]"
        )
        .build(width: 260, height: 120, style: .light, measurer: m)
        assertSnapshot(result.scene.dump(), named: "placeholder")
    }
}
