// FolioWorkspace: ClearML offline sessions in, an embedded SQLite workspace out, which answers
// widget queries as `reports.get_task_data` would.
import FolioCore
import FolioWidgets
import Foundation
import GRDB

/// A local workspace of imported ClearML offline sessions, answering widget queries.
///
/// Identifiers:
/// - A task keeps its offline id (`offline-<uuid hex>`).
/// - A project's id is the hex md5 of its name (32 hex characters, the length of a server id),
///   so the same name always gives the same id across workspaces; queries accept the id or
///   the name. Parent projects of `a/b` exist as `a`.
/// - Stored files are addressed as `workspace:///data/<key>` (see `resourceURL(forKey:)`).
public struct Workspace: WidgetDataSource {
    let db: DatabaseQueue

    /// Opens (creating if needed) the workspace database file at `url`.
    public static func open(at url: URL) throws -> Workspace {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return try Workspace(db: DatabaseQueue(path: url.path))
    }

    /// A workspace that lives in memory only (tests, one-off exports).
    public static func inMemory() throws -> Workspace {
        try Workspace(db: DatabaseQueue())
    }

    init(db: DatabaseQueue) throws {
        self.db = db
        try WorkspaceSchema.migrator.migrate(db)
    }

    /// The stable project id for a project name: hex md5 of its UTF-8 name.
    public static func projectID(forName name: String) -> String {
        MetricHash.md5Hex(name)
    }

    /// The URL under which a session file `data/<key>` is stored and served by `resource(_:)`.
    public static func resourceURL(forKey key: String) -> String {
        "workspace:///data/" + key
    }

    /// Imports offline sessions: `.zip` files, unpacked session folders, or folders holding
    /// either (their children are imported in name order). Each session is one transaction:
    /// a failure stores nothing of that session and loses nothing already imported.
    public func `import`(paths: [URL]) -> ImportReport {
        var entries: [ImportReport.Entry] = []
        for path in paths.flatMap(Workspace.expand) {
            guard FileManager.default.fileExists(atPath: path.path) else {
                entries.append(
                    ImportReport.Entry(
                        path: path.path, taskID: nil, taskName: nil, outcome: .failed("no such file or folder"),
                        warnings: []))
                continue
            }
            do {
                let isZip = path.pathExtension.lowercased() == "zip"
                let session = try isZip ? OfflineSession.load(zip: path) : OfflineSession.load(folder: path)
                entries.append(try SessionImporter(session: session, source: path.path).run(in: db))
            } catch {
                entries.append(
                    ImportReport.Entry(
                        path: path.path, taskID: nil, taskName: nil, outcome: .failed("\(error)"), warnings: []))
            }
        }
        return ImportReport(entries: entries)
    }

    /// A folder without `task.json` stands for the sessions inside it.
    static func expand(_ url: URL) -> [URL] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue,
            !fm.fileExists(atPath: url.appendingPathComponent("task.json").path)
        else { return [url] }
        let children = (try? fm.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
        let sessions = children.filter { child in
            child.pathExtension.lowercased() == "zip"
                || fm.fileExists(atPath: child.appendingPathComponent("task.json").path)
        }
        return sessions.isEmpty ? [url] : sessions.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Answers a widget: its effective request body (body merged with the forwarded query).
    public func taskData(for query: WidgetQuery) async throws -> WidgetData {
        try taskData(request: query.effectiveRequestBody, widget: query.label)
    }

    /// Answers a raw `reports.get_task_data` request body.
    public func taskData(request: JSONObject, widget: String? = nil) throws -> WidgetData {
        do {
            return try db.read { db in try RequestAnswerer(request: request, db: db).answer() }
        } catch var error as WorkspaceError {
            error.widget = error.widget ?? widget
            throw error
        }
    }

    /// The bytes of a stored session file, by the URL an answer gave for it.
    public func resource(_ url: String) async throws -> Data {
        try storedResource(url)
    }

    /// The synchronous form of `resource(_:)`.
    public func storedResource(_ url: String) throws -> Data {
        let bytes = try db.read { db in
            try Data.fetchOne(db, sql: "SELECT bytes FROM resource WHERE url = ?", arguments: [url])
        }
        guard let bytes else { throw WorkspaceError(.unknownResource(url)) }
        return bytes
    }

    /// All projects, by name.
    public func projects() throws -> [ProjectRef] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM project ORDER BY name").map {
                ProjectRef(id: $0["id"], name: $0["name"])
            }
        }
    }

    /// All task ids, in import order.
    public func taskIDs() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT id FROM task ORDER BY seq") }
    }
}
