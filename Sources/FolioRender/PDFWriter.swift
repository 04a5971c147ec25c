import CCairo
import FolioCore
import FolioLayout
import Foundation

/// Document information written into the PDF.
public struct PDFMetadata: Sendable {
    public var title: String
    public var subject: String?
    public var author: String?
    /// ISO 8601 (`2024-01-01T00:00:00Z`); fixed so two exports of one input are byte-identical.
    public var creationDate: String

    public init(title: String, subject: String? = nil, author: String? = nil, creationDate: String) {
        self.title = title
        self.subject = subject
        self.author = author
        self.creationDate = creationDate
    }
}

/// Pages -> PDF bytes: vector text, link annotations, named destinations, outline, metadata.
public enum PDFWriter {
    /// `images`: the report's images decoded ahead (else each is decoded where it is drawn).
    public static func render(_ layout: LayoutResult, metadata: PDFMetadata, theme: Theme, fonts: FontSystem, images: ImagePrefetch? = nil) throws -> Data {
        let sink = ByteSink()
        let first = layout.pages.first
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, box.toOpaque(), first?.width ?? 595.276, first?.height ?? 841.89) else {
            throw FolioError("cairo: cannot create a PDF surface")
        }
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let s = metadata.subject, !s.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, s) }
        if let a = metadata.author, !a.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, a) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Folio")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)
        let cr = cairo_create(surface)!
        let painter = CairoPainter(cr: cr, fonts: fonts, theme: theme, isPDF: true)
        if let images { painter.adopt(images.take()) }
        // cairo 1.16 writes a broken xref for link tags outside a structure element; wrapping
        // every page in "Document" makes it emit a proper StructTreeRoot (qpdf --check passes).
        cairo_tag_begin(cr, "Document", nil)
        for (i, page) in layout.pages.enumerated() {
            // The first page's size was given at creation; setting it again after the
            // Document tag opened makes cairo 1.16 drop the structure tree.
            if i > 0 { cairo_pdf_surface_set_size(surface, page.width, page.height) }
            painter.paint(page)
            cairo_show_page(cr)
        }
        cairo_tag_end(cr, "Document")
        addOutline(layout.outline, surface: surface)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw FolioError("cairo: PDF output failed: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.data
    }

    /// Nests headings by level under the nearest shallower heading.
    private static func addOutline(_ entries: [OutlineEntry], surface: OpaquePointer) {
        var stack: [(level: Int, id: Int32)] = []
        for e in entries {
            while let top = stack.last, top.level >= e.level { stack.removeLast() }
            let parent = stack.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let flags = e.level <= 2 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
            let id = cairo_pdf_surface_add_outline(surface, parent, e.title, "dest='\(CairoPainter.escape(e.anchor))'", flags)
            stack.append((e.level, id))
        }
    }
}

/// Collects what cairo writes to a stream.
final class ByteSink {
    var data = Data()
    static let write: cairo_write_func_t = { closure, bytes, length in
        let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
        if let bytes { sink.data.append(bytes, count: Int(length)) }
        return CAIRO_STATUS_SUCCESS
    }
}
