import FolioCore

/// Headings, paragraphs, details sections and thematic pieces of text.
extension FlowBuilder {
    func heading(_ h: Heading, _ ctx: FlowContext, space: Double) {
        let scale = theme.headingScale[min(max(h.level, 1), theme.headingScale.count) - 1]
        var style = baseStyle(ctx)
        style.bold = true
        if ctx.textColor == theme.colors.text { style.color = theme.colors.heading }
        let styled = styler.style(h.content, base: style)
        let range = textLines(styled, ctx, size: theme.fonts.bodySize * scale, space: space)
        guard !range.isEmpty else { return }
        items[range.lowerBound].heading = (h.content.plainText, h.level, h.anchor)
        items[range.lowerBound].frames.append(.anchor(name: h.anchor, y: 0))
        for i in range {
            items[i].glueToPrevious = i > range.lowerBound
            items[i].keepWithNext = true
        }
        if h.level <= 2 {
            // GitHub's rule under H1/H2, part of the heading's last line.
            let last = range.upperBound - 1
            items[last].frames.append(
                .line(from: ScenePoint(ctx.x, items[last].height + 3), to: ScenePoint(ctx.x + ctx.width, items[last].height + 3), color: theme.colors.rule, width: 0.75))
            items[last].height += 6
        }
        // The next block sits closer to its heading than to other blocks.
        pendingSpaceOverride = theme.spacing.headingBelow
    }

    func paragraph(_ inlines: [Inline], _ ctx: FlowContext, space: Double) {
        // Top-level images inside a paragraph are laid out as blocks between its text runs.
        var segment: [Inline] = []
        var first = true
        func flushText() {
            let content = segment.trimmedForLayout()
            segment = []
            guard !content.isEmpty else { return }
            let styled = styler.style(content, base: baseStyle(ctx))
            textLines(styled, ctx, size: theme.fonts.bodySize, space: first ? space : theme.spacing.paragraph / 2)
            first = false
        }
        for inline in inlines {
            if case .image(let img) = inline {
                flushText()
                image(img, ctx, space: first ? space : theme.spacing.paragraph / 2)
                first = false
            } else {
                segment.append(inline)
            }
        }
        flushText()
    }

    func details(_ d: Details, _ ctx: FlowContext, space: Double) {
        var style = baseStyle(ctx)
        style.bold = true
        let summary = d.summary.isEmpty ? [Inline.text("Details")] : d.summary
        let caption = styler.style(summary, base: style)
        // The open triangle is a shape beside the caption (a glyph would need a fallback face).
        let size = theme.fonts.bodySize
        var captionCtx = ctx
        captionCtx.x += size * 1.1
        captionCtx.width -= size * 1.1
        let range = textLines(caption, captionCtx, size: size, space: space)
        if let first = range.first, let baseline = items[first].firstBaseline {
            let box = SceneRect(x: ctx.x + size * 0.05, y: baseline - size * 0.55, width: size * 0.6, height: size * 0.5)
            items[first].frames.append(.marker(.disclosure, box, color: style.color))
        }
        if let last = range.last { items[last].keepWithNext = true }
        var inner = ctx
        inner.decorations.append(Decoration(id: newID(), x: ctx.x + 3, width: 2, color: theme.quote.detailsBar))
        inner.x += theme.spacing.quoteIndent
        inner.width -= theme.spacing.quoteIndent
        build(d.blocks, inner, firstSpace: theme.spacing.paragraph / 2)
    }

    /// The space for the next block, replaced by the smaller heading gap right after a heading.
    func takeSpace(_ space: Double) -> Double {
        defer { pendingSpaceOverride = nil }
        return pendingSpaceOverride ?? space
    }
}

extension Array where Element == Inline {
    /// Drops leading/trailing breaks and blank text around images that were split out.
    func trimmedForLayout() -> [Inline] {
        var out = self
        func blank(_ i: Inline) -> Bool {
            switch i {
            case .softBreak, .lineBreak: return true
            case .text(let s): return s.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        while let f = out.first, blank(f) { out.removeFirst() }
        while let l = out.last, blank(l) { out.removeLast() }
        return out
    }
}
