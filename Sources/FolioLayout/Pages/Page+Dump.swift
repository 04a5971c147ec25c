import FolioCore
import Foundation

extension LayoutResult {
    /// A text dump of every page's frames (2-decimal points), the workhorse of layout tests.
    public func dump() -> String {
        var out = ""
        for (i, page) in pages.enumerated() {
            out += "page \(i + 1) \(f(page.width))x\(f(page.height)) bg=\(page.background.hex)\n"
            for item in page.items { out += "  " + Self.describe(item) + "\n" }
        }
        for e in outline { out += "outline h\(e.level) \"\(e.title)\" #\(e.anchor) page=\(e.page + 1) y=\(f(e.y))\n" }
        return out
    }

    static func describe(_ item: FrameItem) -> String {
        switch item {
        case .text(let block, let lines, let o):
            return lines.map { i in
                let l = block.lines[i]
                return "text (\(f(o.x + l.x)),\(f(o.y + l.baseline))) \(quote(l.text))"
            }.joined(separator: "\n  ")
        case .rect(let r, let fill, let stroke, _, _):
            return "rect \(rect(r))" + (fill.map { " fill=\($0.hex)" } ?? "") + (stroke.map { " stroke=\($0.hex)" } ?? "")
        case .line(let a, let b, let c, _): return "line (\(f(a.x)),\(f(a.y)))-(\(f(b.x)),\(f(b.y))) \(c.hex)"
        case .segments(let pts, let c, _):
            return "segments \(c.hex) " + stride(from: 0, to: pts.count - 1, by: 2).map { "(\(f(pts[$0].x)),\(f(pts[$0].y)))-(\(f(pts[$0 + 1].x)),\(f(pts[$0 + 1].y)))" }.joined(separator: " ")
        case .image(let img, let r): return "image \(img.format.rawValue) \(img.pixelWidth)x\(img.pixelHeight)px \(rect(r))"
        case .scene(let s, let o, let sc): return "scene (\(f(o.x)),\(f(o.y))) \(f(s.width))x\(f(s.height)) scale=\(f(sc)) items=\(s.items.count)"
        case .link(let r, let url): return "link \(rect(r)) \(url)"
        case .anchor(let n, let y): return "anchor #\(n) y=\(f(y))"
        case .checkbox(let r, let checked, _, _): return "checkbox \(checked ? "checked" : "unchecked") \(rect(r))"
        case .marker(let shape, let r, let c): return "marker \(shape.rawValue) \(rect(r)) \(c.hex)"
        }
    }

    private static func rect(_ r: SceneRect) -> String { "[\(f(r.x)) \(f(r.y)) \(f(r.width)) \(f(r.height))]" }
    private static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\u{2028}", with: "⏎").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

/// Fixed two-decimal formatting for dumps (no locale, no float noise).
func f(_ v: Double) -> String { String(format: "%.2f", v) }
