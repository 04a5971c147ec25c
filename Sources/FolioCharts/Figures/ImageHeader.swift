import FolioCore
import Foundation

/// Pixel size and type of an encoded image, read from the PNG IHDR or JPEG SOF header only
/// (the parsing is `ImageData`'s; this is the charts' view of it).
public struct ImageHeader: Sendable, Equatable {
    /// `image/png` or `image/jpeg`.
    public var mimeType: String
    /// Width in pixels (EXIF orientation is not applied).
    public var pixelWidth: Int
    /// Height in pixels.
    public var pixelHeight: Int

    /// Parses `data`; nil when it is neither a PNG nor a JPEG with a frame header.
    public init?(data: Data) {
        guard let image = ImageData(data) else { return nil }
        (mimeType, pixelWidth, pixelHeight) = (image.mimeType, image.pixelWidth, image.pixelHeight)
    }
}
