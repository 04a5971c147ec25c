import FolioCore

/// Splits top-level blocks into chunks of similar size for parallel layout. A chunk always
/// starts at a heading that does not follow another heading, so no spacing or keep-with-next
/// rule crosses a chunk boundary and the result equals a sequential layout.
enum ChunkSplitter {
    /// Below this many bytes of text, one chunk: a second font system made cold (fontconfig,
    /// faces, shaping plans) costs more than it saves.
    static let minimumWeight = 40_000
    /// The same with a helper whose fonts were warmed during start-up: only the thread hand-off
    /// and the helper's first use of the less common sizes remain.
    static let minimumWeightWarm = 8_000

    static func split(_ blocks: [Block], parts: Int, minimumWeight: Int = minimumWeight) -> [[Block]] {
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
        // A cell costs its text plus one small layout (measured: a 60-row appendix table lays
        // out faster than two sections of prose, though 40 units a cell had ranked it higher).
        case .table(let t): return ([t.header] + t.rows).joined().map { $0.plainText.utf8.count + 12 }.reduce(0, +)
        case .details(let d): return d.blocks.map(weight).reduce(0, +) + 20
        case .thematicBreak, .widget, .image: return 50
        }
    }
}
