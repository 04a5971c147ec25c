import FolioCore

/// GFM tables: column widths from min/max content widths (the browser's auto layout), cells
/// that wrap, one flow item per row, and the header row remembered for repeating after breaks.
extension FlowBuilder {
    func table(_ table: Table, _ ctx: FlowContext, space: Double) {
        let columns = max(table.alignments.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let padX = theme.table.cellPaddingX, padY = theme.table.cellPaddingY
        let size = theme.fonts.bodySize * 0.95
        var headerStyle = baseStyle(ctx)
        headerStyle.bold = true
        headerStyle.color = theme.table.headerText
        func cells(_ row: [[Inline]], _ style: SpanStyle) -> [StyledText] {
            (0..<columns).map { c in c < row.count ? styler.style(row[c], base: style) : StyledText() }
        }
        let rows = [cells(table.header, headerStyle)] + table.rows.map { cells($0, baseStyle(ctx)) }
        // One unwrapped layout per distinct cell gives both the max- and the min-content width
        // (cells repeat: statuses, optimiser names, units; a layout is only read once made, so
        // equal cells share one); only the cells that must wrap are laid out again.
        var distinct: [StyledText: TextBlock] = [:]
        let unwrapped = rows.map { row in
            row.map { cell in
                if let made = distinct[cell] { return made }
                let made = TextBlock(cell, font: theme.fonts.body, size: size, width: nil, lineSpacing: theme.fonts.lineHeight, monospaceFamily: theme.fonts.mono, fonts: fonts)
                distinct[cell] = made
                return made
            }
        }
        let maxWidths = (0..<columns).map { c in unwrapped.map { $0[c].naturalWidth }.max()! + 2 * padX }
        let available = ctx.width
        var widths = maxWidths
        if maxWidths.reduce(0, +) > available {
            let minWidths = (0..<columns).map { c in unwrapped.map { $0[c].minContentWidth }.max()! + 2 * padX }
            widths = Self.distribute(available: available, min: minWidths, max: maxWidths)
        }
        let tableID = newID()
        var x = [ctx.x]
        for w in widths { x.append(x.last! + w) }
        for r in rows.indices {
            let blocks: [TextBlock] = (0..<columns).map { c in
                let block = unwrapped[r][c]
                return block.naturalWidth <= widths[c] - 2 * padX + 0.01 ? block : block.rewrapped(width: widths[c] - 2 * padX, alignment: align(table, c))
            }
            let height = (blocks.map(\.height).max() ?? 0) + 2 * padY
            var item = FlowItem(height: height, spaceBefore: r == 0 ? space : 0)
            let fill: Color? = r == 0 ? theme.table.headerBackground : (r % 2 == 0 ? theme.table.stripe : nil)
            if let fill { item.frames.append(.rect(SceneRect(x: ctx.x, y: 0, width: x[columns] - ctx.x, height: height), fill: fill, stroke: nil, lineWidth: 0, radius: 0)) }
            for (c, block) in blocks.enumerated() {
                let inner = widths[c] - 2 * padX
                // Unwrapped blocks have no width of their own, so align them here.
                let unwrappedBlock = block === unwrapped[r][c]
                let shift: Double
                switch (unwrappedBlock, align(table, c)) {
                case (true, .center): shift = (inner - block.naturalWidth) / 2
                case (true, .right): shift = inner - block.naturalWidth
                default: shift = 0
                }
                let origin = ScenePoint(x[c] + padX + shift, padY)
                if !block.lines.isEmpty { item.frames.append(.text(block, lines: 0..<block.lines.count, origin: origin)) }
                for link in block.links {
                    item.frames.append(.link(SceneRect(x: origin.x + link.x, y: origin.y + link.y, width: link.width, height: link.height), url: link.url))
                }
            }
            // Every border of the row in one stroke: top, bottom and each column edge.
            var grid = [ScenePoint(x[0], 0), ScenePoint(x[columns], 0), ScenePoint(x[0], height), ScenePoint(x[columns], height)]
            for c in 0...columns { grid += [ScenePoint(x[c], 0), ScenePoint(x[c], height)] }
            item.frames.append(.segments(grid, color: theme.table.border, width: 0.6))
            item.firstBaseline = padY + (blocks.first?.lines.first?.baseline ?? 0)
            item.tableID = tableID
            item.isTableHeader = r == 0
            item.keepWithNext = r == 0
            add(item, ctx)
            if r == 0 { tableHeaders[tableID] = [items[items.count - 1]] }
        }
    }

    /// Column widths when the max-content widths do not fit: columns narrower than an equal
    /// share keep their max width (short columns never wrap); the rest share what is left in
    /// proportion to how much they can shrink, never below their min-content width.
    static func distribute(available: Double, min: [Double], max: [Double]) -> [Double] {
        var widths = min
        var flexible = Set(min.indices)
        var remaining = available
        var changed = true
        while changed, !flexible.isEmpty {
            changed = false
            let share = remaining / Double(flexible.count)
            for c in flexible.sorted() where max[c] <= share {
                widths[c] = max[c]
                remaining -= max[c]
                flexible.remove(c)
                changed = true
            }
        }
        let minSum = flexible.reduce(0) { $0 + min[$1] }, maxSum = flexible.reduce(0) { $0 + max[$1] }
        for c in flexible {
            if minSum >= remaining {
                widths[c] = min[c] / Swift.max(minSum, 0.001) * Swift.max(remaining, 0)
            } else {
                widths[c] = min[c] + (max[c] - min[c]) * (remaining - minSum) / Swift.max(maxSum - minSum, 0.001)
            }
        }
        return widths
    }

    private func align(_ table: Table, _ column: Int) -> TextBlock.Alignment {
        guard column < table.alignments.count else { return .left }
        switch table.alignments[column] {
        case .center: return .center
        case .right: return .right
        default: return .left
        }
    }
}
