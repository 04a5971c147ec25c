import FolioHighlight
import FolioTestSupport
import Foundation
import XCTest

/// Every corpus file comes back byte for byte, in well-formed tokens.
final class LosslessTests: XCTestCase {
    /// Corpus folder name to the fence name that selects its language.
    static let folders: [String: String] = ["cpp": "c++"]

    func testEveryCorpusFileRoundTrips() throws {
        let corpus = repositoryRoot.appendingPathComponent("Tests/HighlightCorpus")
        let folders = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        var checked = 0
        for folder in folders where !folder.hasSuffix(".md") {
            let language = try XCTUnwrap(Highlighter.language(named: Self.folders[folder] ?? folder), folder)
            let dir = corpus.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
                let code = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                assertWellFormed(Highlighter.highlight(code, language: language), code, "\(folder)/\(file)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 80)
    }

    func testEveryLanguageSurvivesHostileInput() {
        let hostile = "\"unterminated 'x /* { [ ( `\n\t\u{7}é中文🙂\r\n#!/x <!-- ${ \\(\n\\"
        for language in Language.all {
            assertWellFormed(Highlighter.highlight(hostile, language: language), hostile, language.name)
        }
    }

    func testEmptyCodeHasNoTokens() {
        XCTAssertEqual(Highlighter.highlight("", language: Highlighter.language(named: "py")), [])
    }

    private func assertWellFormed(_ tokens: [Token], _ code: String, _ what: String, line: UInt = #line) {
        XCTAssertEqual(tokens.map(\.text).joined(), code, "\(what) is not lossless", line: line)
        XCTAssertFalse(tokens.contains { $0.text.isEmpty }, "\(what) has an empty token", line: line)
        XCTAssertFalse(zip(tokens, tokens.dropFirst()).contains { $0.kind == $1.kind }, "\(what) has unmerged neighbours", line: line)
    }
}
