import Foundation

/// Finds the bundled `Fonts/` and `Themes/` folders however `folio` is launched:
/// 1. `$FOLIO_HOME` (a folder holding both), 2. beside or above the executable
/// (`.build/debug/folio` in a checkout, `<prefix>/share/folio` for an install), 3. the source
/// checkout this binary was built from.
public struct ResourceLocator: Sendable {
    public let root: URL

    // Joined as strings: URL's `appendingPathComponent` costs a runtime conformance scan on
    // first use, and the font thread asks for `fonts` first thing.
    public var fonts: URL { URL(fileURLWithPath: root.path + "/Fonts", isDirectory: true) }
    public var themes: URL { URL(fileURLWithPath: root.path + "/Themes", isDirectory: true) }

    public init(root: URL) { self.root = root }

    /// Looks in the documented places; `environment` is passed in, never read globally.
    /// Plain paths and access(2): this runs before the fonts can load, on the critical path of
    /// a short export, where Foundation's URL and FileManager first uses cost about a millisecond.
    public static func locate(environment: [String: String], executablePath: String? = nil) throws -> ResourceLocator {
        var candidates: [String] = []
        if let home = environment["FOLIO_HOME"], !home.isEmpty { candidates.append(home) }
        if let exe = executablePath, let resolved = realpath(exe, nil) {
            var dir = PathString.folder(of: String(cString: resolved))
            free(resolved)
            for _ in 0..<6 {
                candidates.append(dir)
                candidates.append(dir + "/share/folio")
                dir = PathString.folder(of: dir)
            }
        }
        // The checkout this file was compiled in: Sources/FolioCore/Resources/ResourceLocator.swift.
        let up = PathString.folder(of:)
        candidates.append(up(up(up(up("\(#filePath)")))))
        for c in candidates where isResourceRoot(c) { return ResourceLocator(root: URL(fileURLWithPath: canonical(c))) }
        throw FolioError(
            "cannot find Folio's Fonts/ and Themes/ folders; set FOLIO_HOME to the folder that holds them")
    }

    /// `path` absolute, without `.`, `..` or symbolic links (realpath(3); Foundation's
    /// `standardizedFileURL` costs a runtime conformance scan here, on the critical path).
    private static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isResourceRoot(_ path: String) -> Bool {
        access(path + "/Fonts/NotoSans-Regular.ttf", R_OK) == 0 && access(path + "/Themes/light.json", R_OK) == 0
    }
}
