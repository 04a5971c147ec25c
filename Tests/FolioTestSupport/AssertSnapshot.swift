// FolioTestSupport: golden-file snapshots for every test target.
import Foundation
import XCTest

/// Compares `actual` with `Snapshots/<name>.<ext>` beside the calling test file.
/// With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written and the test fails once,
/// saying so, so that a re-recorded golden is always looked at before it is committed.
public func assertSnapshot(
    _ actual: String, named name: String, ext: String = "txt",
    file: StaticString = #filePath, line: UInt = #line
) {
    let testFile = URL(fileURLWithPath: "\(file)")
    let dir = testFile.deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent("\(name).\(ext)")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if record || existing == nil {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        XCTFail(
            "recorded snapshot \(url.path); review it, then run again without RECORD_SNAPSHOTS",
            file: file, line: line)
        return
    }
    if existing != actual {
        let diff = firstDifference(expected: existing ?? "", actual: actual)
        XCTFail(
            "snapshot \(name).\(ext) differs at \(diff); re-record with RECORD_SNAPSHOTS=1 and review",
            file: file, line: line)
    }
}

/// "line N: expected «…» got «…»" for the first differing line.
func firstDifference(expected: String, actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? e[i] : "<end>", al = i < a.count ? a[i] : "<end>"
        if el != al { return "line \(i + 1): expected «\(el)» got «\(al)»" }
    }
    return "no line (whitespace at end?)"
}

/// The repository root, found from this file's location (tests run from anywhere).
public let repositoryRoot: URL = URL(fileURLWithPath: "\(#filePath)")
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
