import Foundation
import XCTest

/// Runs a command-line tool (qpdf, pdftotext, the folio binary) and returns its exit code and output.
@discardableResult
public func runTool(_ tool: String, _ args: [String], environment: [String: String]? = nil, input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + args
    if let environment { p.environment = environment }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    // Read before waiting so a large output cannot fill the pipe and block the child.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// A fresh empty temporary directory for one test.
public func temporaryDirectory(_ name: String = #function) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tests-\(getpid())/\(name.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The `folio` binary built by `swift build` next to the test bundle (make test builds it first).
public func folioBinary(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let candidates = [
        repositoryRoot.appendingPathComponent(".build/debug/folio").path,
        repositoryRoot.appendingPathComponent(".build/release/folio").path,
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        XCTFail("folio binary not built; run `swift build --product folio` (make test does)", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }
    return found
}
