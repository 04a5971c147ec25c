import ArgumentParser
import FolioCore
import FolioExport
import Foundation

/// `folio export` once its arguments are read, as plain values: from ArgumentParser
/// (`ExportCommand`) or from the fast reader for the common local export (`ExportFastPath`).
struct ExportRequest {
    var input: String?
    var output: String?
    var formats: [String] = []
    var render = RenderSettings()
    var workspace: String?
    var timings = false
    /// A server report or a bundle to export instead of a Markdown file (nil: a Markdown file).
    var remote: () throws -> RemoteReport? = { nil }

    func run() throws {
        let formats = try resolvedFormats()
        var options = try render.exportOptions(formats: formats)
        options.output = output.map { URL(fileURLWithPath: $0, isDirectory: formats.count > 1 || $0.hasSuffix("/")) }
        let exporter = try Session.exporter()
        let report = try remote().map { try $0.export(with: exporter, options: options) }
            ?? exporter.export(markdownFile: URL(fileURLWithPath: input ?? ""), options: options, dataSource: try DataOptions.dataSource(workspace: workspace))
        for d in report.diagnostics { FileHandle.standardError.write(Data("folio: \(d)\n".utf8)) }
        if timings {
            for t in report.timings { FileHandle.standardError.write(Data(String(format: "%-8@ %8.4f s\n", t.stage as NSString, t.seconds).utf8)) }
        }
        for url in report.written { print(url.path) }
        if report.hasWarnings { throw ExitCode(3) }
    }

    private func resolvedFormats() throws -> [ExportFormat] {
        if formats.isEmpty {
            if let out = output, let f = ExportFormat.named((out as NSString).pathExtension) { return [f] }
            return [.pdf]
        }
        var out: [ExportFormat] = []
        for name in formats.flatMap({ $0.split(separator: ",").map(String.init) }) {
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
