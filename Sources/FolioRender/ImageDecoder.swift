import CCairo
import CTurboJPEG
import FolioCore
import Foundation

/// PNG and JPEG bytes -> Cairo image surfaces. For PDF the original JPEG is attached as mime
/// data, so cairo embeds the file itself instead of re-encoding pixels.
enum ImageDecoder {
    static func surface(for image: ImageData, embedOriginal: Bool) -> OpaquePointer? {
        switch image.format {
        case .png: return png(image.bytes)
        case .jpeg: return jpeg(image, embedOriginal: embedOriginal)
        }
    }

    private final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ d: Data) { bytes = [UInt8](d) }
    }

    private static func png(_ data: Data) -> OpaquePointer? {
        let reader = Reader(data)
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        let surface = cairo_image_surface_create_from_png_stream({ closure, buffer, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let buffer else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { src in buffer.update(from: src.baseAddress! + r.offset, count: n) }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque())
        guard let s = surface, cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
            if let s = surface { cairo_surface_destroy(s) }
            return nil
        }
        return s
    }

    private static func jpeg(_ image: ImageData, embedOriginal: Bool) -> OpaquePointer? {
        guard let handle = tjInitDecompress() else { return nil }
        defer { tjDestroy(handle) }
        var bytes = [UInt8](image.bytes)
        var width: Int32 = 0, height: Int32 = 0, subsamp: Int32 = 0, colorspace: Int32 = 0
        guard tjDecompressHeader3(handle, &bytes, UInt(bytes.count), &width, &height, &subsamp, &colorspace) == 0,
            width > 0, height > 0
        else { return nil }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else { return nil }
        cairo_surface_flush(surface)
        let stride = cairo_image_surface_get_stride(surface)
        let pixels = cairo_image_surface_get_data(surface)
        // Cairo's RGB24 is native-endian 0xXXRRGGBB, i.e. BGRX bytes on little-endian machines.
        let ok = tjDecompress2(handle, &bytes, UInt(bytes.count), pixels, width, stride, height, Int32(TJPF_BGRX.rawValue), 0)
        guard ok == 0 || tjGetErrorCode(handle) == Int32(TJERR_WARNING.rawValue) else {
            cairo_surface_destroy(surface)
            return nil
        }
        cairo_surface_mark_dirty(surface)
        if embedOriginal {
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
            copy.initialize(from: bytes, count: bytes.count)
            cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy, UInt(bytes.count), { $0?.deallocate() }, copy)
        }
        return surface
    }
}
