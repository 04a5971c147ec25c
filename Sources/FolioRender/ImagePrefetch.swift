import CCairo
import FolioCore
import Foundation

/// A report's images decoded into cairo surfaces on another thread while the report is laid
/// out: decoding a 480 x 180 PNG takes about a millisecond, which the PDF writer would
/// otherwise spend on the critical path for each image. The writer takes the surfaces over;
/// surfaces never taken are destroyed with this.
public final class ImagePrefetch: @unchecked Sendable {
    private let decoded = Handoff<[Data: OpaquePointer]>()
    private var taken = false

    /// Starts decoding every image of `store`, as the PDF writer would (JPEG files kept for
    /// embedding as they are).
    public static func start(_ store: ImageStore) -> ImagePrefetch {
        let prefetch = ImagePrefetch()
        let images = Array(store.images.values)
        PlainThread.start {
            var surfaces: [Data: OpaquePointer] = [:]
            for image in images where surfaces[image.bytes] == nil {
                if let s = ImageDecoder.surface(for: image, embedOriginal: true) { surfaces[image.bytes] = s }
            }
            prefetch.decoded.hand(surfaces)
        }
        return prefetch
    }

    /// The decoded surfaces (waiting for them), now owned by the caller; once only.
    func take() -> [Data: OpaquePointer] {
        precondition(!taken, "the prefetched images were already taken")
        taken = true
        return decoded.take()
    }

    deinit {
        // The decoding thread holds this object until it has handed its surfaces over.
        if !taken { decoded.take().values.forEach { cairo_surface_destroy($0) } }
    }
}
