import FolioHighlight
import XCTest

/// Fence info strings to languages, and the registry's invariants.
final class LanguageLookupTests: XCTestCase {
    func testAliasesFromFenceInfoStrings() {
        let expected: [String: String] = [
            "py": "python", "Python3": "python", "ipython": "ipython", "python {.numberLines}": "python",
            "sh": "bash", "shell": "bash", "zsh": "bash", "console": "console", "shell-session": "console",
            "jsonl": "jsonl", "yml": "yaml", "cfg": "ini", "hocon": "hocon", "js": "javascript", "ts": "typescript",
            "c++": "c++", "cpp": "c++", "cu": "cuda", "golang": "go", "rs": "rust", "kt": "kotlin",
            "Dockerfile": "dockerfile", "make": "makefile", "patch": "diff", "svg": "xml", "md": "markdown",
            "R": "r", "jl": "julia", "scala": "scala", "SQL": "sql", ".toml": "toml", "html,": "html",
        ]
        for (info, name) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(Highlighter.language(named: info)?.name, name, info)
        }
    }

    func testUnknownOrEmptyInfoStringHasNoLanguage() {
        XCTAssertNil(Highlighter.language(named: ""))
        XCTAssertNil(Highlighter.language(named: "text"))
        XCTAssertNil(Highlighter.language(named: "klingon"))
    }

    func testEveryNameAndAliasResolvesToItsLanguage() {
        var seen = Set<String>()
        for language in Language.all {
            XCTAssertTrue(seen.insert(language.name).inserted, "duplicate language \(language.name)")
            for key in [language.name] + language.aliases {
                XCTAssertEqual(Highlighter.language(named: key), language, key)
            }
        }
        XCTAssertEqual(Language.all.count, 31)
    }

    func testTokenKindRawValuesAreTheCSSClassSuffixes() {
        XCTAssertEqual(TokenKind.allCases.map(\.rawValue), [
            "keyword", "builtin", "type", "function", "string", "escape", "interpolation", "number", "comment",
            "doc-comment", "operator", "punctuation", "decorator", "variable", "constant", "regex", "diff-added",
            "diff-removed", "diff-header", "prompt", "output", "error",
        ])
    }
}
