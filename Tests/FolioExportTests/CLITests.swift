import FolioTestSupport
import XCTest

/// The `folio` binary as users run it: exit codes, messages naming the file, atomic outputs.
final class CLITests: XCTestCase {
    private func folio(_ args: [String], env: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        environment.merge(env) { $1 }
        return try runTool(try folioBinary(), args, environment: environment)
    }

    private func write(_ text: String, _ name: String = "r.md", in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testSuccessWritesPDFAndExitsZero() throws {
        let dir = temporaryDirectory()
        let md = try write("# Hello\n\nWorld.\n", in: dir)
        let r = try folio(["export", md.path, "-o", dir.appendingPathComponent("hello.pdf").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("hello.pdf").path))
    }

    func testWarningsExitThreeAndStrictFailsWritingNothing() throws {
        let dir = temporaryDirectory()
        let md = try write("# W\n\n![gone](missing.png)\n", in: dir)
        let out = dir.appendingPathComponent("w.pdf")
        let r = try folio(["export", md.path, "-o", out.path])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertTrue(r.stderr.contains("r.md:3: warning: image 'missing.png'"), r.stderr)
        try FileManager.default.removeItem(at: out)
        let strict = try folio(["export", md.path, "-o", out.path, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "--strict must write nothing")
    }

    func testUsageErrorsExitTwo() throws {
        let dir = temporaryDirectory()
        let md = try write("x", in: dir)
        XCTAssertEqual(try folio(["export", md.path, "--format", "docx"]).status, 2)
        XCTAssertEqual(try folio(["export", md.path, "--page-size", "a3"]).status, 2)
        XCTAssertEqual(try folio(["export"]).status, 2)
        XCTAssertEqual(try folio(["frobnicate"]).status, 2)
    }

    func testFailureNamesTheFileAndKeepsThePreviousOutput() throws {
        let dir = temporaryDirectory()
        let md = try write("# Fine\n", in: dir)
        let out = dir.appendingPathComponent("keep.pdf")
        try Data("previous".utf8).write(to: out)
        let badTheme = try write("{\"extends\": \"light\", \"colors\": {\"link\": \"blue-ish\"}}", "bad.json", in: dir)
        let r = try folio(["export", md.path, "-o", out.path, "--theme", badTheme.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("bad.json") && r.stderr.contains("colors.link"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: out), Data("previous".utf8), "a failed export must not touch existing output")
        let missing = try folio(["export", dir.appendingPathComponent("nope.md").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("nope.md"), missing.stderr)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testSeveralFormatsWriteIntoADirectory() throws {
        let dir = temporaryDirectory()
        let md = try write("# Multi\n\ntext\n", "multi.md", in: dir)
        let out = dir.appendingPathComponent("out")
        let r = try folio(["export", md.path, "-o", out.path, "--format", "pdf", "--format", "html", "--format", "png", "--ppi", "36"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(names, ["multi-1.png", "multi.html", "multi.pdf"])
    }

    func testFormatFromExtensionAndDeterminism() throws {
        let dir = temporaryDirectory()
        let md = try write("# Same\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", in: dir)
        let a = dir.appendingPathComponent("a.html"), b = dir.appendingPathComponent("a.pdf"), c = dir.appendingPathComponent("c.pdf")
        XCTAssertEqual(try folio(["export", md.path, "-o", a.path]).status, 0)
        XCTAssertTrue(try String(contentsOf: a, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(try folio(["export", md.path, "-o", b.path]).status, 0)
        XCTAssertEqual(try folio(["export", md.path, "-o", c.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: b), try Data(contentsOf: c), "two exports of one input must be byte-identical")
    }
}
