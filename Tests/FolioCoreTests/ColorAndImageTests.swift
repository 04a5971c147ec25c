import FolioTestSupport
import Foundation
import XCTest

@testable import FolioCore

final class ColorAndImageTests: XCTestCase {
    func testHexRoundTripAndContrast() {
        XCTAssertEqual(Color(hex: "#0d1117")?.hex, "#0d1117")
        XCTAssertEqual(Color(hex: "abc")?.hex, "#aabbcc")
        XCTAssertEqual(Color(hex: "#11223380")?.hex, "#11223380")
        XCTAssertNil(Color(hex: "#12345"))
        XCTAssertEqual(Color.black.contrastRatio(against: .white), 21, accuracy: 0.01)
    }

    func testImageSizesFromHeaders() throws {
        let png = try Data(contentsOf: repositoryRoot.appendingPathComponent("samples/guide/images/learning-rate-sweep.png"))
        let p = try XCTUnwrap(ImageData(png))
        XCTAssertEqual([p.pixelWidth, p.pixelHeight], [640, 240])
        XCTAssertEqual(p.format, .png)
        let jpg = try Data(contentsOf: repositoryRoot.appendingPathComponent("samples/guide/images/train-batch.jpeg"))
        let j = try XCTUnwrap(ImageData(jpg))
        XCTAssertEqual([j.pixelWidth, j.pixelHeight], [64, 64])
        XCTAssertEqual(j.mimeType, "image/jpeg")
        XCTAssertNil(ImageData(Data("GIF89a....".utf8)))
        XCTAssertNil(ImageData(Data([0xFF, 0xD8, 0xFF])), "a truncated JPEG has no size")
    }

    func testImageStoreReportsWhyAnImageFailed() {
        let doc = Document(blocks: [.image(ImageRef(source: "nope.png", alt: "", title: nil, line: 1)), .image(ImageRef(source: "https://x.org/a.png", alt: "", title: nil, line: 2))], title: "t")
        let store = ImageStore.load(for: doc, baseDirectory: temporaryDirectory())
        XCTAssertTrue(store.failures["nope.png"]?.contains("file not found") ?? false)
        XCTAssertTrue(store.failures["https://x.org/a.png"]?.contains("remote") ?? false)
    }
}
