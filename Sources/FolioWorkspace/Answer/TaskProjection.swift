import FolioCore
import FolioWidgets
import Foundation

/// Turns a stored task into the document the server returns, honouring `only_fields`
/// (`id` is always kept; `hyperparams.<section>.<name>` with dots escaped as `%2E`).
struct TaskProjection {
    /// nil or empty: the full document.
    let onlyFields: [String]?

    private func wants(_ field: String) -> Bool {
        guard let onlyFields, !onlyFields.isEmpty else { return true }
        return onlyFields.contains { $0 == field || $0.hasPrefix(field + ".") }
    }

    func record(for row: TaskRow) -> TaskRecord {
        var r = TaskRecord(id: row.id)
        if wants("name") { r.name = row.name }
        if wants("type") { r.type = row.type }
        if wants("status") { r.status = row.status }
        if wants("project") {
            // Reference fields come back expanded as {"id"}; the name only when asked for.
            let withName = onlyFields?.contains("project.name") ?? false
            r.project = ProjectRef(id: row.projectID, name: withName ? row.projectName : nil)
        }
        if wants("tags") { r.tags = row.tags }
        if wants("system_tags") { r.systemTags = row.systemTags }
        if wants("comment") { r.comment = row.comment }
        if wants("created") { r.created = row.created.map(ISOTime.serverDate) }
        if wants("started") { r.started = row.created.map(ISOTime.serverDate) }
        if wants("completed") { r.completed = row.lastUpdate.map(ISOTime.serverDate) }
        if wants("last_update") { r.lastUpdate = row.lastUpdate.map(ISOTime.serverDate) }
        if wants("last_iteration") { r.lastIteration = row.lastIteration }
        if wants("last_metrics") { r.lastMetrics = row.lastMetrics }
        if wants("hyperparams") { r.hyperparams = hyperparams(row.hyperparams) }
        return r
    }

    private func hyperparams(_ all: [String: [String: HyperParameter]]) -> [String: [String: HyperParameter]] {
        guard let onlyFields, !onlyFields.isEmpty, !onlyFields.contains("hyperparams") else { return all }
        var out: [String: [String: HyperParameter]] = [:]
        for field in onlyFields where field.hasPrefix("hyperparams.") {
            let path = String(field.dropFirst("hyperparams.".count))
            if let p = HyperParameterPath(path) {
                if let param = all[p.section]?[p.name] { out[p.section, default: [:]][p.name] = param }
            } else {
                let section = path.replacingOccurrences(of: "%2E", with: ".")
                if let params = all[section] { out[section] = params }
            }
        }
        return out
    }
}
