import FolioExport
import FolioTestSupport
import Foundation
import XCTest

/// `Exporter.source` and `Exporter.isoDate` work on path strings and libc rather than URL and
/// Foundation's formatters (start-up cost); they must give what the Foundation versions give.
final class ReportSourceTests: XCTestCase {
    func testNamesAndFolderMatchURLs() throws {
        let dir = temporaryDirectory()
        for name in ["report.md", "a.b.md", "noext", ".hidden", "spaced name.md", "ünïcode 报告.md"] {
            let url = dir.appendingPathComponent(name)
            try "# T\n".write(to: url, atomically: true, encoding: .utf8)
            let source = try Exporter.source(markdownFile: url, sourceDateEpoch: 1)
            XCTAssertEqual(source.fileName, url.lastPathComponent, name)
            XCTAssertEqual(source.name, url.deletingPathExtension().lastPathComponent, name)
            XCTAssertEqual(source.baseDirectory.standardizedFileURL.path, url.deletingLastPathComponent().standardizedFileURL.path, name)
            XCTAssertEqual(source.markdown, "# T\n")
        }
    }

    func testRelativePathResolvesAgainstTheWorkingDirectory() throws {
        let dir = temporaryDirectory()
        try "x\n".write(to: dir.appendingPathComponent("rel.md"), atomically: true, encoding: .utf8)
        let previous = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        FileManager.default.changeCurrentDirectoryPath(dir.path)
        let source = try Exporter.source(markdownFile: URL(fileURLWithPath: "rel.md"), sourceDateEpoch: nil)
        XCTAssertEqual(source.baseDirectory.standardizedFileURL.resolvingSymlinksInPath().path, dir.resolvingSymlinksInPath().path)
        XCTAssertEqual(source.name, "rel")
    }

    func testDateIsTheEpochElseTheFileTime() throws {
        let url = temporaryDirectory().appendingPathComponent("d.md")
        try "x\n".write(to: url, atomically: true, encoding: .utf8)
        let mtime = Date(timeIntervalSince1970: 1_234_567_890.5)
        try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: url.path)
        XCTAssertEqual(try Exporter.source(markdownFile: url, sourceDateEpoch: 1_700_000_000).date, Date(timeIntervalSince1970: 1_700_000_000))
        XCTAssertEqual(try Exporter.source(markdownFile: url, sourceDateEpoch: nil).date.timeIntervalSince1970, 1_234_567_890.5, accuracy: 0.001)
    }

    func testMissingFileNamesItself() {
        let url = temporaryDirectory().appendingPathComponent("absent.md")
        XCTAssertThrowsError(try Exporter.source(markdownFile: url, sourceDateEpoch: nil)) { error in
            XCTAssertTrue("\(error)".contains("absent.md"), "\(error)")
            XCTAssertTrue("\(error)".contains("no such file"), "\(error)")
        }
    }

    func testISODateMatchesFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        var seconds: [Double] = [0, 1, 59.999, 951_782_400, 1_700_000_000, 1_700_000_000.75, 4_102_444_800, 253_402_300_799]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            seconds.append(Double(state >> 32) / 1000 * Double(state % 5000))
        }
        for s in seconds where s < 253_402_300_800 {
            let date = Date(timeIntervalSince1970: s)
            XCTAssertEqual(Exporter.isoDate(date), formatter.string(from: date), "\(s)")
        }
    }
}
