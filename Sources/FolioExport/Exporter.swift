import FolioCharts
import FolioCore
import FolioHTML
import FolioLayout
import FolioMarkdown
import FolioRender
import FolioWidgetCharts
import FolioWidgets
import Foundation

/// Runs the pipeline for one report: parse, load images, present widgets, lay out, paint,
/// write. Everything is rendered in memory first, so a failure writes nothing.
public final class Exporter {
    public let resources: ResourceLocator
    private let fontCache: URL
    private var fontSystem: FontSystem?
    private var helperFontSystems: [FontSystem]?

    public init(resources: ResourceLocator, fontCache: URL) {
        self.resources = resources
        self.fontCache = fontCache
    }

    /// Fonts are loaded once per exporter (fontconfig scanning is the slowest part of start-up).
    func fonts() throws -> FontSystem {
        if let f = fontSystem { return f }
        let f = try warmer?.main() ?? FontSystem(fontsDirectory: resources.fonts, cacheDirectory: fontCache)
        fontSystem = f
        return f
    }

    private var warmer: FontWarmer?

    /// A theme loaded before the export asked for it (`folio export` reads it during start-up,
    /// for the fonts), by the name or path it was loaded from; a failure is kept to be thrown
    /// where the export would have thrown it.
    private var preloadedTheme: (name: String, theme: Result<Theme, any Error>)?

    /// Hands over a theme loaded early, so that the export does not read and decode it again.
    public func adopt(theme: Result<Theme, any Error>, named name: String) {
        preloadedTheme = (name, theme)
    }

    /// The theme `nameOrPath` names: the adopted one when it is that, else read now.
    private func theme(_ nameOrPath: String) throws -> Theme {
        if let early = preloadedTheme, early.name == nameOrPath { return try early.theme.get() }
        return try ThemeLoader(builtInDirectory: resources.themes).load(nameOrPath)
    }

    /// Starts making the fonts on another thread, warmed for `theme` (a name or a path), while
    /// the caller reads its input; the export waits for them. A failure surfaces there, as it
    /// would have without this. Also makes the helper that lays out half of a mid-sized report.
    public func prewarm(theme: String, helper: Bool = true) {
        guard let w = installWarmer(theme: theme, helper: helper) else { return }
        PlainThread.start { w.run() }
    }

    /// The warmer `prewarm` would start, installed but not running: the caller runs it on a
    /// thread of its own (`folio export` starts that thread before this exporter exists).
    /// Nil when fonts are already made or being made.
    public func installWarmer(theme: String, helper: Bool = true) -> FontWarmer? {
        guard fontSystem == nil, warmer == nil, helperFontSystems == nil else { return nil }
        let w = FontWarmer(resources: resources, fontCache: fontCache, theme: theme, helper: helper)
        warmer = w
        return w
    }

    /// Font systems for the extra layout threads (one per extra core, at most one here: the
    /// painter is single-threaded, so more would only add start-up cost).
    func helperFonts() throws -> [FontSystem] {
        if let h = helperFontSystems { return h }
        let extra = ProcessInfo.processInfo.activeProcessorCount > 1 ? 1 : 0
        let h = try (0..<extra).map { _ in try FontSystem(fontsDirectory: resources.fonts, cacheDirectory: fontCache) }
        helperFontSystems = h
        return h
    }

    /// Markdown size from which a helper font system warmed during start-up pays off (made
    /// cold, from about 60 KB).
    public static let warmHelperMinimumBytes = 12_000

    /// Helpers for a report of `bytes` of Markdown. Laying out a chunk on another thread pays
    /// off from about 60 KB when the helper's fonts are made cold, from `warmHelperMinimumBytes`
    /// for a warmed one. The warmed one is used once, then made afresh.
    private func helpers(forBytes bytes: Int) throws -> (ready: [FontSystem], late: [LateFontSystem]) {
        if let w = warmer, bytes >= Self.warmHelperMinimumBytes, let late = w.helper() {
            warmer = nil
            return ([], [late])
        }
        return (bytes >= 60_000 ? try helperFonts() : [], [])
    }

