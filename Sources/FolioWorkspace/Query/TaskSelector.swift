import FolioCore
import FolioWidgets
import Foundation

/// Selects tasks from an effective `reports.get_task_data` body the way the server's generic
/// task query does (reference §4.6): `id`, list fields with operators, `name` regex,
/// hidden tasks, `order_by` with `id` as tie-break, and `page`/`page_size` (max 500).
struct TaskSelector {
    static let maxPageSize = 500
    static let listFields = ["id", "tags", "system_tags", "status", "type", "project", "user", "parent"]

    let request: JSONObject

    func select(from rows: [TaskRow]) throws -> [TaskRow] {
        let ids = request["id"]?.listValue ?? []
        let known = Set(rows.map(\.id))
        for case .string(let id) in ids where !id.hasPrefix("__$") && !known.contains(id) {
            throw WorkspaceError(.unknownTask(id))
        }
        var selected = rows
        // Hidden tasks are skipped unless ids are given or search_hidden is set (`_hidden_query`).
        if ids.isEmpty && request["search_hidden"]?.boolValue != true {
            selected.removeAll { $0.systemTags.contains("hidden") }
        }
        let subprojects = request["include_subprojects"]?.boolValue == true
        for field in TaskSelector.listFields {
            guard let value = request[field] else { continue }
            let condition = try ListFieldCondition(field: field, values: value.listValue)
            selected = selected.filter { condition.matches($0.listValues(field, includeSubprojects: subprojects)) }
        }
        if let pattern = request["name"], pattern != .null {
            let text = pattern.stringValue ?? pattern.jsonText
            guard let regex = try? NSRegularExpression(pattern: text) else {
                throw WorkspaceError(.invalidQuery("name: invalid regular expression '\(text)'"))
            }
            selected = selected.filter { row in
                regex.firstMatch(in: row.name, range: NSRange(row.name.startIndex..., in: row.name)) != nil
            }
        }
        selected = try order(selected)
        return try page(selected)
    }

    /// `order_by`: `-` means descending; `id` is appended unless present (unique paging order).
    func order(_ rows: [TaskRow]) throws -> [TaskRow] {
        guard let value = request["order_by"] else { return rows }
        var keys: [(field: String, descending: Bool)] = []
        for item in value.listValue {
            guard let text = item.stringValue, !text.isEmpty else {
                throw WorkspaceError(.invalidQuery("order_by: expected field names, got \(item.jsonText)"))
            }
            keys.append(text.hasPrefix("-") ? (String(text.dropFirst()), true) : (text, false))
        }
        if keys.isEmpty { return rows }
        if !keys.contains(where: { $0.field == "id" }) { keys.append(("id", false)) }
        return rows.sorted { a, b in
            for key in keys {
                let x = a.sortValue(key.field), y = b.sortValue(key.field)
                if x == y { continue }
                // Missing values sort lowest, as MongoDB orders null before numbers and strings.
                let ascending: Bool
                switch (x, y) {
                case (nil, _): ascending = true
                case (_, nil): ascending = false
                case (let x?, let y?): ascending = x < y
                }
                return key.descending ? !ascending : ascending
            }
            return false
        }
    }

    /// `page_size` defaults to and is capped at 500; `page` counts from 0 (`validate_paging`).
    func page(_ rows: [TaskRow]) throws -> [TaskRow] {
        let size = try integer("page_size") ?? TaskSelector.maxPageSize
        let page = try integer("page") ?? 0
        guard size >= 1 else { throw WorkspaceError(.invalidQuery("page_size must be >0")) }
        guard page >= 0 else { throw WorkspaceError(.invalidQuery("page must be >=0")) }
        let pageSize = min(size, TaskSelector.maxPageSize)
        let start = page * pageSize
        guard start < rows.count else { return [] }
        return Array(rows[start..<min(rows.count, start + pageSize)])
    }

    private func integer(_ key: String) throws -> Int? {
        guard let value = request[key], value != .null else { return nil }
        guard let i = value.intValue else {
            throw WorkspaceError(.invalidQuery("\(key): expected an integer, got \(value.jsonText)"))
        }
        return i
    }
}
