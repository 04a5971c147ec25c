import CCairo
import FolioCore
import FolioLayout
import Foundation

/// Pages -> one PNG per page at a given resolution, painted by the same painter as the PDF.
public enum PNGWriter {
    public static func render(_ layout: LayoutResult, ppi: Double, theme: Theme, fonts: FontSystem) throws -> [Data] {
        try layout.pages.map { page in
            let scale = ppi / 72
            let w = Int32((page.width * scale).rounded(.up)), h = Int32((page.height * scale).rounded(.up))
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) else {
                throw FolioError("cairo: cannot create a \(w)x\(h) image")
            }
            defer { cairo_surface_destroy(surface) }
            let cr = cairo_create(surface)!
            // Fill every pixel first: the page edge rarely falls on a pixel boundary, and a
            // half-covered last column would otherwise blend with black.
            let bg = page.background
            cairo_set_source_rgb(cr, bg.red, bg.green, bg.blue)
            cairo_paint(cr)
            cairo_scale(cr, scale, scale)
            CairoPainter(cr: cr, fonts: fonts, theme: theme, isPDF: false).paint(page)
            cairo_destroy(cr)
            cairo_surface_flush(surface)
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let pixels = cairo_image_surface_get_data(surface) else {
                throw FolioError("cairo: PNG output failed")
            }
            return try PNGEncoder.encode(
                pixels: pixels, width: Int(w), height: Int(h), stride: Int(cairo_image_surface_get_stride(surface)))
        }
    }
}
