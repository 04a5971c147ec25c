import ArgumentParser
import FolioBatch
import FolioCore
import FolioExport
import FolioWorkspace
import Foundation

/// Which reports a batch or snapshot covers: a folder, or a workspace project.
struct BatchSourceOptions: ParsableArguments {
    @Argument(help: "A folder of .md files and bundle folders.")
    var folder: String?

    @Option(name: .long, help: "With --workspace: the project whose stored reports to use.")
    var project: String?

    @OptionGroup var data: DataOptions

    /// The reports, their source label, the project name and the workspace answering widgets.
    func items() throws -> (items: [BatchItem], source: String, project: String, workspace: Workspace?) {
        let workspace = try data.dataSource() as? Workspace
        if let folder {
            guard project == nil else { throw ValidationError("give a FOLDER or --workspace WS --project NAME, not both") }
            let url = URL(fileURLWithPath: folder)
            let items = try BatchItem.discover(folder: url)
            guard !items.isEmpty else { throw FolioError("no reports here (.md files or bundle folders)", file: folder) }
            return (items, url.standardizedFileURL.path, url.standardizedFileURL.lastPathComponent, workspace)
        }
        guard let workspace, let project, let path = data.workspace else {
            throw ValidationError("give a FOLDER, or --workspace WS --project NAME")
        }
        let items = try BatchItem.discover(workspace: workspace, project: project)
        guard !items.isEmpty else {
            throw FolioError("no reports in project '\(project)' (add some with `folio workspace add-report`)", file: path)
        }
        return (items, "workspace:\(path)", project, workspace)
    }
}

/// How many reports run at once, in which formats and themes, and how loudly.
struct BatchWorkOptions: ParsableArguments {
    @OptionGroup var render: RenderOptions

    @Option(name: .long, help: "pdf, png, html or all; repeatable (default: batch pdf, snapshot pdf and html).")
    var format: [String] = []

    @Option(name: .long, help: "Reports exported at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "No progress and no summary table.")
    var quiet = false

    /// The export options, `fallback` formats when none were given.
    func exportOptions(defaultFormats fallback: [ExportFormat]) throws -> ExportOptions {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        var out: [ExportFormat] = []
        for name in format.flatMap({ $0.split(separator: ",").map(String.init) }) {
            if name.lowercased() == "all" {
                out += ExportFormat.all
                continue
            }
            guard let f = ExportFormat.named(name) else {
                throw ValidationError("unknown format '\(name)' (pdf, png, html, all)")
            }
            out.append(f)
        }
        return try render.exportOptions(formats: out.isEmpty ? fallback : ExportFormat.all.filter(out.contains))
    }
}

/// `folio batch (FOLDER | --workspace WS --project NAME) --out DIR`
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", abstract: "Export every report of a folder or workspace project.")

    @OptionGroup var sources: BatchSourceOptions
    @OptionGroup var work: BatchWorkOptions

    @Option(name: .long, help: "The output folder.")
    var out: String

    @Option(name: .long, help: "Output path template: {project} {name} {theme} {ext} (default {project}/{name}.{ext}).")
    var template: String?

    @Option(name: .long, help: "Export only shard I of N (0-based), e.g. 0/4; each report lands in exactly one shard.")
    var shard: String?

    @Option(name: .long, help: "Also write the summary as JSON to this file.")
    var summaryJson: String?

    func run() throws {
        let options = try work.exportOptions(defaultFormats: [.pdf])
        let themes = work.render.themes.isEmpty ? ["light"] : work.render.themes
        let tmpl = template.map(OutputTemplate.init)
        try (tmpl ?? .standard).validate(themes: tmpl == nil ? 1 : themes.count)
        let (all, _, _, workspace) = try sources.items()
        let runner = BatchRunner(
            options: options, themes: themes, template: tmpl, outputDirectory: URL(fileURLWithPath: out), jobs: work.jobs,
            workspace: workspace, makeExporter: { try Session.exporter() })
        let names = runner.template.uniqueNames(all)
        let parsedShard = try shard.map(Shard.init(parsing:))
        let items = parsedShard.map { s in all.filter { s.contains(id: $0.id) } } ?? all
        let progress = BatchProgress(style: work.quiet ? .none : isatty(2) == 1 ? .bar : .lines, total: items.count)
        let summary = runner.run(items, names: names, progress: progress)
        if !work.quiet { FileHandle.standardError.write(Data(summary.table.utf8)) }
        if let summaryJson { try AtomicWriter.write([(URL(fileURLWithPath: summaryJson), try summary.json())]) }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

}
