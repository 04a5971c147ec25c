import FolioCore

/// Collects blocks of one container while `<details>` sections are open: the opening and closing
/// tags arrive as separate HTML blocks, so the blocks between them are gathered here.
struct BlockSink {
    private struct OpenDetails {
        var summary: [Inline] = []
        var blocks: [Block] = []
        var line: Int
    }

    private var output: [Block] = []
    private var open: [OpenDetails] = []

    mutating func append(_ block: Block) {
        if open.isEmpty { output.append(block) } else { open[open.count - 1].blocks.append(block) }
    }

    mutating func openDetails(line: Int) { open.append(OpenDetails(line: line)) }

    var hasOpenDetails: Bool { !open.isEmpty }

    mutating func setSummary(_ summary: [Inline]) {
        guard !open.isEmpty else { return }
        open[open.count - 1].summary = summary
    }

    /// Closes the innermost section; false when none is open (a stray `</details>`).
    mutating func closeDetails() -> Bool {
        guard let d = open.popLast() else { return false }
        append(.details(Details(summary: d.summary, blocks: d.blocks)))
        return true
    }

    /// Closes what is still open (with a warning each) and returns the container's blocks.
    mutating func finish(_ builder: inout DocumentBuilder) -> [Block] {
        while let d = open.last {
            builder.warn("<details> opened here is never closed; closed at the end of its container", line: d.line)
            _ = closeDetails()
        }
        return output
    }
}
