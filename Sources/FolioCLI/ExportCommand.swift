import ArgumentParser
import FolioCore
import FolioExport
import FolioLayout
import Foundation

/// `folio export (INPUT | --report ID | --project NAME --name REPORT) [-o OUTPUT] [--format …]…`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export one report to PDF, PNG and/or HTML.")

    @Argument(help: "The report: a Markdown file, a bundle folder (from `folio fetch`), or a report's web URL.")
    var input: String?

    @Option(name: .shortAndLong, help: "Output file (one format) or directory (several formats).")
    var output: String?

    @Option(name: .long, help: "pdf, png or html; repeat for several, or 'all'. Default: from OUTPUT's extension, else pdf.")
    var format: [String] = []

    @OptionGroup var render: RenderOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var selection: ReportSelection
    @OptionGroup var server: ServerOptions

    @Option(name: .long, help: "Also save the server report as a frozen bundle in this folder.")
    var saveBundle: String?

    @Flag(name: .long, help: "Print how long each stage took.")
    var timings = false

    func run() throws {
        let formats = try resolvedFormats()
        var options = try render.exportOptions(formats: formats)
        options.output = output.map { URL(fileURLWithPath: $0, isDirectory: formats.count > 1 || $0.hasSuffix("/")) }
        let exporter = try Session.exporter()
        let remote = try RemoteReport.resolve(input: input, selection: selection, server: server, saveBundle: saveBundle, workspace: data.workspace)
        let report = try remote.map { try $0.export(with: exporter, options: options) }
            ?? exporter.export(markdownFile: URL(fileURLWithPath: input ?? ""), options: options, dataSource: try data.dataSource())
        for d in report.diagnostics { FileHandle.standardError.write(Data("folio: \(d)\n".utf8)) }
        if timings {
            for t in report.timings { FileHandle.standardError.write(Data(String(format: "%-8@ %8.4f s\n", t.stage as NSString, t.seconds).utf8)) }
        }
        for url in report.written { print(url.path) }
        if report.hasWarnings { throw ExitCode(3) }
    }

    private func resolvedFormats() throws -> [ExportFormat] {
        if format.isEmpty {
            if let out = output, let f = ExportFormat.named((out as NSString).pathExtension) { return [f] }
            return [.pdf]
        }
        var out: [ExportFormat] = []
        for name in format.flatMap({ $0.split(separator: ",").map(String.init) }) {
            if name.lowercased() == "all" {
                out += ExportFormat.all
            } else if let f = ExportFormat.named(name) {
                out.append(f)
            } else {
                throw ValidationError("unknown format '\(name)' (pdf, png, html, all)")
            }
        }
        return ExportFormat.all.filter(out.contains)
    }
}
