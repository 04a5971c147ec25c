import CCairo
import FolioCore
import FolioLayout
import FolioMarkdown
import FolioTestSupport
import XCTest

@testable import FolioRender

/// Images decoded ahead on another thread must give the PDF that decoding them while drawing gives.
final class ImagePrefetchTests: XCTestCase {
    private let markdown = "# Figures\n\n![sweep](images/learning-rate-sweep.png)\n\n![batch](images/train-batch.jpeg)\n\n![again](images/learning-rate-sweep.png)\n"

    private func images() -> ImageStore {
        let doc = MarkdownParser().parse(markdown, sourcePath: "guide.md").document
        return ImageStore.load(for: doc, baseDirectory: repositoryRoot.appendingPathComponent("samples/guide"))
    }

    private func render(_ layout: LayoutResult, _ prefetch: ImagePrefetch?) throws -> Data {
        try PDFWriter.render(
            layout, metadata: PDFMetadata(title: "Figures", subject: nil, creationDate: "2024-01-02T03:04:05Z"),
            theme: LayoutFixture.theme, fonts: LayoutFixture.fonts, images: prefetch)
    }

    func testPrefetchedImagesGiveTheSamePDF() throws {
        let store = images()
        XCTAssertEqual(store.images.count, 2, "a PNG and a JPEG: \(store.failures)")
        let layout = LayoutFixture.layout(markdown, images: store)
        let drawn = try render(layout, nil)
        let ahead = try render(layout, ImagePrefetch.start(store))
        XCTAssertEqual(drawn, ahead)
        XCTAssertTrue(String(decoding: ahead, as: UTF8.self).contains("/DCTDecode"), "the JPEG is embedded as it is")
    }

    func testTakingWaitsForEveryImageAtItsSize() {
        let store = images()
        let surfaces = ImagePrefetch.start(store).take()
        defer { surfaces.values.forEach { cairo_surface_destroy($0) } }
        XCTAssertEqual(surfaces.count, store.images.count)
        for image in store.images.values {
            guard let s = surfaces[image.bytes] else { XCTFail("not decoded: \(image.format)"); continue }
            XCTAssertEqual(Int(cairo_image_surface_get_width(s)), image.pixelWidth)
            XCTAssertEqual(Int(cairo_image_surface_get_height(s)), image.pixelHeight)
        }
    }
}
