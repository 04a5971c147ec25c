import FolioCore

/// Lists: markers (numbers in sequence, bullets by depth, task boxes) beside each item's first line.
extension FlowBuilder {
    /// Bullets by depth, as browsers draw them; shapes, not glyphs, because the bundled text
    /// font lacks the circle and square and a fallback face costs a font load and a PDF subset.
    private static let bullets: [MarkerShape] = [.disc, .circle, .square]

    /// Markers repeat ("•", "1."), so each distinct one is laid out once per document.
    private func markerBlock(_ marker: String, color: Color, width: Double) -> TextBlock {
        let key = "\(marker)|\(color.hex)"
        if let b = markerCache[key] { return b }
        var styled = StyledText()
        styled.append(marker, SpanStyle(color: color))
        let block = TextBlock(
            styled, font: theme.fonts.body, size: theme.fonts.bodySize, width: width, alignment: .right,
            lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
        markerCache[key] = block
        return block
    }

    func list(_ list: ListBlock, _ ctx: FlowContext, space: Double) {
        var inner = ctx
        inner.x += theme.spacing.listIndent
        inner.width -= theme.spacing.listIndent
        inner.listDepth += 1
        for (index, item) in list.items.enumerated() {
            let itemSpace = index == 0 ? space : (list.tight ? theme.spacing.listItem : theme.spacing.paragraph)
            var itemCtx = inner
            let isTask = item.task != nil
            if isTask {
                itemCtx.x += 14
                itemCtx.width -= 14
            }
            let first = items.count
            if item.blocks.isEmpty {
                textLines(StyledText(), itemCtx, size: theme.fonts.bodySize, space: itemSpace)
            } else {
                build(item.blocks, itemCtx, firstSpace: itemSpace, tight: list.tight)
            }
            guard first < items.count else { continue }
            let baseline = items[first].firstBaseline ?? theme.fonts.bodySize
            if let checked = item.task {
                let size = theme.fonts.bodySize * 0.95
                let box = SceneRect(x: inner.x, y: baseline - size * 0.85, width: size, height: size)
                items[first].frames.append(.checkbox(box, checked: checked, color: theme.colors.checkbox, background: theme.page.background))
            }
            let markerWidth = theme.spacing.listIndent - 5
            if !list.ordered && !isTask {
                let size = theme.fonts.bodySize
                let shape = Self.bullets[ctx.listDepth % Self.bullets.count]
                let d = size * (shape == .square ? 0.3 : 0.34)
                let box = SceneRect(x: ctx.x + markerWidth - size * 0.1 - d, y: baseline - size * 0.3 - d / 2, width: d, height: d)
                items[first].frames.append(.marker(shape, box, color: theme.colors.muted))
            } else if list.ordered {
                let block = markerBlock("\(list.start + index).", color: ctx.textColor, width: markerWidth)
                if let line = block.lines.first {
                    // A number wider than the indent grows to the left rather than overlapping the text.
                    let overflow = max(0, block.naturalWidth - markerWidth)
                    items[first].frames.append(.text(block, lines: 0..<1, origin: ScenePoint(ctx.x - overflow, baseline - line.baseline)))
                }
            }
        }
    }
}
