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
        try request.run()
    }

    /// The parsed flags as plain values.
    var request: ExportRequest {
        let (input, selection, server, saveBundle, workspace) = (input, selection, server, saveBundle, data.workspace)
        return ExportRequest(
            input: input, output: output, formats: format, render: render.settings, workspace: workspace, timings: timings,
            remote: { try RemoteReport.resolve(input: input, selection: selection, server: server, saveBundle: saveBundle, workspace: workspace) })
    }
}
