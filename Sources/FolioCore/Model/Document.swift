import Foundation

/// A parsed report: Folio's own document model, independent of cmark-gfm.
public struct Document: Sendable, Equatable {
    /// Top-level blocks in source order.
    public var blocks: [Block]
    /// Title for metadata and footers: the first H1, else the file name.
    public var title: String
    /// Path of the source file (for diagnostics and relative images); nil for in-memory text.
    public var sourcePath: String?

    public init(blocks: [Block], title: String, sourcePath: String? = nil) {
        self.blocks = blocks
        self.title = title
        self.sourcePath = sourcePath
    }

    /// Every block in reading order, containers before their contents.
    public var allBlocks: [Block] {
        var out: [Block] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                out.append(block)
                switch block {
                case .blockquote(let inner): walk(inner)
                case .list(let list): list.items.forEach { walk($0.blocks) }
                case .details(let d): walk(d.blocks)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }

    /// Every heading in order, for outlines and tests.
    public var headings: [Heading] {
        allBlocks.compactMap { if case .heading(let h) = $0 { return h } else { return nil } }
    }

    /// Every widget embed in order.
    public var widgets: [WidgetEmbed] {
        allBlocks.compactMap { if case .widget(let w) = $0 { return w } else { return nil } }
    }
}
