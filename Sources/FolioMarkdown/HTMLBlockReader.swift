import FolioCore

/// Reads one raw HTML block: `<details>`/`<summary>` structure, widget iframes, images, and the
/// inline formatting tags; text between tags becomes paragraphs. Anything else is dropped with a
/// warning, and `<script>`/`<style>` lose their content too.
struct HTMLBlockReader {
    let line: Int
    /// Tags that only separate paragraphs.
    private static let breaking: Set<String> = ["p", "div", "center", "section", "article", "header", "footer", "hr"]
    private static let inlineTags: Set<String> = [
        "b", "strong", "i", "em", "sup", "sub", "kbd", "s", "del", "strike", "code", "a", "br", "span", "u", "ins",
        "mark", "small", "abbr", "font", "cite", "q", "img", "wbr",
    ]

    func read(_ html: String, builder: inout DocumentBuilder, sink: inout BlockSink) {
        var pending: [RawNode] = []
        var summary: [RawNode]? = nil
        var skipping: String? = nil

        func flush(_ b: inout DocumentBuilder, _ s: inout BlockSink) {
            let content = b.inlines(pending).trimmedBreaks()
            pending = []
            guard !content.isEmpty else { return }
            if content.count == 1, case .image(let img) = content[0] { s.append(.image(img)) } else { s.append(.paragraph(content)) }
        }
        func raw(_ literal: String) -> RawNode {
            var n = RawNode(kind: .htmlInline, line: line)
            n.literal = literal
            return n
        }

        for piece in HTMLScanner.scan(html) {
            if let tag = skipping {
                if piece == .close(name: tag) { skipping = nil }
                continue
            }
            switch piece {
            case .comment: continue
            case .text(let t):
                var n = RawNode(kind: .text, line: line)
                // Source line breaks inside raw HTML are just spaces to a browser. (A plain loop:
                // Foundation's `replacingOccurrences` costs conformance scans on first use.)
                var literal = ""
                for scalar in t.unicodeScalars { literal.unicodeScalars.append(scalar == "\n" ? " " : scalar) }
                n.literal = literal
                if summary != nil { summary!.append(n) } else { pending.append(n) }
            case .open(let name, let attrs, let selfClosing):
                switch name {
                case "details":
                    flush(&builder, &sink)
                    sink.openDetails(line: line)
                case "summary":
                    flush(&builder, &sink)
                    summary = []
                case "iframe":
                    flush(&builder, &sink)
                    if let w = builder.widget(attrs, line: line) { sink.append(.widget(w)) }
                    if !selfClosing { skipping = "iframe" }
                case "script", "style":
                    builder.warn("<\(name)> removed with its content", line: line)
                    if !selfClosing { skipping = name }
                case _ where Self.breaking.contains(name):
                    flush(&builder, &sink)
                case _ where Self.inlineTags.contains(name):
                    let n = raw(Self.rebuild(name, attrs, selfClosing))
                    if summary != nil { summary!.append(n) } else { pending.append(n) }
                default:
                    builder.warn("raw HTML tag <\(name)> dropped (its text is kept)", line: line)
                }
            case .close(let name):
                switch name {
                case "summary":
                    let content = builder.inlines(summary ?? []).trimmedBreaks()
                    if sink.hasOpenDetails {
                        sink.setSummary(content)
                    } else if !content.isEmpty {
                        sink.append(.paragraph([.strong(content)]))
                    }
                    summary = nil
                case "details":
                    flush(&builder, &sink)
                    if !sink.closeDetails() { builder.warn("</details> without a matching <details> ignored", line: line) }
                case _ where Self.breaking.contains(name):
                    flush(&builder, &sink)
                case _ where Self.inlineTags.contains(name):
                    let n = raw("</\(name)>")
                    if summary != nil { summary!.append(n) } else { pending.append(n) }
                default: continue
                }
            }
        }
        if let s = summary, sink.hasOpenDetails { sink.setSummary(builder.inlines(s).trimmedBreaks()) }
        flush(&builder, &sink)
    }

    /// Re-creates a tag's text so the inline reader can pair it like cmark's own inline HTML.
    private static func rebuild(_ name: String, _ attrs: [String: String], _ selfClosing: Bool) -> String {
        let attributes = attrs.keys.sorted().map { key in
            " \(key)=\"\(attrs[key]!.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;"))\""
        }.joined()
        return "<\(name)\(attributes)\(selfClosing ? "/" : "")>"
    }
}
