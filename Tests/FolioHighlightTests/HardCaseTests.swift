import FolioHighlight
import FolioTestSupport
import XCTest

/// Each language's tricky cases as exact token arrays, one golden per language in `Snapshots/`.
final class HardCaseTests: XCTestCase {
    func testHardCasesMatchTheirSnapshots() {
        for (language, cases) in HardCases.all {
            let lang = Highlighter.language(named: language)
            XCTAssertNotNil(lang, language)
            let rendered = cases.map { code in
                "» " + code.replacingOccurrences(of: "\n", with: "⏎") + "\n"
                    + Highlighter.highlight(code, language: lang).compactDescription + "\n"
            }.joined(separator: "\n")
            assertSnapshot(rendered, named: "hard-\(language)")
        }
    }
}
