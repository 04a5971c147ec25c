import FolioCore

/// `TextMeasurer` backed by Pango and the bundled fonts, so charts measure what is painted.
struct PangoTextMeasurer: TextMeasurer {
    let fonts: FontSystem
    let theme: Theme

    func width(of text: String, font: SceneFont) -> Double {
        var styled = StyledText()
        var style = SpanStyle(color: .black)
        style.bold = font.bold
        style.italic = font.italic
        styled.append(text, style)
        let block = TextBlock(
            styled, font: font.monospace ? theme.fonts.mono : theme.fonts.body, size: font.size, width: nil, lineSpacing: 0,
            monospaceFamily: theme.fonts.mono, fonts: fonts)
        return block.naturalWidth
    }
}
