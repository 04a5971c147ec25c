// FolioCharts (interim): Scene -> SVG; replaced by the chart engine's writer when it lands.
import FolioCore
import Foundation

/// Writes a scene as a standalone `<svg>` element with real `<text>`.
public enum SVGWriter {
    public static func svg(for scene: Scene, fontFamily: String) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(scene.width)) \(n(scene.height))\" width=\"\(n(scene.width))pt\" height=\"\(n(scene.height))pt\" font-family=\"\(esc(fontFamily))\">"
        var clip = 0
        func item(_ i: SceneItem) {
            switch i {
            case .path(let p, let fill, let stroke):
                var d = ""
                for e in p.elements {
                    switch e {
                    case .move(let a): d += "M\(n(a.x)) \(n(a.y))"
                    case .line(let a): d += "L\(n(a.x)) \(n(a.y))"
                    case .curve(let a, let b, let c): d += "C\(n(a.x)) \(n(a.y)) \(n(b.x)) \(n(b.y)) \(n(c.x)) \(n(c.y))"
                    case .close: d += "Z"
                    }
                }
                out += "<path d=\"\(d)\" fill=\"\(fill?.hex ?? "none")\""
                if let s = stroke {
                    out += " stroke=\"\(s.color.hex)\" stroke-width=\"\(n(s.width))\""
                    if !s.dash.isEmpty { out += " stroke-dasharray=\"\(s.dash.map(n).joined(separator: " "))\"" }
                }
                out += "/>"
            case .text(let t):
                let anchor = t.anchor == .start ? "" : " text-anchor=\"\(t.anchor.rawValue)\""
                let rot = t.rotation == 0 ? "" : " transform=\"rotate(\(n(t.rotation)) \(n(t.position.x)) \(n(t.position.y)))\""
                let weight = t.font.bold ? " font-weight=\"bold\"" : ""
                out += "<text x=\"\(n(t.position.x))\" y=\"\(n(t.position.y))\" font-size=\"\(n(t.font.size))\" fill=\"\(t.color.hex)\"\(anchor)\(weight)\(rot)>\(esc(t.text))</text>"
            case .image(let img):
                let r = img.rect
                out += "<image x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\" href=\"data:\(img.mimeType);base64,\(img.data.base64EncodedString())\"/>"
            case .group(let c, let items):
                if let c {
                    clip += 1
                    out += "<clipPath id=\"c\(clip)\"><rect x=\"\(n(c.x))\" y=\"\(n(c.y))\" width=\"\(n(c.width))\" height=\"\(n(c.height))\"/></clipPath><g clip-path=\"url(#c\(clip))\">"
                } else {
                    out += "<g>"
                }
                items.forEach(item)
                out += "</g>"
            }
        }
        scene.items.forEach(item)
        return out + "</svg>"
    }

    private static func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r)
    }

    private static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
