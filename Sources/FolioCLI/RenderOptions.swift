import ArgumentParser
import FolioCore
import FolioExport
import FolioLayout
import Foundation

/// Flags shared by every command that renders.
struct RenderOptions: ParsableArguments {
    @Option(name: .customLong("theme"), help: "light, dark, or a theme JSON file (batch: repeatable).")
    var themes: [String] = []

    /// The theme of a single export: the last `--theme`, else light.
    var theme: String { themes.last ?? "light" }

    @Option(name: .long, help: "a4 or letter.")
    var pageSize = "a4"

    @Option(name: .long, help: "Pixels per inch for PNG output.")
    var ppi: Double = 144

    @Flag(name: .long, help: "Treat warnings (missing image, unavailable widget) as failures.")
    var strict = false

    @Flag(name: .long, help: "Number the lines of code blocks.")
    var lineNumbers = false

    func exportOptions(formats: [ExportFormat]) throws -> ExportOptions {
        guard let size = PageSize.named(pageSize) else { throw ValidationError("unknown page size '\(pageSize)' (a4, letter)") }
        guard ppi >= 18, ppi <= 1200 else { throw ValidationError("--ppi must be between 18 and 1200") }
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        return ExportOptions(formats: formats, theme: theme, pageSize: size, ppi: ppi, strict: strict, lineNumbers: lineNumbers, sourceDateEpoch: epoch)
    }
}

/// Process-wide set-up the commands share: where resources and caches live.
enum Session {
    /// The exporter `folio export` started warming before its arguments were parsed.
    nonisolated(unsafe) private static var early: Exporter?

    /// For `folio export`, starts loading and warming the fonts on another thread right away,
    /// so that parsing the command line, the theme and the report overlaps with it. The theme
    /// is read loosely from the arguments (only its fonts matter here; parsing proper comes later).
    static func prewarm(arguments: [String]) {
        guard arguments.first == "export", let exporter = try? makeExporter() else { return }
        var theme = "light"
        for (i, a) in arguments.enumerated() {
            if a == "--theme", i + 1 < arguments.count { theme = arguments[i + 1] }
            if a.hasPrefix("--theme=") { theme = String(a.dropFirst("--theme=".count)) }
        }
        // A small Markdown file would only pay for making a helper font system.
        let small = arguments.contains { a in
            guard a.hasSuffix(".md"), let size = (try? FileManager.default.attributesOfItem(atPath: a))?[.size] as? Int else { return false }
            return size < Exporter.warmHelperMinimumBytes
        }
        exporter.prewarm(theme: theme, helper: !small)
        early = exporter
    }

    static func exporter() throws -> Exporter {
        if let e = early {
            early = nil
            return e
        }
        return try makeExporter()
    }

    private static func makeExporter() throws -> Exporter {
        let env = ProcessInfo.processInfo.environment
        let resources = try ResourceLocator.locate(environment: env, executablePath: CommandLine.arguments.first.map(executablePath))
        return Exporter(resources: resources, fontCache: cacheDirectory(env).appendingPathComponent("fontconfig"))
    }

    /// `$XDG_CACHE_HOME/folio`, else `~/.cache/folio`, else a per-user folder in /tmp.
    static func cacheDirectory(_ env: [String: String]) -> URL {
        if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return URL(fileURLWithPath: x).appendingPathComponent("folio") }
        if let h = env["HOME"], !h.isEmpty, FileManager.default.isWritableFile(atPath: h) {
            return URL(fileURLWithPath: h).appendingPathComponent(".cache/folio")
        }
        return URL(fileURLWithPath: "/tmp/folio-cache-\(getuid())")
    }

    /// argv[0] made absolute (searching PATH when it has no slash).
    static func executablePath(_ argv0: String) -> String {
        if argv0.contains("/") { return argv0 }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/\(argv0)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return argv0
    }
}
