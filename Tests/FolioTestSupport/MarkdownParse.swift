import FolioCore
import FolioMarkdown

/// Parses Markdown for tests that need the model only.
public enum FolioMarkdownParse {
    public static func document(_ md: String) -> Document { MarkdownParser().parse(md, sourcePath: "t.md").document }
}
