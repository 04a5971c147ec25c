import FolioCore
import FolioExport
import FolioServer
import FolioWidgets
import Foundation

/// Exports many reports: every (report, theme) in the requested formats, named by a template,
/// on `jobs` threads; a failing report is recorded and the others go on.
public struct BatchRunner: Sendable {
    /// Formats, page size, strictness… (`output` and `theme` are set per report).
    public var options: ExportOptions
    /// Themes; each report is exported once per theme.
    public var themes: [String]
    /// Output names.
    public var template: OutputTemplate
    /// The output folder.
    public var outputDirectory: URL
    /// Worker threads.
    public var jobs: Int
    /// Answers widgets of Markdown files and workspace reports.
    public var workspace: (any WidgetDataSource)?
    /// Answers server reports.
    public var server: ClearMLClient?
    /// Makes one exporter per worker.
    public var makeExporter: @Sendable () throws -> Exporter

    /// A runner; `template` defaults to the standard one (themed when there are several themes).
    public init(
        options: ExportOptions, themes: [String], template: OutputTemplate? = nil, outputDirectory: URL, jobs: Int,
        workspace: (any WidgetDataSource)?, server: ClearMLClient? = nil,
        makeExporter: @escaping @Sendable () throws -> Exporter
    ) {
        self.server = server
        self.options = options
        self.themes = themes.isEmpty ? [options.theme] : themes
        self.template = template ?? (self.themes.count > 1 ? .themed : .standard)
        self.outputDirectory = outputDirectory
        self.jobs = jobs
        self.workspace = workspace
        self.makeExporter = makeExporter
    }

    /// Exports `items` (already sharded); `names` gives each id its collision-free name.
    public func run(_ items: [BatchItem], names: [String: String], progress: BatchProgress?) -> BatchSummary {
        let runner = self
        let results = WorkerPool.run(count: items.count, threads: jobs, makeExporter: makeExporter) { exporter, i in
            let item = items[i]
            progress?.started(item)
            let result = runner.export(item, name: names[item.id] ?? item.name, exporter: exporter)
            progress?.finished(result)
            return result
        }
        return BatchSummary(results: results)
    }

    /// One report in every theme: rendered into a private folder, then moved to its template paths.
    func export(_ item: BatchItem, name: String, exporter: Exporter?) -> BatchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(item)
        defer { result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let scratch = outputDirectory.appendingPathComponent(
            ".folio-batch-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            guard let exporter else { throw FolioError("cannot load the fonts for this worker") }
            let (source, data) = try item.load(sourceDateEpoch: options.sourceDateEpoch, workspace: workspace, server: server)
            for theme in themes {
                var o = options
                o.theme = theme
                o.output = scratch.appendingPathComponent(theme, isDirectory: true)
                let report = try exporter.export(source, options: o, dataSource: data)
                result.warnings += report.diagnostics.filter { $0.severity == .warning }.map(\.description)
                var moves: [(URL, URL)] = []
                for file in report.written {
                    let relative = destination(for: file, base: source.name, project: item.project, name: name, theme: theme)
                    moves.append((file, outputDirectory.appendingPathComponent(relative)))
                    result.outputs.append(relative)
                }
                try Self.move(moves)
            }
            if !result.warnings.isEmpty { result.status = .warnings }
        } catch {
            result.status = .failed
            result.error = "\(error)"
        }
        return result
    }

    /// The template path of one written file (`<name>-N.png` pages keep their page suffix).
    func destination(for file: URL, base: String, project: String, name: String, theme: String) -> String {
        let ext = file.pathExtension
        let stem = file.deletingPathExtension().lastPathComponent
        let path = template.path(project: project, name: name, theme: theme, ext: ext)
        guard ext == "png", stem.hasPrefix(base + "-"), let page = Int(stem.dropFirst(base.count + 1)) else { return path }
        return String(path.dropLast(ext.count + 1)) + "-\(page).\(ext)"
    }

    /// Renames within the output folder's file system: each output appears complete or not at all.
    static func move(_ moves: [(URL, URL)]) throws {
        for (from, to) in moves {
            try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(from.path, to.path) == 0 else {
                throw FolioError("cannot move the finished file into place (\(String(cString: strerror(errno))))", file: to.path)
            }
        }
    }
}
