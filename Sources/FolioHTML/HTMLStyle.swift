import FolioCore

/// The theme as CSS: screen first, with print rules so a browser's print also looks right.
enum HTMLStyle {
    static func css(_ t: Theme) -> String {
        let c = t.colors
        let body = cssFamilies(t.fonts.body) + ", system-ui, sans-serif"
        // Only monospace families: a proportional fallback from the Pango list would win in browsers.
        let mono = cssFamilies(String(t.fonts.mono.split(separator: ",").first ?? "monospace")) + ", \"DejaVu Sans Mono\", ui-monospace, monospace"
        let sizes = t.headingScale.enumerated().map { i, s in "h\(i + 1){font-size:\(fmt(s))em}" }.joined(separator: "")
        let tokens = t.tokens.keys.sorted().map { k in ".tok-\(k){color:\(t.tokens[k]!.hex)}" }.joined(separator: "")
        return """
            :root{color-scheme:\(t.name == "dark" ? "dark" : "light")}
            html{background:\(t.page.background.hex)}
            body{margin:0;background:\(t.page.background.hex);color:\(c.text.hex);font-family:\(body);font-size:\(fmt(t.fonts.bodySize * 4 / 3))px;line-height:1.55}
            main.report{max-width:52rem;margin:0 auto;padding:2.5rem 1.5rem 4rem;overflow-wrap:anywhere}
            h1,h2,h3,h4,h5,h6{color:\(c.heading.hex);line-height:1.25;margin:1.4em 0 .5em;break-after:avoid}
            h1,h2{padding-bottom:.3em;border-bottom:1px solid \(c.rule.hex)}\(sizes)
            p{margin:0 0 .75em}
            a{color:\(c.link.hex)}
            code,kbd,pre{font-family:\(mono)}
            code{background:\(t.code.inlineBackground.hex);color:\(t.code.inlineForeground.hex);padding:.1em .3em;border-radius:4px;font-size:.86em}
            kbd{border:1px solid \(c.rule.hex);border-bottom-width:2px;border-radius:4px;padding:0 .3em;font-size:.85em}
            pre.code{background:\(t.code.background.hex);color:\(t.code.foreground.hex);padding:\(fmt(t.code.padding))pt;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4;font-size:\(fmt(t.fonts.codeSize * 4 / 3))px;line-height:1.45}
            pre.code code{background:none;padding:0;font-size:inherit;color:inherit}
            blockquote{margin:0 0 .75em;padding:0 1em;border-left:\(fmt(t.quote.barWidth))px solid \(t.quote.bar.hex);color:\(t.quote.text.hex)}
            details{margin:0 0 .75em;padding-left:1em;border-left:2px solid \(t.quote.detailsBar.hex)}
            summary{font-weight:bold;margin-left:-1em;padding-left:.2em;cursor:default}
            ul,ol{padding-left:1.6em;margin:0 0 .75em}
            ul.tasks{list-style:none;padding-left:1.2em}
            li.task input{margin:0 .4em 0 -1.2em;accent-color:\(c.checkbox.hex)}
            hr{border:0;border-top:1px solid \(c.rule.hex);margin:1.2em 0}
            div.table{overflow-x:auto;margin:0 0 .75em}
            table{border-collapse:collapse}
            th,td{border:1px solid \(t.table.border.hex);padding:\(fmt(t.table.cellPaddingY))pt \(fmt(t.table.cellPaddingX))pt;vertical-align:top}
            th{text-align:left;background:\(t.table.headerBackground.hex);color:\(t.table.headerText.hex)}
            tbody tr:nth-child(even){background:\(t.table.stripe.hex)}
            figure{margin:0 0 .9em}
            figure img{max-width:100%;height:auto}
            figure.widget svg{width:100%;height:auto;display:block}
            .missing-image{display:block;padding:1em;border:1px dashed \(c.placeholderBorder.hex);background:\(c.placeholderBackground.hex);color:\(c.muted.hex)}
            \(tokens)
            @media print{@page{size:A4;margin:20mm}main.report{max-width:none;padding:0}pre.code,figure,tr{break-inside:avoid}thead{display:table-header-group}}
            """
    }

    /// Pango family lists to CSS (each family quoted).
    private static func cssFamilies(_ list: String) -> String {
        list.split(separator: ",").map { "\"\($0.trimmingCharacters(in: .whitespaces))\"" }.joined(separator: ", ")
    }

    private static func fmt(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.2f", v)
    }
}
