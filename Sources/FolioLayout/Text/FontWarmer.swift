import FolioCore
import Foundation

/// Makes and warms font systems while the caller reads its input: the main one first, then, on
/// a machine with more than one core, one for a helper layout thread. Each is handed over once:
/// after `main()` or `helper()` returns it, the warmer never touches it.
public final class FontWarmer: @unchecked Sendable {
    private let mainResult = Handoff<Result<FontSystem, any Error>>()
    private let helperResult = Handoff<FontSystem?>()
    private let resources: ResourceLocator
    private let fontCache: URL
    private let theme: String
    /// Whether a helper was asked for (made only on a machine with more than one core).
    private let wantsHelper: Bool

    /// `theme` is a name or a path; only its font families and sizes matter here. Nothing
    /// happens until `run()`.
    public init(resources: ResourceLocator, fontCache: URL, theme: String, helper: Bool) {
        self.resources = resources
        self.fontCache = fontCache
        self.theme = theme
        wantsHelper = helper
    }

    /// A warmer already running on a thread of its own.
    public static func started(resources: ResourceLocator, fontCache: URL, theme: String, helper: Bool) -> FontWarmer {
        let warmer = FontWarmer(resources: resources, fontCache: fontCache, theme: theme, helper: helper)
        PlainThread.start { warmer.run() }
        return warmer
    }

    /// Makes and warms the font systems on the calling thread (once). `themeFonts`, when
    /// given, supplies the theme's fonts instead of reading them here: it is asked only once
    /// the first font system is made, so another thread can read them meanwhile.
    public func run(themeFonts: (() -> Theme.Fonts?)? = nil) {
        var loaded: Theme.Fonts??
        func fonts() -> Theme.Fonts? {
            if loaded == nil { loaded = .some(themeFonts.map { $0() } ?? ThemeLoader(builtInDirectory: resources.themes).fonts(theme)) }
            return loaded!
        }
        func make() throws -> FontSystem {
            let system = try FontSystem(fontsDirectory: resources.fonts, cacheDirectory: fontCache)
            if let t = fonts() { system.warm(for: t) }
            return system
        }
        mainResult.hand(Result { try make() })
        // The cores are counted only now: Foundation's first processor count takes about half a
        // millisecond, which the main font system should not wait for.
        guard wantsHelper, ProcessInfo.processInfo.activeProcessorCount > 1 else { return helperResult.hand(nil) }
        helperResult.hand(try? make())
    }

    /// The main font system (waits for it); a failure to make it is thrown here.
    public func main() throws -> FontSystem {
        try mainResult.take().get()
    }

    /// The helper, as a value a layout thread can wait on: nil when none was asked for; it
    /// yields nil on a single core (that chunk is then laid out by the main thread).
    public func helper() -> LateFontSystem? {
        guard wantsHelper else { return nil }
        return LateFontSystem { [helperResult] in helperResult.take() }
    }
}
