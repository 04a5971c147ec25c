import FolioCore
import FolioHighlight

/// Code blocks: monospace on a tinted background, one flow item per visual line so a page
/// break only falls between lines, with a continuation mark where a long line wraps.
extension FlowBuilder {
    func code(_ code: CodeBlock, _ ctx: FlowContext, space: Double) {
        let pad = theme.code.padding
        let gutter = options.lineNumbers ? numberGutter(code.text) : 0
        let textX = ctx.x + pad + gutter
        let width = ctx.width - 2 * pad - gutter
        let styled = codeStyledText(code)
        let block = TextBlock(
            styled, font: theme.fonts.mono, size: theme.fonts.codeSize, width: width, lineSpacing: 0,
            monospaceFamily: theme.fonts.mono, fonts: fonts)
        let starts = sourceLineStarts(styled.text)
        var lineIndex = 0
        let count = block.lines.count
        for (i, line) in block.lines.enumerated() {
            let isFirst = i == 0, isLast = i == count - 1
            let next = i + 1 < count ? block.lines[i + 1].top : block.height
            let lineHeight = next - line.top
            let top = isFirst ? pad : 0
            let bottom = isLast ? pad : 0
            var item = FlowItem(height: lineHeight + top + bottom, spaceBefore: isFirst ? space : 0)
            item.frames.append(.rect(SceneRect(x: ctx.x, y: 0, width: ctx.width, height: item.height), fill: theme.code.background, stroke: nil, lineWidth: 0, radius: 0))
            item.frames.append(.text(block, lines: i..<(i + 1), origin: ScenePoint(textX, top - line.top)))
            // Is this visual line the start of a source line, or a wrapped continuation?
            let startsSourceLine = starts.contains(line.start)
            if startsSourceLine {
                if options.lineNumbers { item.frames.append(numberFrame(lineIndex + 1, x: ctx.x + pad, width: gutter - 6, baseline: top + line.baseline - line.top)) }
                lineIndex += 1
            } else {
                item.frames.append(markerFrame(x: ctx.x + 1.5, baseline: top + line.baseline - line.top))
            }
            item.firstBaseline = top + line.baseline - line.top
            item.glueToPrevious = i > 0 && (i == 1 || isLast)
            add(item, ctx)
        }
    }

    /// Byte offsets where source lines begin.
    private func sourceLineStarts(_ text: String) -> Set<Int> {
        var out: Set<Int> = [0]
        var offset = 0
        for b in text.utf8 {
            offset += 1
            if b == UInt8(ascii: "\n") { out.insert(offset) }
        }
        return out
    }

    private func numberGutter(_ text: String) -> Double {
        let digits = String(text.split(separator: "\n", omittingEmptySubsequences: false).count).count
        return Double(max(digits, 2)) * theme.fonts.codeSize * 0.62 + 8
    }

    private func numberFrame(_ n: Int, x: Double, width: Double, baseline: Double) -> FrameItem {
        var styled = StyledText()
        styled.append(String(n), SpanStyle(color: theme.code.lineNumber))
        let block = TextBlock(styled, font: theme.fonts.mono, size: theme.fonts.codeSize, width: width, alignment: .right, lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
        return .text(block, lines: 0..<1, origin: ScenePoint(x, baseline - (block.lines.first?.baseline ?? 0)))
    }

    private func markerFrame(x: Double, baseline: Double) -> FrameItem {
        let block: TextBlock
        if let cached = markerCache["↪"] {
            block = cached
        } else {
            var styled = StyledText()
            styled.append("↪", SpanStyle(color: theme.code.lineNumber))
            block = TextBlock(styled, font: theme.fonts.mono, size: theme.fonts.codeSize * 0.9, width: nil, lineSpacing: 0, monospaceFamily: theme.fonts.mono, fonts: fonts)
            markerCache["↪"] = block
        }
        return .text(block, lines: 0..<1, origin: ScenePoint(x, baseline - (block.lines.first?.baseline ?? 0)))
    }

    /// The code as styled text: highlighted when the info string names a known language,
    /// tabs expanded to 4 columns for paged output, colours from the theme's token slots.
    func codeStyledText(_ code: CodeBlock) -> StyledText {
        let language = code.language.flatMap { Highlighter.language(named: $0) }
        let tokens = expandTabs(Highlighter.highlight(code.text, language: language), width: 4)
        var styled = StyledText()
        let plain = SpanStyle(color: theme.code.foreground)
        for token in tokens {
            // White space shows no colour: it joins the run before it, so a line is drawn in
            // fewer runs (each run is a separate text operation in the PDF).
            if let last = styled.spans.last, token.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                styled.append(token.text, last.style)
                continue
            }
            guard let kind = token.kind, let color = theme.tokens[kind.rawValue] else {
                styled.append(token.text, plain)
                continue
            }
            var style = SpanStyle(color: color)
            style.italic = kind == .comment || kind == .docComment
            style.bold = kind == .diffHeader || kind == .prompt
            styled.append(token.text, style)
        }
        return styled
    }
}
