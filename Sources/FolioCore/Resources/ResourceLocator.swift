import Foundation

/// Finds the bundled `Fonts/` and `Themes/` folders however `folio` is launched:
/// 1. `$FOLIO_HOME` (a folder holding both), 2. beside or above the executable
/// (`.build/debug/folio` in a checkout, `<prefix>/share/folio` for an install), 3. the source
/// checkout this binary was built from.
public struct ResourceLocator: Sendable {
    public let root: URL

    public var fonts: URL { root.appendingPathComponent("Fonts") }
    public var themes: URL { root.appendingPathComponent("Themes") }

    public init(root: URL) { self.root = root }

    /// Looks in the documented places; `environment` is passed in, never read globally.
    public static func locate(environment: [String: String], executablePath: String? = nil) throws -> ResourceLocator {
        var candidates: [URL] = []
        if let home = environment["FOLIO_HOME"], !home.isEmpty { candidates.append(URL(fileURLWithPath: home)) }
        if let exe = executablePath {
            var dir = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(dir)
                candidates.append(dir.appendingPathComponent("share/folio"))
                dir = dir.deletingLastPathComponent()
            }
        }
        // The checkout this file was compiled in: Sources/FolioCore/Resources/ResourceLocator.swift.
        let source = URL(fileURLWithPath: "\(#filePath)")
        candidates.append(
            source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        for c in candidates where isResourceRoot(c) { return ResourceLocator(root: c.standardizedFileURL) }
        throw FolioError(
            "cannot find Folio's Fonts/ and Themes/ folders; set FOLIO_HOME to the folder that holds them")
    }

    private static func isResourceRoot(_ url: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: url.appendingPathComponent("Fonts/NotoSans-Regular.ttf").path)
            && fm.fileExists(atPath: url.appendingPathComponent("Themes/light.json").path)
    }
}
