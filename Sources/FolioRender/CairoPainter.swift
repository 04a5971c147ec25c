// FolioRender: pages of frames -> PDF or PNG through one Cairo painter on two surfaces.
import CCairo
import CPangoCairo
import FolioCharts
import FolioCore
import FolioLayout
import Foundation

/// Paints frames onto any Cairo context; the PDF and PNG writers differ only in the surface.
final class CairoPainter {
    let cr: OpaquePointer
    let fonts: FontSystem
    let theme: Theme
    /// Whether tags (links, destinations) are meaningful: only on PDF surfaces.
    let isPDF: Bool
    private var surfaces: [Data: OpaquePointer] = [:]
    private lazy var scenes = ScenePainter(cr: cr, fonts: fonts, theme: theme, images: { [unowned self] in self.surface(for: $0) })

    init(cr: OpaquePointer, fonts: FontSystem, theme: Theme, isPDF: Bool) {
        self.cr = cr
        self.fonts = fonts
        self.theme = theme
        self.isPDF = isPDF
    }

    deinit { surfaces.values.forEach { cairo_surface_destroy($0) } }

    func paint(_ page: Page) {
        cairo_save(cr)
        set(page.background)
        cairo_rectangle(cr, 0, 0, page.width, page.height)
        cairo_fill(cr)
        for item in page.items { paint(item) }
        cairo_restore(cr)
    }

    func set(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }

    private func paint(_ item: FrameItem) {
        switch item {
        case .text(let block, let lines, let origin):
            for i in lines { block.paintLine(i, at: origin, on: cr) }
        case .rect(let r, let fill, let stroke, let width, let radius):
            path(rect: r, radius: radius)
            if let fill {
                set(fill)
                stroke == nil ? cairo_fill(cr) : cairo_fill_preserve(cr)
            }
            if let stroke {
                set(stroke)
                cairo_set_line_width(cr, width)
                cairo_stroke(cr)
            }
        case .line(let a, let b, let color, let width):
            set(color)
            cairo_set_line_width(cr, width)
            cairo_move_to(cr, a.x, a.y)
            cairo_line_to(cr, b.x, b.y)
            cairo_stroke(cr)
        case .segments(let points, let color, let width):
            set(color)
            cairo_set_line_width(cr, width)
            for i in stride(from: 0, to: points.count - 1, by: 2) {
                cairo_move_to(cr, points[i].x, points[i].y)
                cairo_line_to(cr, points[i + 1].x, points[i + 1].y)
            }
            cairo_stroke(cr)
        case .image(let data, let r):
            drawImage(data, in: r)
        case .scene(let scene, let origin, let scale):
            cairo_save(cr)
            cairo_translate(cr, origin.x, origin.y)
            cairo_scale(cr, scale, scale)
            scenes.paint(scene)
            cairo_restore(cr)
        case .link(let r, let url):
            guard isPDF else { return }
            let target = url.hasPrefix("#") ? "dest='\(Self.escape(String(url.dropFirst())))'" : "uri='\(Self.escape(url))'"
            cairo_tag_begin(cr, CAIRO_TAG_LINK, "rect=[\(r.x) \(r.y) \(r.width) \(r.height)] \(target)")
            cairo_tag_end(cr, CAIRO_TAG_LINK)
        case .anchor(let name, let y):
            guard isPDF else { return }
            cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(Self.escape(name))' x=0 y=\(max(0, y - 6))")
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        case .checkbox(let r, let checked, let color, let background):
            path(rect: r, radius: 2)
            set(checked ? color : background)
            cairo_fill_preserve(cr)
            set(color)
            cairo_set_line_width(cr, 1)
            cairo_stroke(cr)
            if checked {
                set(background)
                cairo_set_line_width(cr, r.width * 0.14)
                cairo_move_to(cr, r.x + r.width * 0.22, r.y + r.height * 0.52)
                cairo_line_to(cr, r.x + r.width * 0.42, r.y + r.height * 0.72)
                cairo_line_to(cr, r.x + r.width * 0.78, r.y + r.height * 0.3)
                cairo_stroke(cr)
            }
        case .marker(let shape, let r, let color):
            set(color)
            // Text drawing leaves a current point; an arc would be joined to it by a line.
            cairo_new_path(cr)
            switch shape {
            case .disc:
                cairo_arc(cr, r.x + r.width / 2, r.y + r.height / 2, r.width / 2, 0, 2 * Double.pi)
                cairo_fill(cr)
            case .circle:
                let w = max(0.6, r.width * 0.16)
                cairo_set_line_width(cr, w)
                cairo_arc(cr, r.x + r.width / 2, r.y + r.height / 2, (r.width - w) / 2, 0, 2 * Double.pi)
                cairo_stroke(cr)
            case .square:
                cairo_rectangle(cr, r.x, r.y, r.width, r.height)
                cairo_fill(cr)
            case .disclosure:
                cairo_move_to(cr, r.x, r.y)
                cairo_line_to(cr, r.maxX, r.y)
                cairo_line_to(cr, r.x + r.width / 2, r.maxY)
                cairo_close_path(cr)
                cairo_fill(cr)
            }
        }
    }

    private func path(rect r: SceneRect, radius: Double) {
        guard radius > 0 else {
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            return
        }
        let rad = min(radius, r.width / 2, r.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - rad, r.y + rad, rad, -Double.pi / 2, 0)
        cairo_arc(cr, r.maxX - rad, r.maxY - rad, rad, 0, Double.pi / 2)
        cairo_arc(cr, r.x + rad, r.maxY - rad, rad, Double.pi / 2, Double.pi)
        cairo_arc(cr, r.x + rad, r.y + rad, rad, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }

    func drawImage(_ data: ImageData, in r: SceneRect) {
        guard let surface = surface(for: data) else { return }
        cairo_save(cr)
        cairo_translate(cr, r.x, r.y)
        cairo_scale(cr, r.width / Double(data.pixelWidth), r.height / Double(data.pixelHeight))
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Surfaces decoded elsewhere, keyed by their image's bytes; this painter destroys them.
    func adopt(_ decoded: [Data: OpaquePointer]) {
        for (bytes, surface) in decoded {
            if let old = surfaces.updateValue(surface, forKey: bytes) { cairo_surface_destroy(old) }
        }
    }

    /// One decoded surface per distinct image, shared by every use within this document.
    func surface(for data: ImageData) -> OpaquePointer? {
        if let s = surfaces[data.bytes] { return s }
        guard let s = ImageDecoder.surface(for: data, embedOriginal: isPDF) else { return nil }
        surfaces[data.bytes] = s
        return s
    }

    /// Escapes a value for cairo's tag attribute strings ('…' quoted). A loop rather than
    /// Foundation's `replacingOccurrences`, whose first use costs runtime conformance scans.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar == "\\" || scalar == "'" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
