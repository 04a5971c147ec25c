import ArgumentParser
import FolioBatch
import FolioCore
import FolioExport
import FolioServer
import FolioWorkspace
import Foundation

/// Which reports a batch or snapshot covers: a folder, a workspace project, or a server project.
struct BatchSourceOptions: ParsableArguments {
    @Argument(help: "A folder of .md files and bundle folders.")
    var folder: String?

    @Option(name: .long, help: "The project: with --workspace its stored reports, else its reports on the ClearML server.")
    var project: String?

    @OptionGroup var data: DataOptions
    @OptionGroup var server: ServerOptions

    /// What was chosen: the reports, a label for the source, the project, and who answers widgets.
    struct Selection {
        var items: [BatchItem]
        var source: String
        var project: String
        var workspace: Workspace?
        /// Open for server projects; shut down when the run ends.
        var client: ClearMLClient?
    }

    func selection() throws -> Selection {
        let workspace = try data.dataSource() as? Workspace
        if let folder {
            guard project == nil else {
                throw ValidationError("give a FOLDER, or --project NAME (with or without --workspace), not both")
            }
            let url = URL(fileURLWithPath: folder)
            let items = try BatchItem.discover(folder: url)
            guard !items.isEmpty else { throw FolioError("no reports here (.md files or bundle folders)", file: folder) }
            return Selection(
                items: items, source: url.standardizedFileURL.path, project: url.standardizedFileURL.lastPathComponent,
                workspace: workspace)
        }
        guard let project else {
            throw ValidationError("give a FOLDER, --workspace WS --project NAME, or --project NAME (server)")
        }
        if let workspace, let path = data.workspace {
            let items = try BatchItem.discover(workspace: workspace, project: project)
            guard !items.isEmpty else {
                throw FolioError("no reports in project '\(project)' (add some with `folio workspace add-report`)", file: path)
            }
            return Selection(items: items, source: "workspace:\(path)", project: project, workspace: workspace)
        }
        let configuration = try server.configuration()
        let client = ClearMLClient(configuration: configuration)
        // The address only: a user or password written into the URL never reaches a manifest.
        var address = URLComponents(string: configuration.apiServer)
        address?.user = nil
        address?.password = nil
        let host = address?.string ?? "server"
        do {
            let items = try BatchItem.discover(server: client, project: project)
            guard !items.isEmpty else { throw FolioError("no reports in project '\(project)' on \(host)") }
            return Selection(items: items, source: host, project: project, client: client)
        } catch {
            try? client.syncShutdown()
            throw error
        }
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

/// `folio batch (FOLDER | --workspace WS --project NAME | --project NAME) --out DIR`
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", abstract: "Export every report of a folder, a workspace project or a ClearML server project.")

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
        let selection = try sources.selection()
        defer { try? selection.client?.syncShutdown() }
        let all = selection.items
        let runner = BatchRunner(
            options: options, themes: themes, template: tmpl, outputDirectory: URL(fileURLWithPath: out), jobs: work.jobs,
            workspace: selection.workspace, server: selection.client, makeExporter: { try Session.exporter() })
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
