import FolioCore
import Foundation

/// Markdown text -> `Document` plus the warnings met on the way (dropped HTML, unclosed details…).
public struct MarkdownParser: Sendable {
    public init() {}

    /// Parses `markdown`; `sourcePath` names the file in diagnostics and sets the fallback title.
    public func parse(_ markdown: String, sourcePath: String? = nil) -> ParseResult {
        let raw = CmarkParser.parse(markdown)
        var builder = DocumentBuilder(file: sourcePath.map { ($0 as NSString).lastPathComponent })
        let blocks = builder.blocks(raw.children)
        let fallback = sourcePath.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } ?? "Report"
        let title = Self.firstH1(blocks) ?? fallback
        return ParseResult(
            document: Document(blocks: blocks, title: title, sourcePath: sourcePath), diagnostics: builder.diagnostics)
    }

    private static func firstH1(_ blocks: [Block]) -> String? {
        for case .heading(let h) in blocks where h.level == 1 {
            let text = h.content.plainText.trimmingWhitespace()
            if !text.isEmpty { return text }
        }
        return nil
    }
}

/// What `MarkdownParser.parse` returns.
public struct ParseResult: Sendable {
    public var document: Document
    public var diagnostics: [Diagnostic]
}
