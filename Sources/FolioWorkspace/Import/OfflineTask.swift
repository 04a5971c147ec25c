import FolioWidgets
import Foundation

/// The task record an offline session's `task.json` holds (SDK writes it with sorted keys).
/// There is no status, no times, no `last_metrics`: those are derived from the events.
struct OfflineTask: Decodable {
    var id: String
    var name: String
    var projectName: String?
    var type: String?
    var tags: [String]?
    var systemTags: [String]?
    var comment: String?
    var hyperparams: [String: [String: HyperParameter]]?
    var offlineFolder: String?

    enum CodingKeys: String, CodingKey {
        case id, name, type, tags, comment, hyperparams
        case projectName = "project_name"
        case systemTags = "system_tags"
        case offlineFolder = "offline_folder"
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        projectName = try? c.decodeIfPresent(String.self, forKey: .projectName)
        type = try? c.decodeIfPresent(String.self, forKey: .type)
        tags = try? c.decodeIfPresent([String].self, forKey: .tags)
        systemTags = try? c.decodeIfPresent([String].self, forKey: .systemTags)
        comment = try? c.decodeIfPresent(String.self, forKey: .comment)
        offlineFolder = try? c.decodeIfPresent(String.self, forKey: .offlineFolder)
        // Records lacking section/name take them from their position in the nesting.
        if let raw = try? c.decodeIfPresent([String: [String: LooseParameter]].self, forKey: .hyperparams) {
            hyperparams = raw.reduce(into: [:]) { out, section in
                out[section.key] = section.value.reduce(into: [:]) { params, item in
                    params[item.key] = HyperParameter(
                        section: item.value.section ?? section.key, name: item.value.name ?? item.key,
                        value: item.value.value ?? "", type: item.value.type, description: item.value.description)
                }
            }
        }
    }

    /// A hyper-parameter record whose fields may be missing or non-strings.
    struct LooseParameter: Decodable {
        var section, name, value, type, description: String?
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ k: CodingKeys) -> String? {
                if let s = try? c.decodeIfPresent(String.self, forKey: k) { return s }
                if let i = try? c.decodeIfPresent(Int.self, forKey: k) { return String(i) }
                if let d = try? c.decodeIfPresent(Double.self, forKey: k) { return String(d) }
                if let b = try? c.decodeIfPresent(Bool.self, forKey: k) { return b ? "True" : "False" }
                return nil
            }
            section = text(.section)
            name = text(.name)
            value = text(.value)
            type = text(.type)
            description = text(.description)
        }
        enum CodingKeys: String, CodingKey { case section, name, value, type, description }
    }
}
