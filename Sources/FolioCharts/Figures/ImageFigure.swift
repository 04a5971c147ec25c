import FolioCore
import Foundation

/// A debug sample image: fitted into the box keeping its aspect ratio, centred, with a caption
/// line ("metric / variant / iteration N") right underneath.
public struct ImageFigure: Sendable, Equatable {
    /// Encoded PNG or JPEG bytes.
    public var data: Data
    /// Line under the image; empty for none.
    public var caption: String

    /// An image with a free caption.
    public init(data: Data, caption: String) {
        self.data = data
        self.caption = caption
    }

    /// An image captioned like the web app's sample viewer.
    public init(data: Data, metric: String, variant: String, iteration: Int) {
        self.init(data: data, caption: "\(metric) / \(variant) / iteration \(iteration)")
    }

    /// Builds the figure in `width` × `height`; undecodable bytes give a `Placeholder`.
    public func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        guard let header = ImageHeader(data: data) else {
            let reason = "not a PNG or JPEG image (\(data.count) bytes)"
            return Placeholder(widget: "debug sample '\(caption)'", reason: reason)
                .build(width: width, height: height, style: style, measurer: measurer, warnings: [reason])
        }
        let caption = FigureCaption(text: caption, style: style, measurer: measurer)
        let box = SceneRect(x: 0, y: 0, width: width, height: max(height - caption.height, 1))
        let scale = min(box.width / Double(header.pixelWidth), box.height / Double(header.pixelHeight))
        let w = Double(header.pixelWidth) * scale
        let h = Double(header.pixelHeight) * scale
        // The image and its caption stay together as one block, centred in the box.
        let top = box.y + (box.height - h) / 2
        let rect = SceneRect(x: box.x + (box.width - w) / 2, y: top, width: w, height: h)
        var items: [SceneItem] = [
            style.backgroundItem(width: width, height: height),
            .image(SceneImage(data: data, mimeType: header.mimeType, rect: rect)),
        ]
        items += caption.items(width: width, top: rect.maxY)
        return ChartResult(scene: Scene(width: width, height: height, items: items))
    }
}
