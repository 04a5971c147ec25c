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
        /// A report on a ClearML server (answered by the server, recorded for a bundle).
        case server(ReportRecord)
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

    /// The report's own last update (ISO 8601), when known: the server's or bundle's record,
    /// the workspace's time of adding, the file's modification time.
    public var lastUpdate: String? {
        switch origin {
        case .server(let record): return record.date.map(Exporter.isoDate)
        case .bundle(let url): return (try? ReportBundle.open(url))?.report.record.date.map(Exporter.isoDate)
        case .stored(let report): return Exporter.isoDate(report.updated)
        case .markdown(let url):
            return (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date).map(Exporter.isoDate)
        }
    }

    /// The reports of a server project (the server answers their widgets).
    public static func discover(server client: ClearMLClient, project: String) throws -> [BatchItem] {
        let finder = ReportFinder(client: client)
        return try blockingThrowing { try await finder.reports(inProject: project) }.map {
            BatchItem(id: $0.id, project: project, name: $0.name, origin: .server($0))
        }
    }

    /// The export input and the data source answering its widgets (a server report's source
    /// records every answer, for its bundle).
    public func load(
        sourceDateEpoch: Int?, workspace: (any WidgetDataSource)?, server: ClearMLClient? = nil
    ) throws -> (ReportSource, (any WidgetDataSource)?) {
        switch origin {
        case .server(let record):
            guard let server else { throw FolioError("\(id): a server report needs a server connection") }
            let source = ServerSource(client: server, recorder: BundleRecorder())
            let markdown = record.report ?? ""
            let images = blocking { await source.images(LoadedReport.remoteImageSources(in: markdown)) }
            let report = LoadedReport(record: record, markdown: markdown, images: images)
            return (ReportSource(report.document(sourceDateEpoch: sourceDateEpoch)), source)
        case .markdown(let url):
            return (try Exporter.source(markdownFile: url, sourceDateEpoch: sourceDateEpoch), workspace)
        case .bundle(let url):
            let bundle = try ReportBundle.open(url)
            return (ReportSource(bundle.report.document(sourceDateEpoch: sourceDateEpoch)), bundle)
        case .stored(let report):
            let date = sourceDateEpoch.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? report.updated
            let source = ReportSource(
                markdown: report.markdown, name: report.name, fileName: report.name + ".md",
                baseDirectory: URL(fileURLWithPath: report.baseDirectory), date: date, description: nil)
            return (source, workspace)
        }
    }
}

extension ReportSource {
    /// The export input of a server or bundle report.
    init(_ d: ReportDocument) {
        self.init(
            markdown: d.markdown, name: d.name, fileName: d.fileName, baseDirectory: d.baseDirectory, date: d.date,
            description: d.description, remoteImages: d.remoteImages)
    }
}
