import Foundation

/// Reads theme files. A file may say `"extends": "light"` and give only the keys it changes;
/// errors name the file and the key (`mytheme.json: colors.link: not a colour: 'blu'`).
public struct ThemeLoader: Sendable {
    /// Folder holding the built-in `light.json` and `dark.json`.
    public let builtInDirectory: URL

    public init(builtInDirectory: URL) { self.builtInDirectory = builtInDirectory }

    /// `Themes/<name>.json`, joined as strings: URL's `appendingPathComponent` costs a runtime
    /// conformance scan on first use, and the fonts wait for the theme.
    private func builtIn(_ name: String) -> URL {
        URL(fileURLWithPath: builtInDirectory.path + "/" + name + ".json")
    }

    /// A path (it has a `/` or ends in `.json`; relative ones against `folder`, else the working
    /// directory), else a built-in theme's name.
    private func url(_ nameOrPath: String, relativeTo folder: URL? = nil) -> (url: URL, builtIn: Bool) {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
            ? (URL(fileURLWithPath: nameOrPath, relativeTo: folder), false) : (builtIn(nameOrPath), true)
    }

    /// `light`, `dark`, or a path to a JSON file.
    public func load(_ nameOrPath: String) throws -> Theme {
        let (url, isBuiltIn) = self.url(nameOrPath)
        if isBuiltIn, access(url.path, F_OK) != 0 {
            throw FolioError("unknown theme '\(nameOrPath)' (built in: light, dark; or give a path to a .json file)")
        }
        let json = try merged(at: url, depth: 0)
        do { return try Theme(json: json) } catch { throw FolioError(error.description, file: url.path) }
    }

    /// Only the fonts of a complete theme file, or nil (a theme that extends another, or any
    /// problem: `load` reports those). For warming fonts up early, when decoding all of a theme
    /// would cost more than the few fields needed.
    public func fonts(_ nameOrPath: String) -> Theme.Fonts? {
        guard let json = try? parsed(at: url(nameOrPath).url), json.objectValue?["extends"] == nil,
            let fonts = try? ThemeFields(json, path: "").fields("fonts")
        else { return nil }
        return try? Theme.Fonts(json: fonts)
    }

    private func parsed(at url: URL) throws -> JSONValue {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw FolioError("cannot read theme file", file: url.path) }
        do { return try JSONValue(parsing: [UInt8](data)) } catch { throw FolioError("not valid JSON: \(error)", file: url.path) }
    }

    /// The theme file at `url` with its `extends` chain merged in.
    private func merged(at url: URL, depth: Int) throws -> JSONValue {
        guard depth < 8 else { throw FolioError("theme 'extends' chain is too deep", file: url.path) }
        guard case .object(var top) = try parsed(at: url) else { throw FolioError("a theme must be a JSON object", file: url.path) }
        guard let base = top["extends"] else { return .object(top) }
        top["extends"] = nil
        guard case .string(let baseName) = base else { throw FolioError("extends: must be a theme name or path", file: url.path) }
        let baseURL = self.url(baseName, relativeTo: url.deletingLastPathComponent()).url
        guard case .object(let baseObject) = try merged(at: baseURL, depth: depth + 1) else { return .object(top) }
        return .object(Self.merge(baseObject, top))
    }

    /// Deep merge: objects merge key by key, anything else in `top` replaces `base`.
    static func merge(_ base: JSONObject, _ top: JSONObject) -> JSONObject {
        var out = base
        for member in top.members {
            if case .object(let b)? = base[member.key], case .object(let t) = member.value {
                out[member.key] = .object(merge(b, t))
            } else {
                out[member.key] = member.value
            }
        }
        return out
    }
}
