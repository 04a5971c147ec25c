// FolioBatch: many reports (a folder, a workspace project) in, many outputs out: batch
// exports, dated snapshots with manifests, and their verification.
import FolioCore
import FolioExport
import FolioServer
import FolioWidgets
import FolioWorkspace
import Foundation

/// One report of a batch or snapshot, wherever it is stored.
public struct BatchItem: Sendable, Equatable {
    /// Where the report's text and widget data come from.
    public enum Origin: Sendable, Equatable {
        /// A Markdown file (widgets answered by the batch's workspace, if any).
        case markdown(URL)
        /// A frozen bundle folder (answers its own widgets).
        case bundle(URL)
        /// A report stored in a workspace (answered by that workspace).
        case stored(StoredReport)
    }

    /// Stable identity: the path relative to the batch folder, or the workspace report id.
    public var id: String
    /// The project it is filed under (`{project}` in templates).
    public var project: String
    /// The report name (`{name}` in templates).
    public var name: String
    /// Where it comes from.
    public var origin: Origin

    /// A report from its parts.
    public init(id: String, project: String, name: String, origin: Origin) {
        self.id = id
        self.project = project
        self.name = name
        self.origin = origin
    }

    /// Every `.md` file and bundle folder directly inside `folder`, by file name. The project is
    /// the folder's name (a bundle's own project when it records one).
    public static func discover(folder: URL) throws -> [BatchItem] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw FolioError("not a folder", file: folder.path)
        }
        let project = folder.standardizedFileURL.lastPathComponent
        var items: [BatchItem] = []
        for child in try fm.contentsOfDirectory(atPath: folder.path).sorted() where !child.hasPrefix(".") {
            let url = folder.appendingPathComponent(child)
            if ReportBundle.isBundle(url) {
                let record = try? ReportBundle.open(url).report.record
                items.append(
                    BatchItem(
                        id: child, project: record?.projectName.flatMap { $0.isEmpty ? nil : $0 } ?? project,
                        name: record?.name ?? child, origin: .bundle(url)))
            } else if url.pathExtension.lowercased() == "md" {
                items.append(
                    BatchItem(
                        id: child, project: project, name: url.deletingPathExtension().lastPathComponent, origin: .markdown(url)))
            }
        }
        return items
    }

    /// The reports a workspace holds for `project`.
    public static func discover(workspace: Workspace, project: String) throws -> [BatchItem] {
        try workspace.reports(project: project).map {
            BatchItem(id: $0.id, project: $0.project, name: $0.name, origin: .stored($0))
        }
    }

    /// The export input and the data source answering its widgets.
    public func load(sourceDateEpoch: Int?, workspace: (any WidgetDataSource)?) throws -> (ReportSource, (any WidgetDataSource)?)
    {
        switch origin {
        case .markdown(let url):
            return (try Exporter.source(markdownFile: url, sourceDateEpoch: sourceDateEpoch), workspace)
        case .bundle(let url):
            let bundle = try ReportBundle.open(url)
            let d = bundle.report.document(sourceDateEpoch: sourceDateEpoch)
            let source = ReportSource(
                markdown: d.markdown, name: d.name, fileName: d.fileName, baseDirectory: d.baseDirectory, date: d.date,
                description: d.description, remoteImages: d.remoteImages)
            return (source, bundle)
        case .stored(let report):
            let date = sourceDateEpoch.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? report.updated
            let source = ReportSource(
                markdown: report.markdown, name: report.name, fileName: report.name + ".md",
                baseDirectory: URL(fileURLWithPath: report.baseDirectory), date: date, description: nil)
            return (source, workspace)
        }
    }
}
