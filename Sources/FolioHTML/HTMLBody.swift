import FolioCharts
import FolioCore
import Foundation

/// Walks blocks and inlines, appending HTML.
struct HTMLBody {
    let writer: HTMLWriter
    let file: String?
    var out = ""
    var diagnostics: [Diagnostic] = []
    private let e = HTMLEscaping.escape

    init(writer: HTMLWriter, file: String?) {
        self.writer = writer
        self.file = file
    }

    mutating func blocks(_ blocks: [Block]) { blocks.forEach { block($0) } }

    mutating func block(_ block: Block) {
        switch block {
        case .heading(let h):
            out += "<h\(h.level) id=\"\(e(h.anchor))\">\(inlines(h.content))</h\(h.level)>\n"
        case .paragraph(let c):
            out += "<p>\(inlines(c))</p>\n"
        case .blockquote(let inner):
            out += "<blockquote>\n"
            blocks(inner)
            out += "</blockquote>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            let cls = list.items.contains { $0.task != nil } ? " class=\"tasks\"" : ""
            out += "<\(tag)\(start)\(cls)>\n"
            for item in list.items {
                if let checked = item.task {
                    out += "<li class=\"task\"><input type=\"checkbox\" disabled\(checked ? " checked" : "")> "
                } else {
                    out += "<li>"
                }
                if list.tight, item.blocks.count >= 1, case .paragraph(let c) = item.blocks[0] {
                    out += inlines(c)
                    if item.blocks.count > 1 { out += "\n" }
                    blocks(Array(item.blocks.dropFirst()))
                } else {
                    out += "\n"
                    blocks(item.blocks)
                }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .code(let code):
            let lang = code.language.map { " data-lang=\"\(e($0))\"" } ?? ""
            out += "<pre class=\"code\"\(lang)><code>\(HTMLCode.body(code))</code></pre>\n"
        case .table(let t):
            table(t)
        case .thematicBreak:
            out += "<hr>\n"
        case .details(let d):
            out += "<details open>\n<summary>\(inlines(d.summary.isEmpty ? [.text("Details")] : d.summary))</summary>\n"
            blocks(d.blocks)
            out += "</details>\n"
        case .widget(let w):
            widget(w)
        case .image(let img):
            out += "<figure class=\"image\">\(image(img))</figure>\n"
        }
    }

    private mutating func table(_ t: Table) {
        func style(_ c: Int) -> String {
            guard c < t.alignments.count, t.alignments[c] != .none else { return "" }
            return " style=\"text-align:\(t.alignments[c].rawValue)\""
        }
        out += "<div class=\"table\"><table>\n<thead><tr>"
        for (c, cell) in t.header.enumerated() { out += "<th\(style(c))>\(inlines(cell))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            out += "<tr>"
            for c in 0..<t.header.count { out += "<td\(style(c))>\(c < row.count ? inlines(row[c]) : "")</td>" }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
    }

    private mutating func widget(_ w: WidgetEmbed) {
        let width = min(Self.cssLength(w.width, whole: writer.chartWidth) ?? writer.chartWidth, writer.chartWidth)
        let height = Self.cssLength(w.height, whole: nil) ?? 300
        let p = writer.widgets.present(w, width: width, height: height, measurer: writer.measurer)
        diagnostics += p.diagnostics.map { var d = $0; d.file = d.file ?? file; return d }
        let name = w.name.map { " data-name=\"\(e($0))\"" } ?? ""
        if let blocks = p.blocks {
            out += "<div class=\"widget\"\(name)>\n"
            self.blocks(blocks)
            out += "</div>\n"
            return
        }
        out += "<figure class=\"widget\"\(name)>\(SVGWriter(fontFamily: "Noto Sans, DejaVu Sans, sans-serif", monospaceFontFamily: "JetBrains Mono, DejaVu Sans Mono, monospace").svg(for: p.scene))</figure>\n"
    }

    static func cssLength(_ v: String?, whole: Double?) -> Double? {
        guard var s = v?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        if s.hasSuffix("%") { return whole.flatMap { w in Double(s.dropLast()).map { w * min($0, 100) / 100 } } }
        if s.hasSuffix("px") { s = String(s.dropLast(2)) }
        return Double(s).map { $0 * 0.75 }
    }

    private mutating func image(_ img: ImageRef) -> String {
        guard let data = writer.images.images[img.source] else {
            let reason = writer.images.failures[img.source] ?? "not loaded"
            diagnostics.append(.warning("image '\(img.source)': \(reason)", file: file, line: img.line))
            return "<span class=\"missing-image\" role=\"img\" aria-label=\"\(e(img.alt))\">Image unavailable: \(e(img.alt.isEmpty ? img.source : img.alt))</span>"
        }
        let title = img.title.map { " title=\"\(e($0))\"" } ?? ""
        // Natural size in CSS pixels; CSS max-width keeps it inside the column.
        return "<img src=\"data:\(data.mimeType);base64,\(data.bytes.base64EncodedString())\" alt=\"\(e(img.alt))\"\(title) width=\"\(data.pixelWidth)\" height=\"\(data.pixelHeight)\">"
    }

    mutating func inlines(_ inlines: [Inline]) -> String {
        var s = ""
        for inline in inlines {
            switch inline {
            case .text(let t): s += e(t)
            case .code(let t): s += "<code>\(e(t))</code>"
            case .emphasis(let c): s += "<em>\(self.inlines(c))</em>"
            case .strong(let c): s += "<strong>\(self.inlines(c))</strong>"
            case .strikethrough(let c): s += "<del>\(self.inlines(c))</del>"
            case .superscript(let c): s += "<sup>\(self.inlines(c))</sup>"
            case .subscript(let c): s += "<sub>\(self.inlines(c))</sub>"
            case .keyboard(let c): s += "<kbd>\(self.inlines(c))</kbd>"
            case .softBreak: s += "\n"
            case .lineBreak: s += "<br>\n"
            case .image(let img): s += image(img)
            case .link(let url, let title, let c):
                let content = self.inlines(c)
                guard let safe = HTMLEscaping.safeURL(url) else {
                    s += content
                    continue
                }
                let t = title.map { " title=\"\(e($0))\"" } ?? ""
                s += "<a href=\"\(e(safe))\"\(t)>\(content)</a>"
            }
        }
        return s
    }
}
