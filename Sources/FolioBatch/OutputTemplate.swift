import FolioCore
import Foundation

/// Output paths from a template with `{project}`, `{name}`, `{theme}` and `{ext}`; every value is
/// made a safe file name, and reports that would share a path get `name-2`, `name-3`… in the
/// order of their ids (so every run and every shard picks the same names).
public struct OutputTemplate: Sendable, Equatable {
    /// The template text, relative to the output folder.
    public var text: String

    /// `{project}/{name}.{ext}`.
    public static let standard = OutputTemplate("{project}/{name}.{ext}")
    /// The default with several themes: `{project}/{name}-{theme}.{ext}`.
    public static let themed = OutputTemplate("{project}/{name}-{theme}.{ext}")

    /// A template (checked by `validate(themes:)`).
    public init(_ text: String) {
        self.text = text
    }

    /// Throws unless the template names each report (`{name}`) and stays relative.
    public func validate(themes: Int) throws {
        guard text.contains("{name}") else { throw FolioError("--template must contain {name}") }
        guard themes <= 1 || text.contains("{theme}") else {
            throw FolioError("--template must contain {theme} with several themes")
        }
        guard !text.hasPrefix("/"), !text.split(separator: "/").contains("..") else {
            throw FolioError("--template must stay inside the output folder (no leading / or ..)")
        }
    }

    /// The relative path for these values.
    public func path(project: String, name: String, theme: String, ext: String) -> String {
        var out = text
        for (key, value) in [("{project}", project), ("{name}", name), ("{theme}", theme)] {
            out = out.replacingOccurrences(of: key, with: Self.safe(value))
        }
        return out.replacingOccurrences(of: "{ext}", with: ext)
    }

    /// A file name from any text: path separators, control characters and leading dots replaced.
    public static func safe(_ value: String) -> String {
        var s = String(
            value.map { c -> Character in
                if "/\\:*?\"<>|".contains(c) || c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) {
                    return "-"
                }
                return c
            })
        s = s.trimmingCharacters(in: .whitespaces)
        while s.hasPrefix(".") { s.removeFirst() }
        if s.utf8.count > 200 { s = String(s.prefix(120)) }
        return s.isEmpty ? "_" : s
    }

    /// The name each item gets (`name`, or `name-2`… when its path would collide), by item id order.
    public func uniqueNames(_ items: [BatchItem]) -> [String: String] {
        var taken = Set<String>()
        var names: [String: String] = [:]
        for item in items.sorted(by: { $0.id < $1.id }) {
            var candidate = item.name
            var n = 1
            // Case-insensitive: two names differing only in case collide on macOS file systems.
            while taken.contains(path(project: item.project, name: candidate, theme: "", ext: "").lowercased()) {
                n += 1
                candidate = "\(item.name)-\(n)"
            }
            taken.insert(path(project: item.project, name: candidate, theme: "", ext: "").lowercased())
            names[item.id] = candidate
        }
        return names
    }
}
