import FolioCore

/// Places flow items on pages. Rules: items glued together or kept with the next move as one
/// chunk; a chunk taller than a page is split at its loosest joints; space above an item is
/// dropped at a page top; a table's header row is repeated above rows continued on a new page.
struct Paginator {
    let options: LayoutOptions
    let tableHeaders: [Int: [FlowItem]]

    private var theme: Theme { options.theme }

    func paginate(_ items: [FlowItem]) -> (pages: [[FrameItem]], outline: [OutlineEntry]) {
        var state = State(top: theme.page.marginTop, bottom: options.pageSize.height - theme.page.marginBottom)
        var i = 0
        while i < items.count {
            var j = i
            var height = items[i].height
            while j + 1 < items.count, items[j].keepWithNext || items[j + 1].glueToPrevious {
                j += 1
                height += items[j].spaceBefore + items[j].height
            }
            let lead = state.atTop ? 0 : items[i].spaceBefore
            let repeatHeight = state.atTop ? 0 : 0.0
            if state.y + lead + height + repeatHeight <= state.bottom + 0.01 {
                for k in i...j { place(items[k], &state) }
            } else if state.atTop || height > state.bottom - state.top {
                // Too tall for any page: place item by item, breaking where one no longer fits.
                for k in i...j {
                    let need = (state.atTop ? 0 : items[k].spaceBefore) + items[k].height
                    if !state.atTop, state.y + need > state.bottom + 0.01 { state.newPage() }
                    place(items[k], &state)
                }
            } else {
                state.newPage()
                continue
            }
            i = j + 1
        }
        state.finishPage()
        return (state.pages, state.outline)
    }

    private struct State {
        let top: Double
        let bottom: Double
        var pages: [[FrameItem]] = []
        var current: [FrameItem] = []
        var y: Double
        var atTop = true
        var previous: FlowItem? = nil
        var outline: [OutlineEntry] = []
        var lastTable: Int? = nil

        init(top: Double, bottom: Double) {
            self.top = top
            self.bottom = bottom
            y = top
        }

        mutating func newPage() {
            finishPage()
            y = top
            atTop = true
            previous = nil
        }

        mutating func finishPage() {
            if !current.isEmpty || pages.isEmpty { pages.append(BackgroundMerge.merge(current)) }
            current = []
        }
    }

    private func place(_ item: FlowItem, _ s: inout State) {
        if s.atTop, let table = item.tableID, !item.isTableHeader, s.lastTable == table, let header = tableHeaders[table] {
            for h in header { put(h, &s) }
        }
        put(item, &s)
    }

    private func put(_ item: FlowItem, _ s: inout State) {
        let gap = s.atTop ? 0 : item.spaceBefore
        let top = s.y + gap
        for d in item.decorations {
            // A bar continues through the gap when the previous item shares it.
            let joined = s.previous?.decorations.contains(d) ?? false
            let from = joined ? s.y : top
            s.current.append(.rect(SceneRect(x: d.x, y: from, width: d.width, height: top + item.height - from), fill: d.color, stroke: nil, lineWidth: 0, radius: 0))
        }
        for frame in item.frames { s.current.append(frame.offset(dy: top)) }
        if let h = item.heading {
            s.outline.append(OutlineEntry(title: h.title, level: h.level, anchor: h.anchor, page: s.pages.count, y: top))
        }
        s.y = top + item.height
        s.atTop = false
        s.previous = item
        s.lastTable = item.tableID
    }
}
