import FolioWidgets
import Foundation
import GRDB

/// A report kept in the workspace: its Markdown and the folder its relative images resolve against.
public struct StoredReport: Sendable, Equatable {
    /// Stable id: hex md5 of `project/name`, so adding the same report again replaces it.
    public var id: String
    /// The project it belongs to.
    public var project: String
    /// The report's name (output base name).
    public var name: String
    /// The Markdown text.
    public var markdown: String
    /// Folder that relative image paths resolve against.
    public var baseDirectory: String
    /// When it was last added or replaced.
    public var updated: Date
}

extension Workspace {
    /// The reports table lives in its own migration, so older workspaces gain it on first use.
    static var reportsMigrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("reports-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE report (
                        id TEXT PRIMARY KEY NOT NULL,
                        project TEXT NOT NULL,
                        name TEXT NOT NULL,
                        markdown TEXT NOT NULL,
                        base_directory TEXT NOT NULL,
                        updated REAL NOT NULL,
                        UNIQUE (project, name)
                    );
                    """)
        }
        return m
    }

    /// Adds (or replaces) a report in `project`; returns its id.
    @discardableResult
    public func addReport(markdown: String, name: String, project: String, baseDirectory: URL, updated: Date) throws -> String {
        try Self.reportsMigrator.migrate(db)
        let id = MetricHash.md5Hex(project + "/" + name)
        try db.write { db in
            try db.execute(
                sql:
                    "INSERT OR REPLACE INTO report (id, project, name, markdown, base_directory, updated) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, project, name, markdown, baseDirectory.path, updated.timeIntervalSince1970])
        }
        return id
    }

    /// The reports of `project` (every project when nil), by name.
    public func reports(project: String?) throws -> [StoredReport] {
        try Self.reportsMigrator.migrate(db)
        return try db.read { db in
            let sql = "SELECT * FROM report" + (project == nil ? "" : " WHERE project = ?") + " ORDER BY project, name, id"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(project.map { [$0] } ?? [])).map {
                StoredReport(
                    id: $0["id"], project: $0["project"], name: $0["name"], markdown: $0["markdown"],
                    baseDirectory: $0["base_directory"], updated: Date(timeIntervalSince1970: $0["updated"]))
            }
        }
    }
}
