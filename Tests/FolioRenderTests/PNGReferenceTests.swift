import CCairo
import FolioCharts
import FolioCore
import FolioLayout
import FolioTestSupport
import XCTest

@testable import FolioRender

/// Small reference PNGs compared with a tolerance (anti-aliasing may differ by a few levels
/// between cairo builds); RECORD_SNAPSHOTS=1 rewrites them.
final class PNGReferenceTests: XCTestCase {
    private let md = "# Reference\n\nSome **bold**, *italic* and `code`.\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n- [x] checked\n\n> quote\n"

    func testLightAndDarkPagesMatchReferences() throws {
        for themeName in ["light", "dark"] {
            let theme = try ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes")).load(themeName)
            let doc = LayoutFixture.layout(md)  // layout is theme-independent in size; repaint in the theme
            let options = LayoutOptions(theme: theme, footerTitle: "Reference")
            let page = LayoutEngine(fonts: LayoutFixture.fonts, options: options).layout(
                FolioMarkdownParse.document(md), images: ImageStore(), widgets: PlaceholderWidgetPresenter(theme: theme))
            XCTAssertEqual(doc.pages.count, page.pages.count)
            let png = try XCTUnwrap(try PNGWriter.render(page, ppi: 24, theme: theme, fonts: LayoutFixture.fonts).first)
            XCTAssertLessThan(png.count, 20_000, "reference PNGs stay tiny")
            let ref = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots/page-\(themeName).png")
            if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: ref.path) {
                try FileManager.default.createDirectory(at: ref.deletingLastPathComponent(), withIntermediateDirectories: true)
                try png.write(to: ref)
                XCTFail("recorded \(ref.path); look at it, then run again")
                continue
            }
            let difference = try meanDifference(png, try Data(contentsOf: ref))
            XCTAssertLessThan(difference, 2.0, "\(themeName) page differs from its reference by \(difference) levels on average")
        }
    }

    func testDarkThemePaintsTheWholePage() throws {
        let theme = try ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes")).load("dark")
        let options = LayoutOptions(theme: theme, footerTitle: "x")
        let layout = LayoutEngine(fonts: LayoutFixture.fonts, options: options).layout(FolioMarkdownParse.document("text"), images: ImageStore(), widgets: PlaceholderWidgetPresenter(theme: theme))
        let png = try XCTUnwrap(try PNGWriter.render(layout, ppi: 18, theme: theme, fonts: LayoutFixture.fonts).first)
        let pixels = try decode(png)
        // Corners are margin: they must carry the page background, not white.
        for (x, y) in [(0, 0), (pixels.width - 1, pixels.height - 1)] {
            let p = pixels.argb[y * pixels.width + x]
            XCTAssertEqual(p & 0xffffff, 0x0d1117, String(format: "corner pixel %06x", p & 0xffffff))
        }
    }

    private func decode(_ png: Data) throws -> (width: Int, height: Int, argb: [UInt32]) {
        let url = temporaryDirectory().appendingPathComponent("x.png")
        try png.write(to: url)
        let s = cairo_image_surface_create_from_png(url.path)!
        defer { cairo_surface_destroy(s) }
        let w = Int(cairo_image_surface_get_width(s)), h = Int(cairo_image_surface_get_height(s)), stride = Int(cairo_image_surface_get_stride(s))
        let data = cairo_image_surface_get_data(s)!
        var out = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h { for x in 0..<w { out[y * w + x] = (data + y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee } } }
        return (w, h, out)
    }

    private func meanDifference(_ a: Data, _ b: Data) throws -> Double {
        let x = try decode(a), y = try decode(b)
        guard x.width == y.width, x.height == y.height else { return .infinity }
        var total = 0.0
        for i in 0..<x.argb.count {
            for shift in [0, 8, 16] as [UInt32] {
                total += abs(Double((x.argb[i] >> shift) & 0xff) - Double((y.argb[i] >> shift) & 0xff))
            }
        }
        return total / Double(x.argb.count * 3)
    }
}
