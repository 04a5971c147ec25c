import ArgumentParser
import FolioCore
import FolioWidgets
import FolioWorkspace
import Foundation

/// Where widget data comes from.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "A local workspace (made by `folio workspace import`) that answers the report's widgets.")
    var workspace: String?

    func dataSource() throws -> (any WidgetDataSource)? {
        try Self.dataSource(workspace: workspace)
    }

    /// The workspace at `workspace`, opened; nil without one.
    static func dataSource(workspace: String?) throws -> (any WidgetDataSource)? {
        guard let path = workspace else { return nil }
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FolioError("no workspace here (create one with `folio workspace import SESSION.zip --workspace \(path)`)", file: path)
        }
        do { return try Workspace.open(at: url) } catch { throw FolioError("cannot open the workspace: \(error)", file: path) }
    }
}
