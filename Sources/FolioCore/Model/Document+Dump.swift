import Foundation

extension Document {
    /// An indented text tree of the model, one node per line, for snapshot tests.
    public func dump() -> String {
        var out = "document \(quoted(title))\n"
        for block in blocks { dumpBlock(block, depth: 1, into: &out) }
        return out
    }
}

private func quoted(_ s: String) -> String {
    var escaped = ""
    for ch in s {
        switch ch {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case "\t": escaped += "\\t"
        default: escaped.append(ch)
        }
    }
    return "\"" + escaped + "\""
}

private func line(_ text: String, _ depth: Int, _ out: inout String) {
    out += String(repeating: "  ", count: depth) + text + "\n"
}

private func dumpBlock(_ block: Block, depth d: Int, into out: inout String) {
    switch block {
    case .heading(let h):
        line("heading \(h.level) #\(h.anchor) @\(h.line)", d, &out)
        h.content.forEach { dumpInline($0, depth: d + 1, into: &out) }
    case .paragraph(let inlines):
        line("paragraph", d, &out)
        inlines.forEach { dumpInline($0, depth: d + 1, into: &out) }
    case .blockquote(let blocks):
        line("blockquote", d, &out)
        blocks.forEach { dumpBlock($0, depth: d + 1, into: &out) }
    case .list(let list):
        line("list \(list.ordered ? "ordered start=\(list.start)" : "bullet") \(list.tight ? "tight" : "loose")", d, &out)
        for item in list.items {
            let task = item.task.map { $0 ? " task=checked" : " task=unchecked" } ?? ""
            line("item" + task, d + 1, &out)
            item.blocks.forEach { dumpBlock($0, depth: d + 2, into: &out) }
        }
    case .code(let code):
        line("code lang=\(code.language ?? "-") info=\(quoted(code.info)) \(code.fenced ? "fenced" : "indented") @\(code.line)", d, &out)
        for l in code.text.split(separator: "\n", omittingEmptySubsequences: false) { line("| " + l, d + 1, &out) }
    case .table(let table):
        line("table align=[\(table.alignments.map(\.rawValue).joined(separator: ","))] @\(table.line)", d, &out)
        line("header", d + 1, &out)
        for cell in table.header {
            line("cell", d + 2, &out)
            cell.forEach { dumpInline($0, depth: d + 3, into: &out) }
        }
        for row in table.rows {
            line("row", d + 1, &out)
            for cell in row {
                line("cell", d + 2, &out)
                cell.forEach { dumpInline($0, depth: d + 3, into: &out) }
            }
        }
    case .thematicBreak:
        line("thematic_break", d, &out)
    case .details(let details):
        line("details", d, &out)
        line("summary", d + 1, &out)
        details.summary.forEach { dumpInline($0, depth: d + 2, into: &out) }
        details.blocks.forEach { dumpBlock($0, depth: d + 1, into: &out) }
    case .widget(let w):
        var attrs = "url=\(quoted(w.url))"
        if let n = w.name { attrs += " name=\(quoted(n))" }
        if let v = w.width { attrs += " width=\(quoted(v))" }
        if let v = w.height { attrs += " height=\(quoted(v))" }
        line("widget \(attrs) @\(w.line)", d, &out)
    case .image(let img):
        line("image " + imageAttributes(img), d, &out)
    }
}

private func imageAttributes(_ img: ImageRef) -> String {
    "src=\(quoted(img.source)) alt=\(quoted(img.alt))" + (img.title.map { " title=\(quoted($0))" } ?? "") + " @\(img.line)"
}

private func dumpInline(_ inline: Inline, depth d: Int, into out: inout String) {
    func children(_ name: String, _ c: [Inline]) {
        line(name, d, &out)
        c.forEach { dumpInline($0, depth: d + 1, into: &out) }
    }
    switch inline {
    case .text(let s): line("text \(quoted(s))", d, &out)
    case .code(let s): line("code \(quoted(s))", d, &out)
    case .emphasis(let c): children("emphasis", c)
    case .strong(let c): children("strong", c)
    case .strikethrough(let c): children("strikethrough", c)
    case .superscript(let c): children("superscript", c)
    case .subscript(let c): children("subscript", c)
    case .keyboard(let c): children("keyboard", c)
    case .link(let url, let title, let c):
        children("link url=\(quoted(url))" + (title.map { " title=\(quoted($0))" } ?? ""), c)
    case .image(let img): line("image " + imageAttributes(img), d, &out)
    case .softBreak: line("soft_break", d, &out)
    case .lineBreak: line("line_break", d, &out)
    }
}
