import FolioCore

/// Images and widgets: atomic items, never split, scaled down to the column and the page.
extension FlowBuilder {
    func image(_ img: ImageRef, _ ctx: FlowContext, space: Double) {
        guard let data = images.images[img.source] else {
            let reason = images.failures[img.source] ?? "not loaded"
            warn("image '\(img.source)': \(reason)", line: img.line)
            placeholder(title: "Image unavailable: \(img.alt.isEmpty ? img.source : img.alt)", detail: "\(img.source) — \(reason)", ctx, space: space, height: 54)
            return
        }
        // CSS pixels to points (96 px = 72 pt); shrink to the column and the page, never enlarge.
        var w = Double(data.pixelWidth) * 0.75, h = Double(data.pixelHeight) * 0.75
        let fit = min(1, ctx.width / w, options.contentHeight / h)
        w *= fit
        h *= fit
        var item = FlowItem(height: h, spaceBefore: space)
        item.frames = [.image(data, SceneRect(x: ctx.x, y: 0, width: w, height: h))]
        add(item, ctx)
    }

    func widget(_ w: WidgetEmbed, _ ctx: FlowContext, space: Double) {
        let width = Self.length(w.width, relativeTo: ctx.width) ?? ctx.width
        let height = Self.length(w.height, relativeTo: nil) ?? 300
        let presentation = widgets.present(w, width: min(width, ctx.width), height: height, measurer: measurer)
        diagnostics += presentation.diagnostics.map { d in
            var d = d
            d.file = d.file ?? options.sourceName
            return d
        }
        if let blocks = presentation.blocks {
            build(blocks, ctx, firstSpace: space)
            return
        }
        let scene = presentation.scene
        let scale = min(1, ctx.width / max(scene.width, 1), options.contentHeight / max(scene.height, 1))
        var item = FlowItem(height: scene.height * scale, spaceBefore: space)
        item.frames = [.scene(scene, origin: ScenePoint(ctx.x, 0), scale: scale)]
        add(item, ctx)
    }

    /// `100%`, `640`, `640px` (CSS pixels) as points; nil when absent or unreadable.
    static func length(_ value: String?, relativeTo whole: Double?) -> Double? {
        guard var v = value?.trimmingWhitespace(), !v.isEmpty else { return nil }
        if v.hasSuffix("%") {
            guard let whole, let p = Double(v.dropLast()) else { return nil }
            return whole * min(max(p, 1), 100) / 100
        }
        if v.hasSuffix("px") { v = String(v.dropLast(2)) }
        guard let px = Double(v), px > 0 else { return nil }
        return px * 0.75
    }

    /// A framed box with a title and a detail line, for what could not be drawn.
    func placeholder(title: String, detail: String, _ ctx: FlowContext, space: Double, height: Double) {
        var item = FlowItem(height: height, spaceBefore: space)
        item.frames.append(.rect(SceneRect(x: ctx.x, y: 0, width: ctx.width, height: height), fill: theme.colors.placeholderBackground, stroke: theme.colors.placeholderBorder, lineWidth: 1, radius: 4))
        var styled = StyledText()
        var bold = SpanStyle(color: theme.colors.text)
        bold.bold = true
        styled.append(title + "\n", bold)
        styled.append(detail, SpanStyle(color: theme.colors.muted))
        let block = TextBlock(styled, font: theme.fonts.body, size: theme.fonts.bodySize * 0.9, width: ctx.width - 20, lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
        item.height = max(height, block.height + 16)
        item.frames[0] = .rect(SceneRect(x: ctx.x, y: 0, width: ctx.width, height: item.height), fill: theme.colors.placeholderBackground, stroke: theme.colors.placeholderBorder, lineWidth: 1, radius: 4)
        item.frames.append(.text(block, lines: 0..<block.lines.count, origin: ScenePoint(ctx.x + 10, (item.height - block.height) / 2)))
        add(item, ctx)
    }
}
