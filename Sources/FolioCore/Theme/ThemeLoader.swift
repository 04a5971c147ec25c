import Foundation

/// Reads theme files. A file may say `"extends": "light"` and give only the keys it changes;
/// errors name the file and the key (`mytheme.json: colors.link: not a colour: 'blu'`).
public struct ThemeLoader: Sendable {
    /// Folder holding the built-in `light.json` and `dark.json`.
    public let builtInDirectory: URL

    public init(builtInDirectory: URL) { self.builtInDirectory = builtInDirectory }

    // From a StaticString's bytes: `Data(String.UTF8View)` tries a dynamic cast whose first use
    // costs a runtime conformance scan, while the theme loads on the critical path.
    private static let extendsKey: Data = {
        let key: StaticString = "\"extends\""
        return Data(bytes: key.utf8Start, count: key.utf8CodeUnitCount)
    }()

    /// `Themes/<name>.json`, joined as strings: URL's `appendingPathComponent` costs a runtime
    /// conformance scan on first use, and the fonts wait for the theme.
    private func builtIn(_ name: String) -> URL {
        URL(fileURLWithPath: builtInDirectory.path + "/" + name + ".json")
    }

    /// `light`, `dark`, or a path to a JSON file.
    public func load(_ nameOrPath: String) throws -> Theme {
        let url: URL
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            url = URL(fileURLWithPath: nameOrPath)
        } else {
            url = builtIn(nameOrPath)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw FolioError("unknown theme '\(nameOrPath)' (built in: light, dark; or give a path to a .json file)")
            }
        }
        let data: Data
        if let raw = try? Data(contentsOf: url), !raw.contains(Self.extendsKey) {
            // A complete theme (the built-in ones) decodes directly: no merge round trip.
            data = raw
        } else {
            data = try JSONSerialization.data(withJSONObject: try object(at: url, depth: 0), options: [.sortedKeys])
        }
        do {
            return try JSONDecoder().decode(Theme.self, from: data)
        } catch let error as DecodingError {
            throw FolioError(Self.describe(error), file: url.path)
        }
    }

    /// Only the fonts of a complete theme file, or nil (a theme that extends another, or any
    /// problem: `load` reports those). For warming fonts up early, when decoding all of a theme
    /// would cost more than the few fields needed.
    public func fonts(_ nameOrPath: String) -> Theme.Fonts? {
        struct FontsOnly: Decodable { let fonts: Theme.Fonts }
        let url = nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
            ? URL(fileURLWithPath: nameOrPath) : builtIn(nameOrPath)
        guard let raw = try? Data(contentsOf: url), !raw.contains(Self.extendsKey) else { return nil }
        return try? JSONDecoder().decode(FontsOnly.self, from: raw).fonts
    }

    private func object(at url: URL, depth: Int) throws -> [String: Any] {
        guard depth < 8 else { throw FolioError("theme 'extends' chain is too deep", file: url.path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw FolioError("cannot read theme file", file: url.path) }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
            throw FolioError("not valid JSON: \((error as NSError).localizedDescription)", file: url.path)
        }
        guard var dict = parsed as? [String: Any] else { throw FolioError("a theme must be a JSON object", file: url.path) }
        guard let base = dict.removeValue(forKey: "extends") else { return dict }
        guard let baseName = base as? String else { throw FolioError("extends: must be a theme name or path", file: url.path) }
        let baseURL =
            baseName.contains("/") || baseName.hasSuffix(".json")
            ? URL(fileURLWithPath: baseName, relativeTo: url.deletingLastPathComponent())
            : builtIn(baseName)
        return Self.merge(try object(at: baseURL, depth: depth + 1), dict)
    }

    /// Deep merge: objects merge key by key, anything else in `top` replaces `base`.
    static func merge(_ base: [String: Any], _ top: [String: Any]) -> [String: Any] {
        var out = base
        for (k, v) in top {
            if let b = base[k] as? [String: Any], let t = v as? [String: Any] { out[k] = merge(b, t) } else { out[k] = v }
        }
        return out
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ c: [CodingKey]) -> String {
            c.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            let p = path(ctx.codingPath + [key])
            return "\(p): missing key"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
