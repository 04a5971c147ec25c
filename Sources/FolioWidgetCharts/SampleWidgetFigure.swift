import FolioCharts
import FolioCore
import FolioWidgets
import Foundation

/// The debug-sample widget: the newest event of the first matching task, as an image with a
/// "metric / variant / iteration" caption, or as text for text and HTML samples.
struct SampleWidgetFigure {
    let query: WidgetQuery
    let data: WidgetData
    let resources: [String: Data]

    func build(width: Double, height: Double, style: ChartStyle, measurer: TextMeasurer) -> Result<ChartResult, WidgetChartError> {
        guard let iteration = data.debugImages?.first?.iterations.first, let event = iteration.events.first, let url = event.url else {
            return .failure(WidgetChartError("no debug sample matches metrics=\(query.metrics.joined(separator: ",")) variants=\(query.variants.joined(separator: ","))"))
        }
        guard let bytes = resources[url] else { return .failure(WidgetChartError("sample \(url) could not be loaded")) }
        if ImageHeader(data: bytes) != nil {
            return .success(ImageFigure(data: bytes, metric: event.metric, variant: event.variant, iteration: event.iter).build(width: width, height: height, style: style, measurer: measurer))
        }
        let lower = url.lowercased()
        if [".txt", ".html", ".htm", ".json", ".csv", ".log", ".md"].contains(where: lower.hasSuffix) || !bytes.contains(0) {
            let text = String(decoding: bytes, as: UTF8.self)
            return .success(TextFigure(text: text, caption: "\(event.metric) / \(event.variant) / iteration \(event.iter)").build(width: width, height: height, style: style, measurer: measurer))
        }
        return .failure(WidgetChartError("sample \(url) is neither a PNG/JPEG image nor text (video and audio samples are not drawn)"))
    }
}
