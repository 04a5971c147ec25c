import FolioWidgets
import Foundation
import GRDB

/// A stored task as the query engine sees it: the server-side document of an imported task.
struct TaskRow: Sendable {
    var seq: Int64
    var id: String
    var name: String
    var projectID: String
    var projectName: String
    var type: String?
    var status: String
    var comment: String?
    var tags: [String]
    var systemTags: [String]
    var hyperparams: [String: [String: HyperParameter]]
    var lastMetrics: [String: [String: LastMetric]]
    var created: Int64?
    var lastUpdate: Int64?
    var lastIteration: Int

    /// Every task, in import order.
    static func fetchAll(_ db: Database) throws -> [TaskRow] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT t.*, p.name AS project_name FROM task t JOIN project p ON p.id = t.project_id
                ORDER BY t.seq
                """)
        return try rows.map { r in
            TaskRow(
                seq: r["seq"], id: r["id"], name: r["name"], projectID: r["project_id"],
                projectName: r["project_name"], type: r["type"], status: r["status"], comment: r["comment"],
                tags: try StoredJSON.decode([String].self, r["tags"]),
                systemTags: try StoredJSON.decode([String].self, r["system_tags"]),
                hyperparams: try StoredJSON.decode([String: [String: HyperParameter]].self, r["hyperparams"]),
                lastMetrics: try StoredJSON.decode([String: [String: LastMetric]].self, r["last_metrics"]),
                created: r["created"], lastUpdate: r["last_update"], lastIteration: r["last_iteration"])
        }
    }

    /// The values a list-field filter compares against (a scalar field is a one-element list).
    /// `project` also answers to the project's name and, with sub-projects, to its ancestors.
    func listValues(_ field: String, includeSubprojects: Bool) -> [String] {
        switch field {
        case "id": return [id]
        case "tags": return tags
        case "system_tags": return systemTags
        case "status": return [status]
        case "type": return type.map { [$0] } ?? []
        case "project":
            var values = [projectID, projectName]
            if includeSubprojects {
                var parts = projectName.split(separator: "/", omittingEmptySubsequences: false)
                while parts.count > 1 {
                    parts.removeLast()
                    let ancestor = parts.joined(separator: "/")
                    values += [Workspace.projectID(forName: ancestor), ancestor]
                }
            }
            return values
        default: return []  // user, parent, …: offline sessions carry none
        }
    }

    /// The value `order_by` sorts on; nil for missing fields (sorted first, as in MongoDB).
    func sortValue(_ field: String) -> SortValue? {
        switch field {
        case "id": return .string(id)
        case "name": return .string(name)
        case "type": return type.map(SortValue.string)
        case "status": return .string(status)
        case "comment": return comment.map(SortValue.string)
        case "project": return .string(projectID)
        case "project.name": return .string(projectName)
        case "created", "started": return created.map { .number(Double($0)) }
        case "last_update", "last_change", "completed", "status_changed": return lastUpdate.map { .number(Double($0)) }
        case "last_iteration": return .number(Double(lastIteration))
        default: break
        }
        let parts = field.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 4, parts[0] == "last_metrics", let m = lastMetrics[parts[1]]?[parts[2]] {
            switch parts[3] {
            case "value": return .number(m.value)
            case "min_value": return m.minValue.map(SortValue.number)
            case "max_value": return m.maxValue.map(SortValue.number)
            case "first_value": return m.firstValue.map(SortValue.number)
            case "mean_value": return m.meanValue.map(SortValue.number)
            case "count": return m.count.map { .number(Double($0)) }
            default: return nil
            }
        }
        if parts.count >= 3, parts[0] == "hyperparams", let p = hyperparams[parts[1]]?[parts[2]] {
            return .string(p.value)
        }
        return nil
    }
}

/// A sortable value in MongoDB's cross-type order: numbers before strings.
enum SortValue: Comparable {
    case number(Double)
    case string(String)

    static func < (a: SortValue, b: SortValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.string(let x), .string(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
        case (.number, .string): return true
        case (.string, .number): return false
        }
    }
}
