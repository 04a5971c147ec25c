import CCairo
import FolioCore
import FolioLayout
import Foundation

/// Paints a chart `Scene` with Cairo; text goes through Pango so it is real, selectable text.
struct ScenePainter {
    let cr: OpaquePointer
    let fonts: FontSystem
    let theme: Theme
    let images: (ImageData) -> OpaquePointer?

    func paint(_ scene: Scene) {
        for item in scene.items { paint(item) }
    }

    private func set(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

    private func paint(_ item: SceneItem) {
        switch item {
        case .path(let path, let fill, let stroke):
            trace(path)
            if let fill {
                set(fill)
                stroke == nil ? cairo_fill(cr) : cairo_fill_preserve(cr)
            }
            if let stroke {
                set(stroke.color)
                cairo_set_line_width(cr, stroke.width)
                // Bevel joins: no miter spikes on dense decimated lines, and far cheaper to stroke than round.
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
                if stroke.dash.isEmpty {
                    cairo_set_dash(cr, nil, 0, 0)
                } else {
                    stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
                }
                cairo_stroke(cr)
                cairo_set_dash(cr, nil, 0, 0)
            }
            cairo_new_path(cr)
        case .text(let text):
            let block = TextBlock.sceneText(text, theme: theme, fonts: fonts)
            guard let line = block.lines.first else { return }
            let shift: Double
            switch text.anchor {
            case .start: shift = 0
            case .middle: shift = block.naturalWidth / 2
            case .end: shift = block.naturalWidth
            }
            cairo_save(cr)
            cairo_translate(cr, text.position.x, text.position.y)
            if text.rotation != 0 { cairo_rotate(cr, text.rotation * Double.pi / 180) }
            block.paintLine(0, at: ScenePoint(-shift - line.x, -line.baseline), on: cr)
            cairo_restore(cr)
        case .image(let image):
            guard let decoded = ImageData(image.data), let surface = images(decoded) else { return }
            let r = image.rect
            cairo_save(cr)
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_clip(cr)
            cairo_translate(cr, r.x, r.y)
            cairo_scale(cr, r.width / Double(decoded.pixelWidth), r.height / Double(decoded.pixelHeight))
            cairo_set_source_surface(cr, surface, 0, 0)
            cairo_paint(cr)
            cairo_restore(cr)
        case .group(let clip, let items):
            cairo_save(cr)
            if let c = clip {
                cairo_rectangle(cr, c.x, c.y, c.width, c.height)
                cairo_clip(cr)
            }
            items.forEach(paint)
            cairo_restore(cr)
        }
    }

    private func trace(_ path: ScenePath) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let p): cairo_curve_to(cr, a.x, a.y, b.x, b.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }
}
