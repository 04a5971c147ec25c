import FolioCore
import Foundation

/// Turns the raw cmark tree into Folio's model: pairs `<details>` blocks, recognises widget
/// iframes, maps the supported inline tags and drops (with a warning) any other raw HTML.
struct DocumentBuilder {
    let file: String?
    var diagnostics: [Diagnostic] = []
    private var slugs = SlugRegistry()

    init(file: String?) { self.file = file }

    mutating func warn(_ message: String, line: Int) {
        diagnostics.append(.warning(message, file: file, line: line))
    }

    mutating func blocks(_ nodes: [RawNode]) -> [Block] {
        var sink = BlockSink()
        for node in nodes { block(node, into: &sink) }
        return sink.finish(&self)
    }

    private mutating func block(_ node: RawNode, into sink: inout BlockSink) {
        switch node.kind {
        case .paragraph:
            paragraph(node, into: &sink)
        case .heading:
            let content = inlines(node.children)
            let anchor = slugs.unique(for: content.plainText)
            sink.append(.heading(Heading(level: node.level, content: content, anchor: anchor, line: node.line)))
        case .blockquote:
            sink.append(.blockquote(blocks(node.children)))
        case .list:
            let items = node.children.map { ListItem(task: $0.checked, blocks: blocks($0.children)) }
            sink.append(.list(ListBlock(ordered: node.ordered, start: node.start, tight: node.tight, items: items)))
        case .codeBlock:
            var text = node.literal
            if text.hasSuffix("\n") { text.removeLast() }
            sink.append(.code(CodeBlock(language: Self.language(node.info), info: node.info, text: text, fenced: node.fenced, line: node.line)))
        case .htmlBlock:
            HTMLBlockReader(line: node.line).read(node.literal, builder: &self, sink: &sink)
        case .thematicBreak:
            sink.append(.thematicBreak)
        case .table:
            table(node, into: &sink)
        default:
            warn("unsupported Markdown node '\(node.kind)' dropped", line: node.line)
        }
    }

    /// First word of the info string, lower-cased, without attribute braces.
    static func language(_ info: String) -> String? {
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "," }).first
        guard let w = word, !w.isEmpty else { return nil }
        return w.lowercased()
    }

    private mutating func table(_ node: RawNode, into sink: inout BlockSink) {
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in node.children where row.kind == .tableRow {
            let cells = row.children.map { inlines($0.children) }
            if row.isHeaderRow { header = cells } else { rows.append(cells) }
        }
        sink.append(.table(Table(alignments: node.alignments, header: header, rows: rows, line: node.line)))
    }

    /// A paragraph may hide iframes (inline HTML) and may be a lone image; split accordingly.
    private mutating func paragraph(_ node: RawNode, into sink: inout BlockSink) {
        var segment: [RawNode] = []
        var i = 0
        let kids = node.children
        func flush(_ b: inout DocumentBuilder, _ s: inout BlockSink) {
            let content = b.inlines(segment).trimmedBreaks()
            segment = []
            guard !content.isEmpty else { return }
            if content.count == 1, case .image(let img) = content[0] { s.append(.image(img)) } else { s.append(.paragraph(content)) }
        }
        while i < kids.count {
            let n = kids[i]
            if n.kind == .htmlInline, case .open(let name, let attrs, _)? = HTMLScanner.scan(n.literal).first, name == "iframe" {
                flush(&self, &sink)
                if let w = widget(attrs, line: n.line) { sink.append(.widget(w)) }
                i += 1
                // Skip the matching </iframe> (and anything between, which browsers ignore).
                while i < kids.count {
                    defer { i += 1 }
                    if kids[i].kind == .htmlInline, HTMLScanner.scan(kids[i].literal).first == .close(name: "iframe") { break }
                }
                continue
            }
            segment.append(n)
            i += 1
        }
        flush(&self, &sink)
    }

    /// A widget from iframe attributes, or nil (with a warning) when the iframe is not one.
    mutating func widget(_ attrs: [String: String], line: Int) -> WidgetEmbed? {
        guard let src = attrs["src"], Self.isWidgetURL(src) else {
            warn("<iframe> dropped: not a ClearML widget (src=\(attrs["src"] ?? "none"))", line: line)
            return nil
        }
        return WidgetEmbed(url: src, name: attrs["name"], width: attrs["width"], height: attrs["height"], line: line)
    }

    static func isWidgetURL(_ src: String) -> Bool {
        let path = src.split(separator: "?", maxSplits: 1).first.map(String.init) ?? src
        return path.hasSuffix("/widgets/") || path.hasSuffix("/widget/") || path.hasSuffix("/widgets")
            || path.hasSuffix("/widget")
    }
}

extension Array where Element == Inline {
    /// Drops leading/trailing soft and hard breaks and whitespace-only text left by split paragraphs.
    func trimmedBreaks() -> [Inline] {
        func blank(_ i: Inline) -> Bool {
            switch i {
            case .softBreak, .lineBreak: return true
            case .text(let s): return s.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        var out = self
        while let f = out.first, blank(f) { out.removeFirst() }
        while let l = out.last, blank(l) { out.removeLast() }
        return out
    }
}
