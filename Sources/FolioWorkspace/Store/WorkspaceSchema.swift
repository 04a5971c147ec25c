import Foundation
import GRDB

/// The workspace's SQLite schema. One row per task holds what the server would hold for it
/// (derived status, times, `last_metrics`); events live in their own tables.
enum WorkspaceSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE project (
                        id TEXT PRIMARY KEY NOT NULL,
                        name TEXT NOT NULL UNIQUE
                    );
                    CREATE TABLE task (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        project_id TEXT NOT NULL REFERENCES project(id),
                        type TEXT,
                        status TEXT NOT NULL,
                        comment TEXT,
                        tags TEXT NOT NULL,
                        system_tags TEXT NOT NULL,
                        hyperparams TEXT NOT NULL,
                        last_metrics TEXT NOT NULL,
                        created INTEGER,
                        last_update INTEGER,
                        last_iteration INTEGER NOT NULL,
                        digest TEXT NOT NULL,
                        source TEXT NOT NULL
                    );
                    -- One row per (series, iteration): a later event replaces an earlier one,
                    -- as the server's event id (task, iter, metric, variant) makes it.
                    CREATE TABLE scalar (
                        task_id TEXT NOT NULL,
                        metric TEXT NOT NULL,
                        variant TEXT NOT NULL,
                        iter INTEGER NOT NULL,
                        timestamp INTEGER NOT NULL,
                        value REAL,
                        PRIMARY KEY (task_id, metric, variant, iter)
                    ) WITHOUT ROWID;
                    CREATE TABLE event (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id TEXT NOT NULL,
                        type TEXT NOT NULL,
                        metric TEXT NOT NULL,
                        variant TEXT NOT NULL,
                        iter INTEGER NOT NULL,
                        timestamp INTEGER NOT NULL,
                        plot_str TEXT,
                        key TEXT NOT NULL,
                        url TEXT,
                        UNIQUE (task_id, type, metric, variant, iter, key) ON CONFLICT REPLACE
                    );
                    CREATE TABLE log (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id TEXT NOT NULL,
                        timestamp INTEGER NOT NULL,
                        level TEXT,
                        worker TEXT,
                        msg TEXT
                    );
                    CREATE INDEX log_task ON log(task_id);
                    CREATE TABLE resource (
                        url TEXT PRIMARY KEY NOT NULL,
                        task_id TEXT NOT NULL,
                        bytes BLOB NOT NULL
                    );
                    CREATE INDEX resource_task ON resource(task_id);
                    """)
        }
        return m
    }
}
