import FolioHighlight
import Foundation
import XCTest

/// Random soups of the characters grammars care about: no crash, no lost byte, in any language.
final class FuzzTests: XCTestCase {
    func testRandomInputsStayLosslessInEveryLanguage() {
        let pieces = ["\"", "'", "`", "\"\"\"", "'''", "/*", "*/", "//", "#", "<!--", "-->", "${", "}", "{", "(", ")",
                      "[", "]", "\\", "\n", "\t", " ", "<<EOF\n", "EOF", "r#\"", "f'", "%", "$(", "@", "::", ":", "=",
                      "-", "--", "```py\n", "```", "é", "中", "🙂", "\r\n", "0x1F", "1.5e3", "abc", "def", "class",
                      "<a href=", ">", "&amp;", "In [1]: ", "$ ", "+", "- ", "@@", "\\(", "#[", "'a", "=#", "#="]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for round in 0..<(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"].flatMap { Int($0) } ?? 60) {
            let code = (0..<(20 + round * 3)).map { _ in pieces[next() % pieces.count] }.joined()
            for language in Language.all {
                let tokens = Highlighter.highlight(code, language: language)
                XCTAssertEqual(tokens.map(\.text).joined(), code, "\(language.name) round \(round)")
            }
        }
    }
}
