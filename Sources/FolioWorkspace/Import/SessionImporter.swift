import FolioWidgets
import Foundation
import GRDB

/// Writes one offline session into the workspace inside one transaction, deriving what the
/// server would hold for the task (status `completed`, times, `last_iteration`, `last_metrics`).
struct SessionImporter {
    /// The iteration the SDK gives single values (`report_single_value`): −2^31.
    static let singleValueIteration = Int(Int32.min)

    let session: OfflineSession
    let source: String

    /// Imports, or reports why not; a thrown error rolls the whole session back.
    func run(in db: DatabaseQueue) throws -> ImportReport.Entry {
        let task: OfflineTask
        do {
            task = try JSONDecoder().decode(OfflineTask.self, from: session.taskJSON)
        } catch {
            throw ImportFailure("task.json is not a task record (\(error))")
        }
        var entry = ImportReport.Entry(
            path: source, taskID: task.id, taskName: task.name, outcome: .unchanged, warnings: [])
        let digest = session.digest
        let previous = try db.read { db in
            try String.fetchOne(db, sql: "SELECT digest FROM task WHERE id = ?", arguments: [task.id])
        }
        if previous == digest { return entry }

        let metricEvents: [RawEvent]
        do {
            metricEvents = try session.metrics.map(EventLineParser.parse) ?? []
        } catch {
            throw ImportFailure("metrics.jsonl: \(error)")
        }
        var logEvents: [RawEvent] = []
        do {
            logEvents = try session.log.map(EventLineParser.parse) ?? []
        } catch {
            entry.warnings.append("log.jsonl skipped: \(error)")
        }

        var counts = ImportReport.Counts()
        try db.write { db in
            if previous != nil { try SessionImporter.delete(taskID: task.id, in: db) }
            let stats = try insertEvents(metricEvents, of: task, counts: &counts, warnings: &entry.warnings, db: db)
            var times = stats.times
            let logStatement = try db.makeStatement(
                sql: "INSERT INTO log (task_id, timestamp, level, worker, msg) VALUES (?, ?, ?, ?, ?)")
            for e in logEvents where e.task == nil || e.task == task.id {
                let ts = Int64(e.timestamp ?? 0)
                times.note(ts)
                try logStatement.execute(arguments: [task.id, ts, e.level, e.worker, e.msg])
                counts.logEvents += 1
            }
            for (key, bytes) in session.files {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO resource (url, task_id, bytes) VALUES (?, ?, ?)",
                    arguments: [Workspace.resourceURL(forKey: key), task.id, bytes])
                counts.files += 1
            }
            let projectID = try SessionImporter.ensureProject(task.projectName ?? "", in: db)
            try db.execute(
                sql: """
                    INSERT INTO task (id, name, project_id, type, status, comment, tags, system_tags,
                        hyperparams, last_metrics, created, last_update, last_iteration, digest, source)
                    VALUES (?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    task.id, task.name, projectID, task.type, task.comment,
                    try StoredJSON.encode(task.tags ?? []), try StoredJSON.encode(task.systemTags ?? []),
                    try StoredJSON.encode(task.hyperparams ?? [:]), try StoredJSON.encode(stats.builder.lastMetrics),
                    times.first, times.last, stats.builder.lastIteration, digest, source,
                ])
        }
        entry.outcome = previous == nil ? .imported(counts) : .replaced(counts)
        return entry
    }

    private struct Times {
        var first: Int64?
        var last: Int64?
        mutating func note(_ ts: Int64) {
            first = Swift.min(first ?? ts, ts)
            last = Swift.max(last ?? ts, ts)
        }
    }

    private func insertEvents(
        _ events: [RawEvent], of task: OfflineTask, counts: inout ImportReport.Counts,
        warnings: inout [String], db: Database
    ) throws -> (builder: LastMetricsBuilder, times: Times) {
        var builder = LastMetricsBuilder()
        var times = Times()
        var foreign: [String: Int] = [:]
        var unknownTypes: [String: Int] = [:]
        var missingImages = 0
        let scalarStatement = try db.makeStatement(
            sql: "INSERT OR REPLACE INTO scalar (task_id, metric, variant, iter, timestamp, value) VALUES (?, ?, ?, ?, ?, ?)")
        let eventStatement = try db.makeStatement(
            sql: """
                INSERT INTO event (task_id, type, metric, variant, iter, timestamp, plot_str, key, url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        // Plot figures may embed session files by absolute path (`layout.images[].source`).
        let folderPrefix = task.offlineFolder.map { $0 + "/data/" }
        for e in events {
            if let owner = e.task, owner != task.id {
                foreign[owner, default: 0] += 1
                continue
            }
            let ts = Int64(e.timestamp ?? 0)
            let iter = e.iter ?? 0
            let metric = e.metric ?? "", variant = e.variant ?? ""
            switch e.type ?? "" {
            case "training_stats_scalar":
                guard let value = e.value else { continue }
                times.note(ts)
                builder.add(metric: metric, variant: variant, iter: iter, timestamp: ts, value: value, xAxisLabel: e.xAxisLabel)
                try scalarStatement.execute(arguments: [task.id, metric, variant, iter, ts, value.isNaN ? nil : value])
                if iter == SessionImporter.singleValueIteration { counts.singleValues += 1 } else { counts.scalars += 1 }
            case "plot":
                times.note(ts)
                builder.noteIteration(iter)
                var plot = e.plotStr ?? ""
                if let folderPrefix, plot.contains(folderPrefix) {
                    plot = plot.replacingOccurrences(of: folderPrefix, with: Workspace.resourceURL(forKey: ""))
                }
                try eventStatement.execute(arguments: [task.id, "plot", metric, variant, iter, ts, plot, "", nil])
                counts.plots += 1
            case "training_debug_image":
                times.note(ts)
                builder.noteIteration(iter)
                var url = e.url
                // The file is best resolved as <session>/data/<key> (offline format notes).
                if let key = e.key, session.files[key] != nil {
                    url = Workspace.resourceURL(forKey: key)
                } else {
                    missingImages += 1
                }
                try eventStatement.execute(arguments: [
                    task.id, "training_debug_image", metric, variant, iter, ts, nil, e.key ?? "", url,
                ])
                counts.images += 1
            default:
                unknownTypes[e.type ?? "(none)", default: 0] += 1
            }
        }
        for (owner, n) in foreign.sorted(by: { $0.key < $1.key }) {
            warnings.append("skipped \(n) events of task '\(owner)', not this session's task '\(task.id)'")
        }
        for (type, n) in unknownTypes.sorted(by: { $0.key < $1.key }) {
            warnings.append("skipped \(n) events of unknown type '\(type)'")
        }
        if missingImages > 0 { warnings.append("\(missingImages) image events have no file under data/") }
        return (builder, times)
    }

    /// Removes everything stored for a task (before a replacing import).
    static func delete(taskID: String, in db: Database) throws {
        for table in ["scalar", "event", "log", "resource", "task"] {
            let column = table == "task" ? "id" : "task_id"
            try db.execute(sql: "DELETE FROM \(table) WHERE \(column) = ?", arguments: [taskID])
        }
    }

    /// Inserts the project and its ancestors (`a/b` implies `a`, as ClearML creates it).
    static func ensureProject(_ name: String, in db: Database) throws -> String {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        for n in 1...max(parts.count, 1) {
            let prefix = parts.prefix(n).joined(separator: "/")
            try db.execute(
                sql: "INSERT OR IGNORE INTO project (id, name) VALUES (?, ?)",
                arguments: [Workspace.projectID(forName: prefix), prefix])
        }
        return Workspace.projectID(forName: name)
    }
}

/// JSON columns: sorted keys so that the stored text is deterministic.
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try WidgetData.makeEncoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try WidgetData.makeDecoder().decode(type, from: Data(text.utf8))
    }
}
