import CCairo
import CPangoCairo
import FolioCore

extension TextBlock {
    /// Draws line `index` with the block's top-left at `origin` (the painters call this, so the
    /// Pango layout never leaves this module).
    public func paintLine(_ index: Int, at origin: ScenePoint, on cr: OpaquePointer) {
        guard index < lines.count, let pangoLine = pango_layout_get_line_readonly(layout, Int32(index)) else { return }
        let l = lines[index]
        cairo_move_to(cr, origin.x + l.x, origin.y + l.baseline)
        pango_cairo_show_layout_line(cr, pangoLine)
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
