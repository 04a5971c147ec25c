import FolioCore

/// One positioned thing on a page. The painters (PDF, PNG) walk these with one switch.
public enum FrameItem: Sendable {
    /// Lines `lines` of a text block; `origin` is where the whole block's top-left would be.
    case text(TextBlock, lines: Range<Int>, origin: ScenePoint)
    case rect(SceneRect, fill: Color?, stroke: Color?, lineWidth: Double, radius: Double)
    case line(from: ScenePoint, to: ScenePoint, color: Color, width: Double)
    /// Several segments stroked at once (a table row's borders): one path, one paint operation.
    case segments([ScenePoint], color: Color, width: Double)
    case image(ImageData, SceneRect)
    /// A chart or widget scene drawn at `origin`, scaled by `scale`.
    case scene(Scene, origin: ScenePoint, scale: Double)
    case link(SceneRect, url: String)
    /// A named destination (heading anchor) at `y`.
    case anchor(name: String, y: Double)
    case checkbox(SceneRect, checked: Bool, color: Color, background: Color)
    /// A list bullet or a disclosure triangle, drawn as a shape so it needs no fallback font.
    case marker(MarkerShape, SceneRect, color: Color)

    /// The same item moved down by `dy` points.
    func offset(dy: Double, dx: Double = 0) -> FrameItem {
        func r(_ r: SceneRect) -> SceneRect { SceneRect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height) }
        func p(_ p: ScenePoint) -> ScenePoint { ScenePoint(p.x + dx, p.y + dy) }
        switch self {
        case .text(let b, let l, let o): return .text(b, lines: l, origin: p(o))
        case .rect(let rect, let f, let s, let w, let rad): return .rect(r(rect), fill: f, stroke: s, lineWidth: w, radius: rad)
        case .line(let a, let b, let c, let w): return .line(from: p(a), to: p(b), color: c, width: w)
        case .segments(let pts, let c, let w): return .segments(pts.map(p), color: c, width: w)
        case .image(let img, let rect): return .image(img, r(rect))
        case .scene(let s, let o, let sc): return .scene(s, origin: p(o), scale: sc)
        case .link(let rect, let url): return .link(r(rect), url: url)
        case .anchor(let n, let y): return .anchor(name: n, y: y + dy)
        case .checkbox(let rect, let c, let col, let bg): return .checkbox(r(rect), checked: c, color: col, background: bg)
        case .marker(let shape, let rect, let col): return .marker(shape, r(rect), color: col)
        }
    }
}

/// Shapes of list bullets by depth (as browsers draw them) and of a details caption's triangle.
public enum MarkerShape: String, Sendable {
    case disc, circle, square, disclosure
}