    /// Exports the Markdown file at `input`.
    public func export(markdownFile input: URL, options: ExportOptions, dataSource: (any WidgetDataSource)? = nil) throws -> ExportReport {
        try export(Self.source(markdownFile: input, sourceDateEpoch: options.sourceDateEpoch), options: options, dataSource: dataSource)
    }

    /// Exports an in-memory report.
    public func export(_ source: ReportSource, options: ExportOptions, dataSource: (any WidgetDataSource)? = nil) throws -> ExportReport {
        var timings: [(String, Double)] = []
        func timed<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            defer { timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
            return try work()
        }
        let theme = try timed("theme") { try self.theme(options.theme) }
        let parsed = timed("parse") { MarkdownParser().parse(source.markdown, sourcePath: source.fileName) }
        var diagnostics = parsed.diagnostics
        let document = parsed.document
        let images = timed("images") { ImageStore.load(for: document, baseDirectory: source.baseDirectory, remote: source.remoteImages) }
        let presenter = timed("widgets") { Self.presenter(for: document, dataSource: dataSource, theme: theme) }
        let plan = OutputPlan(baseName: source.name, output: options.output, formats: options.formats)
        var files: [(URL, Data)] = []
        let paged = options.formats.contains(.pdf) || options.formats.contains(.png)
        var layoutDiagnostics: [Diagnostic] = []
        if paged {
            // Decoded on another thread during layout, for the PDF writer.
            let prefetched = options.formats.contains(.pdf) && !images.images.isEmpty ? ImagePrefetch.start(images) : nil
            let fonts = try timed("fonts") { try self.fonts() }
            let layoutOptions = LayoutOptions(pageSize: options.pageSize, theme: theme, lineNumbers: options.lineNumbers, footerTitle: document.title, sourceName: source.fileName)
            let helpers = try timed("fonts") { try self.helpers(forBytes: source.markdown.utf8.count) }
            let engine = LayoutEngine(fonts: fonts, options: layoutOptions, helperFonts: helpers.ready, lateHelpers: helpers.late)
            let layout = timed("layout") { engine.layout(document, images: images, widgets: presenter) }
            layoutDiagnostics = layout.diagnostics
            if options.formats.contains(.pdf) {
                let meta = PDFMetadata(title: document.title, subject: source.description, creationDate: Self.isoDate(source.date))
                let pdf = try timed("pdf") { try PDFWriter.render(layout, metadata: meta, theme: theme, fonts: fonts, images: prefetched) }
                files.append((plan.url(for: .pdf), pdf))
            }
            if options.formats.contains(.png) {
                let pngs = try timed("png") { try PNGWriter.render(layout, ppi: options.ppi, theme: theme, fonts: fonts) }
                for (i, png) in pngs.enumerated() { files.append((plan.url(for: .png, page: i + 1), png)) }
            }
        }
        if options.formats.contains(.html) {
            let html = timed("html") {
                HTMLWriter(theme: theme, images: images, widgets: presenter, measurer: ApproximateTextMeasurer()).render(document)
            }
            files.append((plan.url(for: .html), Data(html.html.utf8)))
            if !paged { layoutDiagnostics = html.diagnostics }
        }
        diagnostics += layoutDiagnostics
        if options.strict, let first = diagnostics.first(where: { $0.severity == .warning }) {
            throw FolioError("--strict: \(first.description) (\(diagnostics.count) warning(s); nothing written)")
        }
        try timed("write") { try AtomicWriter.write(files) }
        return ExportReport(written: files.map(\.0), diagnostics: diagnostics, timings: timings)
    }

