// FolioLayout: Document + Theme -> pages of positioned frames (Pango does the text).
import CCairo
import CFontconfig
import CPangoCairo
import FolioCore
import Foundation

/// Fontconfig pointed at Folio's `Fonts/` only, and the Pango context every layout is made in,
/// so output never depends on the machine's fonts. Not thread-safe: one per rendering thread.
public final class FontSystem: @unchecked Sendable {
    let context: OpaquePointer
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let config: OpaquePointer
    /// Parsed font descriptions by "family list size"; Pango copies them into each layout.
    private var descriptions: [String: OpaquePointer] = [:]

    /// `cacheDirectory` keeps fontconfig's scan of the bundled fonts between runs.
    public init(fontsDirectory: URL, cacheDirectory: URL) throws {
        // access() first: FileManager's first use costs more than the check.
        if access(cacheDirectory.path, F_OK) != 0 {
            try? FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        }
        guard let cfg = FcConfigCreate() else { throw FolioError("fontconfig: cannot create a configuration") }
        let xml = Self.configXML(fonts: fontsDirectory.path, cache: cacheDirectory.path)
        guard FcConfigParseAndLoadFromMemory(cfg, xml, FcTrue) == FcTrue, FcConfigBuildFonts(cfg) == FcTrue else {
            FcConfigDestroy(cfg)
            throw FolioError("fontconfig: cannot load the bundled fonts", file: fontsDirectory.path)
        }
        config = cfg
        // Pango's font map runs FcInit() on a thread and waits for it before the first match:
        // with no current configuration that parses the machine's whole fontconfig setup and
        // system font caches (several ms) only to be ignored. A current one makes FcInit a no-op.
        FcConfigSetCurrent(cfg)
        fontMap = pango_cairo_font_map_new()
        pango_fc_font_map_set_config(OpaquePointer(fontMap), cfg)
        context = pango_font_map_create_context(fontMap)
        // Points in, points out: layout happens at 72 dpi and the painters scale.
        pango_cairo_context_set_resolution(context, 72)
        // Pango rounds glyph positions to whole device units by default: at 72 dpi that is whole
        // points, which puts up to half a point of error after every glyph (uneven letter spacing)
        // and makes cairo write a position correction after nearly every glyph in the PDF.
        pango_context_set_round_glyph_positions(context, 0)
        // Unhinted metrics give the same line breaks in PDF and in PNG at any ppi.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    /// The font description for a family list at a size, parsed once.
    func description(_ family: String, size: Double) -> OpaquePointer {
        let key = "\(family) \(size)"
        if let d = descriptions[key] { return d }
        let d = pango_font_description_from_string(key)!
        descriptions[key] = d
        return d
    }

    deinit {
        descriptions.values.forEach { pango_font_description_free($0) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// `&#39;` and the other HTML entities are valid XML too. (Not Foundation's
    /// `replacingOccurrences`: its first use costs runtime conformance scans on the font thread.)
    private static func escape(_ s: String) -> String { MarkupEscaping.escape(s, for: .html) }

    /// An isolated configuration: our folder, our cache, synthetic oblique/bold for faces we lack.
    private static func configXML(fonts: String, cache: String) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>\(escape(fonts))</dir>
          <cachedir>\(escape(cache))</cachedir>
          <match target="font">
            <test name="slant" compare="eq"><const>roman</const></test>
            <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
            <edit name="matrix" mode="assign"><times><name>matrix</name>
              <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix>
            </times></edit>
            <edit name="slant" mode="assign" binding="strong"><const>oblique</const></edit>
          </match>
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more"><const>medium</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
          </match>
          <alias><family>sans-serif</family><prefer><family>Noto Sans</family><family>DejaVu Sans</family><family>Droid Sans Fallback</family><family>Symbola</family></prefer></alias>
          <alias><family>monospace</family><prefer><family>JetBrains Mono</family><family>DejaVu Sans</family><family>Droid Sans Fallback</family><family>Symbola</family></prefer></alias>
        </fontconfig>
        """
    }
}
