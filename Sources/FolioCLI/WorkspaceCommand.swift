import ArgumentParser
import FolioCore
import FolioWorkspace
import Foundation

/// `folio workspace import|list`: the local store of ClearML offline sessions.
struct WorkspaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace", abstract: "Manage a local workspace of ClearML offline sessions.",
        subcommands: [Import.self, List.self, AddReport.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import offline sessions (.zip files or folders).")
        @Argument(help: "Session zips or folders written by the ClearML SDK in offline mode.")
        var paths: [String]
        @Option(name: .long, help: "The workspace folder (created if missing).")
        var workspace: String

        func run() throws {
            guard !paths.isEmpty else { throw ValidationError("give at least one session") }
            let ws: Workspace
            do { ws = try Workspace.open(at: URL(fileURLWithPath: workspace)) } catch {
                throw FolioError("cannot open the workspace: \(error)", file: workspace)
            }
            let report = ws.import(paths: paths.map { URL(fileURLWithPath: $0) })
            for e in report.entries {
                print("\(e.outcome)\t\(e.taskID ?? "-")\t\(e.taskName ?? "-")\t\(e.path)")
                for w in e.warnings { FileHandle.standardError.write(Data("folio: \(e.path): warning: \(w)\n".utf8)) }
            }
            if !report.failures.isEmpty {
                for f in report.failures { FileHandle.standardError.write(Data("folio: \(f.path): error: \(f.outcome)\n".utf8)) }
                throw ExitCode(1)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the projects and tasks of a workspace.")
        @Option(name: .long) var workspace: String
        func run() throws {
            let ws = try Workspace.open(at: URL(fileURLWithPath: workspace))
            for p in try ws.projects() { print("project\t\(p.id)\t\(p.name ?? "")") }
            for t in try ws.taskIDs() { print("task\t\(t)") }
        }
    }
}