    /// Widgets drawn from `dataSource` (fetched concurrently, once), or placeholders without one.
    static func presenter(for document: Document, dataSource: (any WidgetDataSource)?, theme: Theme) -> WidgetPresenter {
        guard let source = dataSource, !document.widgets.isEmpty else { return PlaceholderWidgetPresenter(theme: theme) }
        let embeds = document.widgets
        let prefetch = blocking { await WidgetPrefetch.fetch(embeds, from: source) }
        return DataWidgetPresenter(prefetch: prefetch, theme: theme)
    }

    /// The laid-out pages of a report without writing anything (for `folio inspect frames` and tests).
    public func layout(_ source: ReportSource, options: ExportOptions, dataSource: (any WidgetDataSource)? = nil) throws -> LayoutResult {
        let theme = try self.theme(options.theme)
        let document = MarkdownParser().parse(source.markdown, sourcePath: source.fileName).document
        let images = ImageStore.load(for: document, baseDirectory: source.baseDirectory, remote: source.remoteImages)
        let layoutOptions = LayoutOptions(pageSize: options.pageSize, theme: theme, lineNumbers: options.lineNumbers, footerTitle: document.title, sourceName: source.fileName)
        return LayoutEngine(fonts: try fonts(), options: layoutOptions).layout(document, images: images, widgets: Self.presenter(for: document, dataSource: dataSource, theme: theme))
    }

    /// Reads a Markdown file into a `ReportSource` (date: SOURCE_DATE_EPOCH, else the file's mtime).
    public static func source(markdownFile input: URL, sourceDateEpoch: Int?) throws -> ReportSource {
        let text: String
        do { text = try String(contentsOf: input, encoding: .utf8) } catch {
            throw FolioError("cannot read the report (\(FileManager.default.fileExists(atPath: input.path) ? "not UTF-8 text" : "no such file"))", file: input.path)
        }
        let date = sourceDateEpoch.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? modificationDate(input.path) ?? Date(timeIntervalSince1970: 0)
        // Path strings rather than URL's `deletingLastPathComponent` and FileManager's
        // attributes: their first uses make the Swift runtime scan every protocol conformance
        // in the binary, on the critical path of a short export.
        let fileName = PathString.lastComponent(of: input.path)
        let dot = fileName.lastIndex(of: ".").flatMap { $0 == fileName.startIndex ? nil : $0 }
        return ReportSource(
            markdown: text, name: dot.map { String(fileName[..<$0]) } ?? fileName, fileName: fileName,
            baseDirectory: URL(fileURLWithPath: PathString.folder(of: input.path), isDirectory: true), date: date, description: nil)
    }

    private static func modificationDate(_ path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
    }

    /// ISO 8601 in UTC, whole seconds (`2023-11-14T22:13:20Z`), for cairo's PDF metadata and the
    /// manifests. Not ISO8601DateFormatter: its first use sets up Foundation's time-zone cache,
    /// with a runtime conformance scan, on every export.
    public static func isoDate(_ date: Date) -> String {
        ISOTime.internetDateTime(Int64(date.timeIntervalSince1970.rounded(.down)) * 1000)
    }
}

/// A report to export, wherever it came from (a file, a bundle, a server).
public struct ReportSource: Sendable {
    public var markdown: String
    /// Base name for output files.
    public var name: String
    /// Name used in diagnostics (`report.md`).
    public var fileName: String
    /// Folder that relative image paths are resolved against.
    public var baseDirectory: URL
    /// The report's own date, used as the PDF creation date.
    public var date: Date
    public var description: String?
    /// Loads remote images (a server's or a bundle's); without it they are not fetched.
    public var remoteImages: RemoteImageFetcher?

    public init(markdown: String, name: String, fileName: String, baseDirectory: URL, date: Date, description: String?, remoteImages: RemoteImageFetcher? = nil) {
        self.markdown = markdown
        self.name = name
        self.fileName = fileName
        self.baseDirectory = baseDirectory
        self.date = date
        self.description = description
        self.remoteImages = remoteImages
    }
}
