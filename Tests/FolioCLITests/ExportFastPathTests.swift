import ArgumentParser
import XCTest

@testable import FolioCLI

/// The fast reader of `folio export` against ArgumentParser: every form it accepts must give
/// the request ArgumentParser gives, and every form it is not sure of must be left to it.
final class ExportFastPathTests: XCTestCase {
    private func parsed(_ args: [String]) throws -> ExportRequest {
        try ExportCommand.parse(Array(args.dropFirst())).request
    }

    private func assertSame(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        guard let fast = ExportRequest(fastArguments: args) else { return XCTFail("declined: \(args)", file: file, line: line) }
        let slow = try parsed(args)
        XCTAssertEqual(fast.input, slow.input, "input: \(args)", file: file, line: line)
        XCTAssertEqual(fast.output, slow.output, "output: \(args)", file: file, line: line)
        XCTAssertEqual(fast.formats, slow.formats, "formats: \(args)", file: file, line: line)
        XCTAssertEqual(fast.render, slow.render, "render: \(args)", file: file, line: line)
        XCTAssertEqual(fast.workspace, slow.workspace, "workspace: \(args)", file: file, line: line)
        XCTAssertEqual(fast.timings, slow.timings, "timings: \(args)", file: file, line: line)
        XCTAssertNil(try slow.remote(), "a local file is no remote report: \(args)", file: file, line: line)
    }

    func testAcceptedFormsReadAsArgumentParserReadsThem() throws {
        try assertSame(["export", "r.md"])
        try assertSame(["export", "r.md", "-o", "out/r.pdf"])
        try assertSame(["export", "-o", "x.html", "r.md", "--theme", "dark"])
        try assertSame(["export", "r.md", "--output=o/", "--format", "pdf", "--format=png,html", "--theme", "light", "--theme=my theme.json"])
        try assertSame(["export", "r.md", "--page-size", "letter", "--ppi", "96.5", "--strict", "--line-numbers", "--timings"])
        try assertSame(["export", "--workspace", "ws", "r.md", "--ppi=300", "--page-size=a4"])
        try assertSame(["export", "r.md", "-o", ""])
        // Values ArgumentParser accepts and the export then rejects: same request, same error later.
        try assertSame(["export", "r.md", "--page-size", "a5", "--format", "svg", "--ppi", "5"])
    }

    func testUnsureFormsAreLeftToArgumentParser() throws {
        let declined: [[String]] = [
            ["export"],  // no input: ArgumentParser's message
            ["fetch", "r.md"],
            ["export", "r.md", "--help"], ["export", "-h", "r.md"], ["export", "help"],
            ["export", "--", "r.md"],
            ["export", "a.md", "b.md"],
            ["export", "r.md", "-o"], ["export", "r.md", "-o", "--strict"], ["export", "r.md", "-ox.pdf"],
            ["export", "r.md", "-o", "a.pdf", "--output", "b.pdf"],
            ["export", "r.md", "--strict", "--strict"], ["export", "r.md", "--strict=yes"],
            ["export", "r.md", "--ppi", "lots"], ["export", "r.md", "--ppi"],
            ["export", "r.md", "--report", "abc"], ["export", "r.md", "--api-host", "http://x"], ["export", "r.md", "--save-bundle", "b"],
            ["export", "r.md", "--unknown"],
            ["export", "https://app.clear.ml/projects/p/reports/r"], ["export", "http://host/reports/p/r"],
            ["export", FileManager.default.temporaryDirectory.path],  // a folder is a bundle
        ]
        for args in declined { XCTAssertNil(ExportRequest(fastArguments: args), "should be ArgumentParser's: \(args)") }
    }
}
