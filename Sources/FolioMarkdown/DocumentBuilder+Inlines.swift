import FolioCore

/// Inline conversion: cmark inlines to `Inline`, with raw inline tags paired and mapped.
extension DocumentBuilder {
    /// Tags whose content is kept with a style; everything else is unwrapped with a warning.
    private static let styled: Set<String> = ["b", "strong", "i", "em", "sup", "sub", "kbd", "s", "del", "strike", "code", "a"]
    /// Tags that only carry presentation a print renderer can ignore without losing meaning.
    private static let silentlyUnwrapped: Set<String> = ["span", "u", "ins", "mark", "small", "abbr", "font", "cite", "q"]

    mutating func inlines(_ nodes: [RawNode]) -> [Inline] {
        var out: [Inline] = []
        var i = 0
        while i < nodes.count {
            let n = nodes[i]
            i += 1
            switch n.kind {
            case .text: out.appendText(n.literal)
            case .code: out.append(.code(n.literal))
            case .softBreak: out.append(.softBreak)
            case .lineBreak: out.append(.lineBreak)
            case .emphasis: out.append(.emphasis(inlines(n.children)))
            case .strong: out.append(.strong(inlines(n.children)))
            case .strikethrough: out.append(.strikethrough(inlines(n.children)))
            case .link: out.append(.link(url: n.url, title: n.title.isEmpty ? nil : n.title, content: inlines(n.children)))
            case .image: out.append(.image(image(n)))
            case .htmlInline: i = htmlInline(nodes, at: i - 1, into: &out)
            default: out.append(contentsOf: inlines(n.children))
            }
        }
        return out
    }

    private mutating func image(_ n: RawNode) -> ImageRef {
        ImageRef(source: n.url, alt: inlines(n.children).plainText, title: n.title.isEmpty ? nil : n.title, line: n.line)
    }

    /// Handles the raw tag at `index`; returns the index of the next node to read.
    private mutating func htmlInline(_ nodes: [RawNode], at index: Int, into out: inout [Inline]) -> Int {
        let node = nodes[index]
        let pieces = HTMLScanner.scan(node.literal)
        guard pieces.count == 1, let piece = pieces.first else {
            // Not a single tag (cmark only makes those), keep any text it holds.
            for case .text(let t) in pieces { out.appendText(t) }
            return index + 1
        }
        switch piece {
        case .comment, .close: return index + 1
        case .text(let t):
            out.appendText(t)
            return index + 1
        case .open(let name, let attrs, let selfClosing):
            switch name {
            case "br":
                out.append(.lineBreak)
                return index + 1
            case "img":
                out.append(.image(ImageRef(source: attrs["src"] ?? "", alt: attrs["alt"] ?? "", title: attrs["title"], line: node.line)))
                return index + 1
            case "wbr":
                return index + 1
            default: break
            }
            let close = selfClosing ? nil : Self.matchingClose(nodes, from: index + 1, name: name)
            let inner = Array(nodes[(index + 1)..<(close ?? index + 1)])
            let next = (close ?? index) + 1
            if name == "script" || name == "style" {
                warn("<\(name)> removed with its content", line: node.line)
                return close.map { $0 + 1 } ?? nodes.count
            }
            let content = inlines(inner)
            switch name {
            case "b", "strong": out.append(.strong(content))
            case "i", "em": out.append(.emphasis(content))
            case "s", "del", "strike": out.append(.strikethrough(content))
            case "sup": out.append(.superscript(content))
            case "sub": out.append(.subscript(content))
            case "kbd": out.append(.keyboard(content))
            case "code": out.append(.code(content.plainText))
            case "a":
                if let href = attrs["href"] { out.append(.link(url: href, title: attrs["title"], content: content)) } else { out.appendInlines(content) }
            default:
                if !Self.silentlyUnwrapped.contains(name) {
                    warn("raw HTML tag <\(name)> dropped (its text is kept)", line: node.line)
                }
                out.appendInlines(content)
            }
            return next
        }
    }

    /// Index of the `</name>` closing the tag opened just before `start`, nesting-aware.
    private static func matchingClose(_ nodes: [RawNode], from start: Int, name: String) -> Int? {
        var depth = 0
        var j = start
        while j < nodes.count {
            if nodes[j].kind == .htmlInline, let p = HTMLScanner.scan(nodes[j].literal).first {
                if case .open(let n, _, let sc) = p, n == name, !sc { depth += 1 }
                if case .close(let n) = p, n == name {
                    if depth == 0 { return j }
                    depth -= 1
                }
            }
            j += 1
        }
        return nil
    }
}

extension Array where Element == Inline {
    /// Appends inlines, merging adjacent text.
    mutating func appendInlines(_ xs: [Inline]) {
        for x in xs {
            if case .text(let t) = x { appendText(t) } else { append(x) }
        }
    }

    /// Appends text, merging with a preceding text run (cmark splits text at special characters).
    mutating func appendText(_ s: String) {
        guard !s.isEmpty else { return }
        if case .text(let prev)? = last {
            self[count - 1] = .text(prev + s)
        } else {
            append(.text(s))
        }
    }
}
