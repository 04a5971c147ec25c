import CPangoCairo
import FolioCore

/// Builds the Pango attribute list for a `StyledText` (byte offsets, as Pango wants).
enum PangoAttributes {
    static func list(for styled: StyledText, baseSize: Double, monospaceFamily: String) -> OpaquePointer {
        let list = pango_attr_list_new()!
        func insert(_ attr: UnsafeMutablePointer<PangoAttribute>?, _ span: StyledText.Span) {
            guard let a = attr else { return }
            a.pointee.start_index = guint(span.start)
            a.pointee.end_index = guint(span.end)
            pango_attr_list_insert(list, a)  // takes ownership
        }
        // No ligatures or contextual alternates: a ligature glyph stands for several characters,
        // which a PDF can only express with an extra font subset and an ActualText span each
        // time (slower to write and to search), and code should show `!=` as typed.
        if let f = pango_attr_font_features_new("liga 0, calt 0") {
            f.pointee.start_index = 0
            f.pointee.end_index = guint.max
            pango_attr_list_insert(list, f)
        }
        func c16(_ v: Double) -> guint16 { guint16(max(0, min(1, v)) * 65535) }
        for span in styled.spans {
            let st = span.style
            insert(pango_attr_foreground_new(c16(st.color.red), c16(st.color.green), c16(st.color.blue)), span)
            if st.color.alpha < 1 { insert(pango_attr_foreground_alpha_new(c16(st.color.alpha)), span) }
            if st.bold { insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), span) }
            if st.italic { insert(pango_attr_style_new(PANGO_STYLE_ITALIC), span) }
            if st.monospace { insert(monospaceFamily.withCString { pango_attr_family_new($0) }, span) }
            if st.strikethrough { insert(pango_attr_strikethrough_new(1), span) }
            if st.underline { insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), span) }
            if let bg = st.background { insert(pango_attr_background_new(c16(bg.red), c16(bg.green), c16(bg.blue)), span) }
            if st.scale != 1 { insert(pango_attr_size_new(Int32(baseSize * st.scale * Double(PANGO_SCALE))), span) }
            if st.rise != 0 { insert(pango_attr_rise_new(Int32(st.rise * Double(PANGO_SCALE))), span) }
        }
        return list
    }
}
