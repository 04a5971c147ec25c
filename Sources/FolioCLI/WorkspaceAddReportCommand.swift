import ArgumentParser
import FolioCore
import FolioWorkspace
import Foundation

extension WorkspaceCommand {
    /// `folio workspace add-report FILE.md --project NAME --workspace WS`
    struct AddReport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-report",
            abstract: "Store a Markdown report in the workspace under a project (replacing one of the same name).")
        @Argument(help: "The Markdown report.") var file: String
        @Option(name: .long, help: "The project it belongs to.") var project: String
        @Option(name: .long, help: "Its name (default: the file name without .md).") var name: String?
        @Option(name: .long, help: "The workspace folder.") var workspace: String

        func run() throws {
            let url = URL(fileURLWithPath: file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw FolioError("cannot read the report (missing, or not UTF-8 text)", file: file)
            }
            let ws: Workspace
            do { ws = try Workspace.open(at: URL(fileURLWithPath: workspace)) } catch {
                throw FolioError("cannot open the workspace: \(error)", file: workspace)
            }
            let id = try ws.addReport(
                markdown: text, name: name ?? url.deletingPathExtension().lastPathComponent, project: project,
                baseDirectory: url.deletingLastPathComponent(), updated: Date())
            print("report\t\(id)\t\(project)\t\(name ?? url.deletingPathExtension().lastPathComponent)")
        }
    }
}
