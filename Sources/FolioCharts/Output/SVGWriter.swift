import FolioCore
import Foundation

/// Writes a `Scene` as one standalone SVG document: sized in points, real `<text>`, images as
/// `data:` URIs, clip groups with ids numbered in document order. No scripts, no external
/// references, two-decimal coordinates, so equal scenes give byte-equal files.
public struct SVGWriter: Sendable {
    /// CSS font-family for proportional text.
    public var fontFamily: String
    /// CSS font-family for `monospace` text.
    public var monospaceFontFamily: String

    /// A writer using the given font families (the theme's body and code fonts).
    public init(fontFamily: String = "sans-serif", monospaceFontFamily: String = "monospace") {
        self.fontFamily = fontFamily
        self.monospaceFontFamily = monospaceFontFamily
    }

    /// The SVG document text for `scene`.
    public func svg(for scene: Scene) -> String {
        let w = Fixed.two(scene.width)
        let h = Fixed.two(scene.height)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"\(w)pt\" height=\"\(h)pt\" viewBox=\"0 0 \(w) \(h)\">\n"
        var clipCount = 0
        for item in scene.items { write(item, into: &out, clips: &clipCount) }
        return out + "</svg>\n"
    }

    private func write(_ item: SceneItem, into out: inout String, clips: inout Int) {
        switch item {
        case .path(let path, let fill, let stroke):
            out += "<path d=\"" + pathData(path) + "\""
            out += paint("fill", fill)
            if let stroke {
                out += paint("stroke", stroke.color) + " stroke-width=\"\(Fixed.two(stroke.width))\""
                out += " stroke-linejoin=\"round\" stroke-linecap=\"round\""
                if !stroke.dash.isEmpty {
                    out += " stroke-dasharray=\"" + stroke.dash.map(Fixed.two).joined(separator: " ") + "\""
                }
            }
            out += "/>\n"
        case .text(let t):
            let x = Fixed.two(t.position.x)
            let y = Fixed.two(t.position.y)
            let family = t.font.monospace ? monospaceFontFamily : fontFamily
            out +=
                "<text x=\"\(x)\" y=\"\(y)\" font-family=\"\(Self.escape(family))\" font-size=\"\(Fixed.two(t.font.size))\""
            if t.font.bold { out += " font-weight=\"bold\"" }
            if t.font.italic { out += " font-style=\"italic\"" }
            if t.anchor != .start { out += " text-anchor=\"\(t.anchor.rawValue)\"" }
            out += paint("fill", t.color)
            if t.rotation != 0 { out += " transform=\"rotate(\(Fixed.two(t.rotation)) \(x) \(y))\"" }
            // Runs of spaces matter in monospace samples; SVG collapses them by default.
            out += " xml:space=\"preserve\">" + Self.escape(t.text) + "</text>\n"
        case .image(let image):
            let r = image.rect
            out +=
                "<image x=\"\(Fixed.two(r.x))\" y=\"\(Fixed.two(r.y))\" width=\"\(Fixed.two(r.width))\" "
                + "height=\"\(Fixed.two(r.height))\" preserveAspectRatio=\"none\" xlink:href=\"data:"
                + Self.escape(image.mimeType) + ";base64," + image.data.base64EncodedString() + "\"/>\n"
        case .group(let clip, let items):
            if let clip {
                let id = "clip\(clips)"
                clips += 1
                out +=
                    "<clipPath id=\"\(id)\"><rect x=\"\(Fixed.two(clip.x))\" y=\"\(Fixed.two(clip.y))\" "
                    + "width=\"\(Fixed.two(clip.width))\" height=\"\(Fixed.two(clip.height))\"/></clipPath>\n"
                out += "<g clip-path=\"url(#\(id))\">\n"
            } else {
                out += "<g>\n"
            }
            for child in items { write(child, into: &out, clips: &clips) }
            out += "</g>\n"
        }
    }

    private func paint(_ attribute: String, _ color: Color?) -> String {
        guard let color, color.alpha > 0 else { return " \(attribute)=\"none\"" }
        let base = " \(attribute)=\"\(color.withAlpha(1).hex)\""
        return color.alpha >= 1 ? base : base + " \(attribute)-opacity=\"\(Fixed.two(color.alpha))\""
    }

    private func pathData(_ path: ScenePath) -> String {
        var d = ""
        d.reserveCapacity(path.elements.count * 14)
        for e in path.elements {
            switch e {
            case .move(let p): d += "M" + Fixed.two(p.x) + " " + Fixed.two(p.y)
            case .line(let p): d += "L" + Fixed.two(p.x) + " " + Fixed.two(p.y)
            case .curve(let a, let b, let c):
                d += "C" + [a, b, c].map { Fixed.two($0.x) + " " + Fixed.two($0.y) }.joined(separator: " ")
            case .close: d += "Z"
            }
        }
        return d
    }

    /// XML-escapes text and drops the control characters XML 1.0 forbids.
    static func escape(_ s: String) -> String { MarkupEscaping.escape(s, for: .xml) }
}
