import ArgumentParser
import FolioBatch
import FolioCore
import Foundation

/// `folio snapshot (FOLDER | --workspace WS --project NAME | --project NAME) --archive DIR`
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "Archive a dated snapshot of a project's reports: outputs, bundles and a manifest.")

    @OptionGroup var sources: BatchSourceOptions
    @OptionGroup var work: BatchWorkOptions

    @Option(name: .long, help: "The archive folder (snapshots go to DIR/<project>/<UTC time>/).")
    var archive: String

    @Option(name: .long, help: "Keep at most N snapshots (the newest is always kept).")
    var keep: Int?

    @Option(name: .long, help: "Delete snapshots older than D days (the newest is always kept).")
    var keepDays: Int?

    func run() throws {
        guard keep.map({ $0 >= 1 }) ?? true, keepDays.map({ $0 >= 0 }) ?? true else {
            throw ValidationError("--keep must be at least 1, --keep-days at least 0")
        }
        let options = try work.exportOptions(defaultFormats: [.pdf, .html])
        let selection = try sources.selection()
        defer { try? selection.client?.syncShutdown() }
        let items = selection.items
        let runner = SnapshotRunner(
            archive: URL(fileURLWithPath: archive), options: options, jobs: work.jobs, workspace: selection.workspace,
            retention: Retention(keep: keep, keepDays: keepDays), generator: "folio \(FolioVersion.current)", clock: { Date() },
            server: selection.client,
            makeExporter: { try Session.exporter() })
        let outcome = try runner.run(items, project: selection.project, source: selection.source)
        if !work.quiet { FileHandle.standardError.write(Data(outcome.summary.table.utf8)) }
        if outcome.unchanged, let previous = outcome.previous {
            FileHandle.standardError.write(
                Data(
                    "folio: nothing changed since \(previous.lastPathComponent): \(items.count) report(s) linked, none rendered\n"
                        .utf8))
        }
        for d in outcome.deleted { FileHandle.standardError.write(Data("folio: deleted old snapshot \(d)\n".utf8)) }
        print(outcome.folder.path)
        if outcome.summary.exitCode != 0 { throw ExitCode(outcome.summary.exitCode) }
    }
}
