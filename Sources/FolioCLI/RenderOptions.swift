import ArgumentParser
import FolioCore
import FolioExport
import FolioLayout
import Foundation

/// Flags shared by every command that renders.
struct RenderOptions: ParsableArguments {
    @Option(name: .customLong("theme"), help: "light, dark, or a theme JSON file (batch: repeatable).")
    var themes: [String] = []

    @Option(name: .long, help: "a4 or letter.")
    var pageSize = "a4"

    @Option(name: .long, help: "Pixels per inch for PNG output.")
    var ppi: Double = 144

    @Flag(name: .long, help: "Treat warnings (missing image, unavailable widget) as failures.")
    var strict = false

    @Flag(name: .long, help: "Number the lines of code blocks.")
    var lineNumbers = false

    /// The flags as plain values.
    var settings: RenderSettings {
        RenderSettings(themes: themes, pageSize: pageSize, ppi: ppi, strict: strict, lineNumbers: lineNumbers)
    }

    func exportOptions(formats: [ExportFormat]) throws -> ExportOptions {
        try settings.exportOptions(formats: formats)
    }
}

/// The render flags as plain values, however they were read.
struct RenderSettings: Equatable {
    var themes: [String] = []
    var pageSize = "a4"
    var ppi: Double = 144
    var strict = false
    var lineNumbers = false

    /// The theme of a single export: the last `--theme`, else light.
    var theme: String { themes.last ?? "light" }

    func exportOptions(formats: [ExportFormat]) throws -> ExportOptions {
        guard let size = PageSize.named(pageSize) else { throw ValidationError("unknown page size '\(pageSize)' (a4, letter)") }
        guard ppi >= 18, ppi <= 1200 else { throw ValidationError("--ppi must be between 18 and 1200") }
        let epoch = getenv("SOURCE_DATE_EPOCH").flatMap { Int(String(cString: $0)) }
        return ExportOptions(formats: formats, theme: theme, pageSize: size, ppi: ppi, strict: strict, lineNumbers: lineNumbers, sourceDateEpoch: epoch)
    }
}

/// Process-wide set-up the commands share: where resources and caches live.
enum Session {
    /// The exporter `folio export` started making before its arguments were parsed (its fonts
    /// warming on another thread, its theme already read).
    nonisolated(unsafe) private static var early: Exporter?

    /// For `folio export`, makes the exporter and loads and warms the fonts on another thread
    /// right away, so that parsing the command line, the theme and the report overlaps with it.
    /// The theme is read loosely from the arguments (parsing proper comes later; the export uses
    /// the theme read here only if it names the same one). Everything before the fonts is on the
    /// critical path of a short export, so this uses getenv and stat rather than Foundation's
    /// first-use-heavy equivalents.
    static func prewarm(arguments: [String]) {
        guard arguments.first == "export" else { return }
        // The thread is started first: a new thread can take a millisecond or more to get a
        // core, which now overlaps with finding the resources below.
        let warmer = Handoff<FontWarmer?>()
        let themeFonts = Handoff<Theme.Fonts?>()
        PlainThread.start { warmer.take()?.run { themeFonts.take() } }
        let theme = arguments.indices.reduce("light") { theme, i in
            let a = arguments[i]
            if a == "--theme", i + 1 < arguments.count { return arguments[i + 1] }
            return a.hasPrefix("--theme=") ? String(a.dropFirst("--theme=".count)) : theme
        }
        // A small Markdown file would only pay for making a helper font system.
        let small = arguments.contains { a in
            var info = stat()
            return a.hasSuffix(".md") && stat(a, &info) == 0 && Int(info.st_size) < Exporter.warmHelperMinimumBytes
        }
        let env = environment()
        guard let resources = try? locateResources(env) else { return warmer.hand(nil) }
        let exporter = Exporter(resources: resources, fontCache: fontCache(env))
        warmer.hand(exporter.installWarmer(theme: theme, helper: !small))
        early = exporter
        // Read here while the other thread sets up fontconfig: both are on the way to the fonts.
        // The whole theme is decoded once, here; the exporter keeps it for the export.
        let loaded = Result { try ThemeLoader(builtInDirectory: resources.themes).load(theme) }
        themeFonts.hand(try? loaded.get().fonts)
        exporter.adopt(theme: loaded, named: theme)
    }

    static func exporter() throws -> Exporter {
        if let exporter = early {
            early = nil
            return exporter
        }
        return try makeExporter()
    }

    private static func makeExporter() throws -> Exporter {
        let env = environment()
        return Exporter(resources: try locateResources(env), fontCache: fontCache(env))
    }

    private static func locateResources(_ env: [String: String]) throws -> ResourceLocator {
        try ResourceLocator.locate(environment: env, executablePath: CommandLine.arguments.first.map { executablePath($0, env: env) })
    }

    /// The few variables Folio's set-up reads (building all of `ProcessInfo.environment` the
    /// first time costs about a millisecond).
    static func environment() -> [String: String] {
        ["FOLIO_HOME", "XDG_CACHE_HOME", "HOME", "PATH"].reduce(into: [:]) { env, key in
            if let v = getenv(key) { env[key] = String(cString: v) }
        }
    }

    /// Fontconfig's cache, `fontconfig` in `$XDG_CACHE_HOME/folio`, else `~/.cache/folio`, else a
    /// per-user folder in /tmp. Joined as strings: URL's `appendingPathComponent` costs a runtime
    /// conformance scan on first use, and the font thread waits for this path.
    static func fontCache(_ env: [String: String]) -> URL {
        URL(fileURLWithPath: cacheDirectory(env) + "/fontconfig", isDirectory: true)
    }

    static func cacheDirectory(_ env: [String: String]) -> String {
        if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return x + "/folio" }
        if let h = env["HOME"], !h.isEmpty, access(h, W_OK) == 0 { return h + "/.cache/folio" }
        return "/tmp/folio-cache-\(getuid())"
    }

    /// argv[0] made absolute (searching PATH when it has no slash).
    static func executablePath(_ argv0: String, env: [String: String]) -> String {
        if argv0.contains("/") { return argv0 }
        for dir in (env["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/\(argv0)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return argv0
    }
}
