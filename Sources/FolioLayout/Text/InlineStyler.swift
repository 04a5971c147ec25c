import FolioCore

/// Flattens inlines into `StyledText`: emphasis, code, links and the raw inline tags become
/// style runs; soft breaks become spaces, hard breaks newlines.
struct InlineStyler {
    let theme: Theme

    func style(_ inlines: [Inline], base: SpanStyle) -> StyledText {
        var out = StyledText()
        append(inlines, base, &out)
        return out
    }

    private func append(_ inlines: [Inline], _ style: SpanStyle, _ out: inout StyledText) {
        for inline in inlines {
            switch inline {
            case .text(let s): out.append(s, style)
            case .softBreak: out.append(" ", style)
            case .lineBreak: out.append("\u{2028}", style)
            case .emphasis(let c):
                var s = style
                s.italic = true
                append(c, s, &out)
            case .strong(let c):
                var s = style
                s.bold = true
                append(c, s, &out)
            case .strikethrough(let c):
                var s = style
                s.strikethrough = true
                append(c, s, &out)
            case .code(let text):
                var s = style
                s.monospace = true
                s.scale *= theme.fonts.codeSize / theme.fonts.bodySize
                s.background = theme.code.inlineBackground
                if style.color == theme.colors.text { s.color = theme.code.inlineForeground }
                // Thin spaces pad the tinted background without changing the code's text. They
                // are set in the body font, which has a thin-space glyph: the monospace font has
                // none, so HarfBuzz would borrow its space glyph, and a PDF glyph maps to one text
                // only, which would send every later monospace space through an ActualText span.
                var pad = s
                pad.monospace = false
                out.append("\u{2009}", pad)
                out.append(text, s)
                out.append("\u{2009}", pad)
            case .keyboard(let c):
                var s = style
                s.monospace = true
                s.scale *= 0.9
                s.background = theme.code.inlineBackground
                append(c, s, &out)
            case .superscript(let c):
                var s = style
                s.scale *= 0.75
                s.rise += 0.35 * theme.fonts.bodySize
                append(c, s, &out)
            case .subscript(let c):
                var s = style
                s.scale *= 0.75
                s.rise -= 0.2 * theme.fonts.bodySize
                append(c, s, &out)
            case .link(let url, _, let c):
                var s = style
                s.color = theme.colors.link
                s.underline = true
                let start = out.text.utf8.count
                append(c, s, &out)
                let end = out.text.utf8.count
                if end > start { out.links.append(.init(start: start, end: end, url: url)) }
            case .image(let img):
                // Images nested in links or headings: their alt text stands in.
                out.append(img.alt.isEmpty ? "[image]" : img.alt, style)
            }
        }
    }
}
