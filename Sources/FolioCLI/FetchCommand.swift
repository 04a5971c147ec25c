import ArgumentParser
import FolioCore
import FolioServer
import Foundation

/// `folio fetch (URL | --report ID | --project NAME --name REPORT) -o BUNDLE`
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Save a report from a ClearML server as a frozen bundle (docs/bundle-format.md), for exporting without network.")

    @Argument(help: "The report's web address (…/reports/<project id>/<report id>), or use --report / --project with --name.")
    var url: String?

    @OptionGroup var selection: ReportSelection

    @Option(name: .shortAndLong, help: "The bundle folder to write (replaced if it is already a bundle).")
    var output: String

    @OptionGroup var server: ServerOptions

    func run() throws {
        guard let locator = try selection.locator(input: url) else {
            throw ValidationError("name the report: a report URL, --report ID, or --project NAME --name REPORT")
        }
        let config = try server.configuration()
        let client = ClearMLClient(configuration: config)
        defer { try? client.syncShutdown() }
        let recorder = BundleRecorder()
        let source = ServerSource(client: client, recorder: recorder)
        let folder = URL(fileURLWithPath: output)
        try BundleWriter.checkTarget(folder)
        let report = try awaiting { try await BundleWriter.fetchEverything(locator, from: source) }
        try awaiting {
            try await BundleWriter(generator: "folio \(FolioVersion.current)").write(report, recorder: recorder, configuration: config, to: folder)
        }
        let failures = try awaiting { await recorder.exchanges.values.compactMap { e -> String? in
            if case .failure(let why) = e.outcome { return "widget '\(e.query.label)': \(why)" }
            return nil
        }.sorted() }
        for f in failures { FileHandle.standardError.write(Data("folio: warning: \(f)\n".utf8)) }
        print(folder.path)
        if !failures.isEmpty { throw ExitCode(3) }
    }
}
