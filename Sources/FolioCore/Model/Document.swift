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

    /// Every heading in order, for outlines and tests.
    public var headings: [Heading] {
        var out: [Heading] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let h): out.append(h)
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

    /// Every widget embed in order.
    public var widgets: [WidgetEmbed] {
        var out: [WidgetEmbed] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .widget(let w): out.append(w)
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
}
