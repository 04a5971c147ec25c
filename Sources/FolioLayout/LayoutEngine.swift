import FolioCore
import Foundation

/// Document -> pages: builds the flow, paginates it, adds page backgrounds and footers.
public struct LayoutEngine {
    public let fonts: FontSystem
    public let options: LayoutOptions
    /// More font systems (one per extra thread): long documents are laid out in chunks in parallel.
    public let helperFonts: [FontSystem]
    /// Helper font systems that may still be loading on another thread; a chunk waits for its own.
    public let lateHelpers: [LateFontSystem]

    public init(fonts: FontSystem, options: LayoutOptions, helperFonts: [FontSystem] = [], lateHelpers: [LateFontSystem] = []) {
        self.fonts = fonts
        self.options = options
        self.helperFonts = helperFonts
        self.lateHelpers = lateHelpers
    }

    /// The column width body text is set in (charts are built for it).
    public var contentWidth: Double { options.contentWidth }

    /// A measurer backed by the same fonts as the pages.
    public var measurer: TextMeasurer { PangoTextMeasurer(fonts: fonts, theme: options.theme) }

    public func layout(_ document: Document, images: ImageStore, widgets: WidgetPresenter) -> LayoutResult {
        let theme = options.theme
        let ctx = FlowContext(x: theme.page.marginLeft, width: options.contentWidth, textColor: theme.colors.text)
        let helpers = helperFonts.map { f in LateFontSystem { f } } + lateHelpers
        let chunks = ChunkSplitter.split(
            document.blocks, parts: 1 + helpers.count,
            minimumWeight: lateHelpers.isEmpty ? ChunkSplitter.minimumWeight : ChunkSplitter.minimumWeightWarm)
        let options = self.options
        nonisolated(unsafe) let widgets = widgets
        @Sendable func builder(_ i: Int, _ system: FontSystem) -> FlowBuilder {
            let b = FlowBuilder(options: options, fonts: system, images: images, widgets: widgets, measurer: PangoTextMeasurer(fonts: system, theme: theme))
            b.nextID = i * 10_000_000
            b.build(chunks[i], ctx, firstSpace: i == 0 ? 0 : nil)
            return b
        }
        // Each chunk has its own Pango context and font map, so the threads share no Pango state.
        // A thread of its own per helper chunk (concurrentPerform may run every iteration on
        // the calling thread when no worker is free yet, which would serialise the chunks).
        let shared = UncheckedBuilders(count: chunks.count)
        let done = DispatchGroup()
        for i in chunks.indices.dropFirst() {
            done.enter()
            PlainThread.start {
                if let system = helpers[i - 1].get() { shared.value[i] = builder(i, system) }
                done.leave()
            }
        }
        shared.value[0] = builder(0, fonts)
        done.wait()
        // A helper that could not be made: its chunk is laid out here, after the others.
        let builders = chunks.indices.map { i in shared.value[i] ?? builder(i, fonts) }
        let items = builders.flatMap(\.items)
        let headers = builders.reduce(into: [Int: [FlowItem]]()) { all, b in all.merge(b.tableHeaders) { a, _ in a } }
        let diagnostics = builders.flatMap(\.diagnostics)
        let (bodies, outline) = Paginator(options: options, tableHeaders: headers).paginate(items)
        let title = footerTitle()
        let pages = bodies.enumerated().map { index, items in
            Page(
                width: options.pageSize.width, height: options.pageSize.height, background: theme.page.background,
                items: items + footer(title, page: index + 1, of: bodies.count))
        }
        return LayoutResult(pages: pages, outline: outline, diagnostics: diagnostics)
    }

    /// The footer title, laid out once; room is left for the widest "Page N of M".
    private func footerTitle() -> TextBlock {
        let theme = options.theme
        var left = StyledText()
        left.append(options.footerTitle, SpanStyle(color: theme.colors.muted))
        let titleWidth = max(options.contentWidth * 0.75, 40)
        return TextBlock(left, font: theme.fonts.body, size: theme.fonts.footerSize, width: titleWidth, lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
    }

    /// Report title on the left, "Page N of M" on the right, in the bottom margin.
    private func footer(_ titleBlock: TextBlock, page: Int, of total: Int) -> [FrameItem] {
        let theme = options.theme
        let width = options.contentWidth
        let baselineY = options.pageSize.height - theme.page.marginBottom / 2
        var out: [FrameItem] = []
        var right = StyledText()
        right.append("Page \(page) of \(total)", SpanStyle(color: theme.colors.muted))
        let pageBlock = TextBlock(right, font: theme.fonts.body, size: theme.fonts.footerSize, width: nil, lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
        if let l = titleBlock.lines.first {
            // One line only: a long title is cut at the first line rather than pushing into the page.
            out.append(.text(titleBlock, lines: 0..<1, origin: ScenePoint(theme.page.marginLeft, baselineY - l.baseline)))
        }
        if let l = pageBlock.lines.first {
            out.append(.text(pageBlock, lines: 0..<1, origin: ScenePoint(theme.page.marginLeft + width - pageBlock.naturalWidth, baselineY - l.baseline)))
        }
        return out
    }
}

/// Collects the per-chunk builders from the worker threads; each thread writes only its own
/// slot (raw storage: an Array in a class would be one shared variable, checked for exclusivity).
private final class UncheckedBuilders: @unchecked Sendable {
    let value: UnsafeMutableBufferPointer<FlowBuilder?>
    init(count: Int) {
        value = .allocate(capacity: count)
        value.initialize(repeating: nil)
    }
    deinit {
        value.deinitialize()
        value.deallocate()
    }
}

/// A font system being made on another thread: `get` waits until it is ready (nil if making it
/// failed). The value is handed over, so it must not be used by its maker afterwards.
public struct LateFontSystem: Sendable {
    public let get: @Sendable () -> FontSystem?
    public init(_ get: @escaping @Sendable () -> FontSystem?) { self.get = get }
}
