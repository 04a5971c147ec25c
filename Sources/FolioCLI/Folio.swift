// FolioCLI: argument parsing only; every command maps its flags onto library options.
import ArgumentParser
import CMallocTuning
import FolioCore
import FolioExport
import Foundation

/// `folio`: ClearML reports to PDF, PNG and HTML.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Turn ClearML experiment reports into PDF, PNG and self-contained HTML.",
        version: FolioVersion.current,
        subcommands: [
            ExportCommand.self, FetchCommand.self, WorkspaceCommand.self, InspectCommand.self, BatchCommand.self, SnapshotCommand.self,
            VerifyCommand.self,
        ])

    /// Exit codes: 0 ok, 1 failure (nothing written), 2 usage error, 3 written with warnings.
    static func main() {
        // Heaps grow by 8 MiB of address space at a time instead of 128 KiB (medium report:
        // 111 -> 107 ms side by side; peak RSS on large unchanged).
        _ = folio_set_heap_growth(8 << 20)
        let arguments = Array(CommandLine.arguments.dropFirst())
        Session.prewarm(arguments: arguments)
        do {
            if let request = ExportRequest(fastArguments: arguments) {
                try request.run()
            } else {
                var command = try fastExport(arguments) ?? parseAsRoot()
                try command.run()
            }
        } catch let error as FolioError {
            FileHandle.standardError.write(Data("folio: error: \(error)\n".utf8))
            Foundation.exit(1)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // ArgumentParser's own usage errors say 64; Folio promises 2.
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == ExitCode.validationFailure ? 2 : code.rawValue)
        }
    }
}

extension Folio {
    /// `folio export …` (in a form `ExportRequest(fastArguments:)` leaves to ArgumentParser)
    /// parsed as the export command alone: building the whole command tree
    /// (every subcommand's options, by reflection) costs milliseconds that a short export
    /// notices. Anything unusual (help, a usage error) goes through the full tree instead, so
    /// messages and help read exactly as they do for every other command.
    static func fastExport(_ arguments: [String]) -> ParsableCommand? {
        guard arguments.first == "export", !arguments.contains(where: { $0 == "-h" || $0 == "--help" || $0 == "help" }) else { return nil }
        return try? ExportCommand.parse(Array(arguments.dropFirst()))
    }
}

/// The version printed by `--version` and written into manifests.
enum FolioVersion {
    static let current = "0.1.0"
}
