import FolioCore
import Foundation

/// Document -> flat list of `FlowItem`s: every block laid out at its container's width, split
/// into the pieces a page break may fall between.
final class FlowBuilder {
    let options: LayoutOptions
    let fonts: FontSystem
    let images: ImageStore
    let widgets: WidgetPresenter
    let measurer: TextMeasurer
    var items: [FlowItem] = []
    var tableHeaders: [Int: [FlowItem]] = [:]
    var diagnostics: [Diagnostic] = []
    /// Ids of containers and tables; builders working on separate chunks start far apart.
    var nextID = 0
    /// Set by a heading: the block after it gets the smaller heading gap.
    var pendingSpaceOverride: Double? = nil
    var markerCache: [String: TextBlock] = [:]
    var theme: Theme { options.theme }
    lazy var styler = InlineStyler(theme: theme)

    init(options: LayoutOptions, fonts: FontSystem, images: ImageStore, widgets: WidgetPresenter, measurer: TextMeasurer) {
        self.options = options
        self.fonts = fonts
        self.images = images
        self.widgets = widgets
        self.measurer = measurer
    }

    func newID() -> Int {
        nextID += 1
        return nextID
    }

    func warn(_ message: String, line: Int?) {
        diagnostics.append(.warning(message, file: options.sourceName, line: line))
    }

    /// Lays out `blocks`; the first block gets `firstSpace` above it instead of its usual space.
    func build(_ blocks: [Block], _ ctx: FlowContext, firstSpace: Double? = nil, tight: Bool = false) {
        for (i, block) in blocks.enumerated() {
            let space = i == 0 ? (firstSpace ?? spaceBefore(block)) : (tight ? theme.spacing.listItem : spaceBefore(block))
            build(block, ctx, space: space)
            // "The chart below:" introduces what follows; keep it on the same page.
            if case .paragraph(let inlines) = block, i + 1 < blocks.count, Self.introduces(blocks[i + 1]),
                inlines.plainText.trimmingWhitespace().hasSuffix(":"), !items.isEmpty
            {
                items[items.count - 1].keepWithNext = true
            }
        }
    }

    private static func introduces(_ block: Block) -> Bool {
        switch block {
        case .image, .widget, .code, .table, .list: return true
        default: return false
        }
    }

    func spaceBefore(_ block: Block) -> Double {
        if case .heading = block { return theme.spacing.headingAbove }
        return theme.spacing.paragraph
    }

    func build(_ block: Block, _ ctx: FlowContext, space requested: Double) {
        let space = takeSpace(requested)
        switch block {
        case .heading(let h): heading(h, ctx, space: space)
        case .paragraph(let inlines): paragraph(inlines, ctx, space: space)
        case .blockquote(let inner):
            var inner_ctx = ctx
            let bar = Decoration(id: newID(), x: ctx.x, width: theme.quote.barWidth, color: theme.quote.bar)
            inner_ctx.x += theme.spacing.quoteIndent
            inner_ctx.width -= theme.spacing.quoteIndent
            inner_ctx.decorations.append(bar)
            inner_ctx.textColor = theme.quote.text
            build(inner, inner_ctx, firstSpace: space)
        case .list(let list): self.list(list, ctx, space: space)
        case .code(let code): self.code(code, ctx, space: space)
        case .table(let table): self.table(table, ctx, space: space)
        case .thematicBreak:
            var item = FlowItem(height: 12, spaceBefore: space)
            item.frames = [.line(from: ScenePoint(ctx.x, 6), to: ScenePoint(ctx.x + ctx.width, 6), color: theme.colors.rule, width: 1)]
            add(item, ctx)
        case .details(let d): details(d, ctx, space: space)
        case .widget(let w): widget(w, ctx, space: space)
        case .image(let img): image(img, ctx, space: space)
        }
    }

    /// Appends an item, stamping the container decorations on it.
    func add(_ item: FlowItem, _ ctx: FlowContext) {
        var it = item
        it.decorations = ctx.decorations + it.decorations
        items.append(it)
    }

    /// Lays out styled text at the context's width and appends one item per line, with the
    /// orphan and widow rules applied (first two and last two lines stay together).
    @discardableResult
    func textLines(
        _ styled: StyledText, _ ctx: FlowContext, size: Double, space: Double, alignment: TextBlock.Alignment = .left,
        font: String? = nil
    ) -> Range<Int> {
        let block = TextBlock(
            styled, font: font ?? theme.fonts.body, size: size, width: ctx.width, alignment: alignment,
            lineSpacing: theme.fonts.lineHeight, monospaceFamily: theme.fonts.mono, fonts: fonts)
        let first = items.count
        for (i, line) in block.lines.enumerated() {
            let next = i + 1 < block.lines.count ? block.lines[i + 1].top : block.height
            var item = FlowItem(height: next - line.top, spaceBefore: i == 0 ? space : 0)
            item.frames = [.text(block, lines: i..<(i + 1), origin: ScenePoint(ctx.x, -line.top))]
            for link in block.links where abs(link.y - line.top) < 0.01 {
                item.frames.append(.link(SceneRect(x: ctx.x + link.x, y: 0, width: link.width, height: link.height), url: link.url))
            }
            item.firstBaseline = line.baseline - line.top
            item.glueToPrevious = i > 0 && (i == 1 || i == block.lines.count - 1)
            add(item, ctx)
        }
        return first..<items.count
    }

    func baseStyle(_ ctx: FlowContext) -> SpanStyle { SpanStyle(color: ctx.textColor) }
}
