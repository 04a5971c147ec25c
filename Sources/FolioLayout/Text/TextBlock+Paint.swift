import CCairo
import CPangoCairo
import FolioCore

extension TextBlock {
    /// Draws line `index` with the block's top-left at `origin` (the painters call this, so the
    /// Pango layout never leaves this module).
    ///
    /// Runs are drawn as bare glyph strings, not through `pango_cairo_show_layout_line`: that
    /// one hands cairo the text and the cluster map of every run, and cairo's PDF writer then
    /// maps each cluster to the font subset one by one, which made up a third to two fifths of
    /// writing a PDF. Without them cairo takes each glyph's text from the font's own character
    /// map, which gives the same extracted text because Folio shapes without ligatures.
    /// Backgrounds go first for the whole line, so a run's tint never covers its neighbour.
    public func paintLine(_ index: Int, at origin: ScenePoint, on cr: OpaquePointer) {
        guard index < lines.count, let pangoLine = pango_layout_get_line_readonly(layout, Int32(index)) else { return }
        let l = lines[index]
        let baseline = origin.y + l.baseline
        let scale = Double(PANGO_SCALE)
        var runs: [(x: Double, item: UnsafeMutablePointer<PangoGlyphItem>, style: RunStyle)] = []
        var x = origin.x + l.x
        var node = pangoLine.pointee.runs
        while let n = node {
            let item = n.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
            x += Double(item.pointee.start_x_offset) / scale
            let width = Double(pango_glyph_string_get_width(item.pointee.glyphs)) / scale
            let style = RunStyle(item.pointee.item.pointee.analysis.extra_attrs)
            if let bg = style.background {
                cairo_set_source_rgb(cr, bg.0, bg.1, bg.2)
                cairo_rectangle(cr, x, origin.y + l.top, width, l.height)
                cairo_fill(cr)
            }
            runs.append((x, item, style))
            x += width + Double(item.pointee.end_x_offset) / scale
            node = n.pointee.next
        }
        for run in runs {
            let item = run.item.pointee
            let y = baseline - Double(item.y_offset) / scale
            let c = run.style.color
            cairo_set_source_rgba(cr, c.0, c.1, c.2, run.style.alpha)
            cairo_move_to(cr, run.x, y)
            pango_cairo_show_glyph_string(cr, item.item.pointee.analysis.font, item.glyphs)
            guard run.style.underline || run.style.strikethrough, let metrics = pango_font_get_metrics(item.item.pointee.analysis.font, nil) else { continue }
            let width = Double(pango_glyph_string_get_width(item.glyphs)) / scale
            if run.style.underline {
                let thickness = Double(pango_font_metrics_get_underline_thickness(metrics)) / scale
                cairo_rectangle(cr, run.x, y - Double(pango_font_metrics_get_underline_position(metrics)) / scale, width, thickness)
            }
            if run.style.strikethrough {
                let thickness = Double(pango_font_metrics_get_strikethrough_thickness(metrics)) / scale
                cairo_rectangle(cr, run.x, y - Double(pango_font_metrics_get_strikethrough_position(metrics)) / scale, width, thickness)
            }
            cairo_fill(cr)
            pango_font_metrics_unref(metrics)
        }
    }

    /// What a run's attributes say about drawing it (the ones that do not change its shape).
    private struct RunStyle {
        var color = (0.0, 0.0, 0.0)
        var alpha = 1.0
        var background: (Double, Double, Double)?
        var underline = false
        var strikethrough = false

        init(_ attrs: UnsafeMutablePointer<GSList>?) {
            var node = attrs
            func rgb(_ a: UnsafeMutablePointer<PangoAttribute>) -> (Double, Double, Double) {
                let c = UnsafeMutableRawPointer(a).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                return (Double(c.red) / 65535, Double(c.green) / 65535, Double(c.blue) / 65535)
            }
            func int(_ a: UnsafeMutablePointer<PangoAttribute>) -> Int32 {
                UnsafeMutableRawPointer(a).assumingMemoryBound(to: PangoAttrInt.self).pointee.value
            }
            while let n = node {
                let a = n.pointee.data.assumingMemoryBound(to: PangoAttribute.self)
                switch a.pointee.klass.pointee.type {
                case PANGO_ATTR_FOREGROUND: color = rgb(a)
                case PANGO_ATTR_FOREGROUND_ALPHA: alpha = Double(int(a)) / 65535
                case PANGO_ATTR_BACKGROUND: background = rgb(a)
                case PANGO_ATTR_UNDERLINE: underline = int(a) != PANGO_UNDERLINE_NONE.rawValue
                case PANGO_ATTR_STRIKETHROUGH: strikethrough = int(a) != 0
                default: break
                }
                node = n.pointee.next
            }
        }
    }

    /// One line of scene text in the theme's fonts, for the scene painter.
    public static func sceneText(_ text: SceneText, theme: Theme, fonts: FontSystem) -> TextBlock {
        var styled = StyledText()
        var style = SpanStyle(color: text.color)
        style.bold = text.font.bold
        style.italic = text.font.italic
        styled.append(text.text, style)
        return TextBlock(
            styled, font: text.font.monospace ? theme.fonts.mono : theme.fonts.body, size: text.font.size, width: nil,
            lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
    }
}
