import FolioCore

/// Splits top-level blocks into chunks of similar size for parallel layout. A chunk always
/// starts at a heading that does not follow another heading, so no spacing or keep-with-next
/// rule crosses a chunk boundary and the result equals a sequential layout.
enum ChunkSplitter {
    /// Below this many bytes of text, one chunk: a second font system costs more than it saves.
    static let minimumWeight = 40_000

    static func split(_ blocks: [Block], parts: Int) -> [[Block]] {
        let weights = blocks.map(weight)
        let total = weights.reduce(0, +)
        guard parts > 1, total >= minimumWeight else { return [blocks] }
        var chunks: [[Block]] = []
        var current: [Block] = []
        var acc = 0
        let target = total / parts
        for (i, block) in blocks.enumerated() {
            let boundary: Bool = {
                guard case .heading = block, i > 0, !current.isEmpty, chunks.count < parts - 1 else { return false }
                if case .heading = blocks[i - 1] { return false }
                return acc >= target * (chunks.count + 1)
            }()
            if boundary {
                chunks.append(current)
                current = []
            }
            current.append(block)
            acc += weights[i]
        }
        chunks.append(current)
        return chunks
    }

    /// Rough layout cost: characters of text, tables counted per cell.
    private static func weight(_ block: Block) -> Int {
        switch block {
        case .heading(let h): return h.content.plainText.utf8.count + 20
        case .paragraph(let c): return c.plainText.utf8.count
        case .blockquote(let b): return b.map(weight).reduce(0, +)
        case .list(let l): return l.items.flatMap(\.blocks).map(weight).reduce(0, +) + 10 * l.items.count
        case .code(let c): return c.text.utf8.count
        case .table(let t): return (t.rows.count + 1) * max(t.header.count, 1) * 40
        case .details(let d): return d.blocks.map(weight).reduce(0, +) + 20
        case .thematicBreak, .widget, .image: return 50
        }
    }
}
