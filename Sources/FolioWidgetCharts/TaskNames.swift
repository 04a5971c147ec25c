import FolioWidgets

/// Task display names as the web app shows them: a name shared by several tasks gets
/// `.<first 6 id chars>` appended (offline ids drop their `offline-` prefix first).
struct TaskNames {
    private var names: [String: String] = [:]

    init(_ pairs: [(id: String, name: String)]) {
        var count: [String: Set<String>] = [:]
        for p in pairs { count[p.name, default: []].insert(p.id) }
        for p in pairs {
            let shortID = String((p.id.hasPrefix("offline-") ? String(p.id.dropFirst(8)) : p.id).prefix(6))
            names[p.id] = (count[p.name]?.count ?? 0) > 1 ? "\(p.name).\(shortID)" : p.name
        }
    }

    func name(_ id: String) -> String { names[id] ?? id }
}
