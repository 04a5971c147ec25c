import FolioCore
import Foundation

/// Makes and warms font systems on a background thread while the caller reads its input: the
/// main one first, then, on a machine with more than one core, one for a helper layout thread.
/// Each is handed over once: after `main()` or `helper()` returns it, the warmer never touches it.
public final class FontWarmer: @unchecked Sendable {
    private let mainReady = DispatchSemaphore(value: 0)
    private let helperReady = DispatchSemaphore(value: 0)
    private var mainResult: Result<FontSystem, any Error>?
    private var helperResult: FontSystem?
    /// Whether a helper is being made at all.
    public let makesHelper: Bool

    /// `theme` is a name or a path; only its font families and sizes matter here.
    public init(resources: ResourceLocator, fontCache: URL, theme: String, helper: Bool) {
        makesHelper = helper && ProcessInfo.processInfo.activeProcessorCount > 1
        let thread = Thread { [self] in
            let loaded = ThemeLoader(builtInDirectory: resources.themes).fonts(theme)
            func make() throws -> FontSystem {
                let fonts = try FontSystem(fontsDirectory: resources.fonts, cacheDirectory: fontCache)
                if let t = loaded { fonts.warm(for: t) }
                return fonts
            }
            mainResult = Result { try make() }
            mainReady.signal()
            guard makesHelper else { return }
            helperResult = try? make()
            helperReady.signal()
        }
        thread.start()
    }

    /// The main font system (waits for it); a failure to make it is thrown here.
    public func main() throws -> FontSystem {
        mainReady.wait()
        mainReady.signal()
        return try mainResult!.get()
    }

    /// The helper, as a value a layout thread can wait on (nil without a second core).
    public func helper() -> LateFontSystem? {
        guard makesHelper else { return nil }
        return LateFontSystem { [self] in
            helperReady.wait()
            helperReady.signal()
            return helperResult
        }
    }
}
