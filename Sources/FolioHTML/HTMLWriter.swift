import FolioCharts
import FolioCore
import Foundation

/// Renders the document model as one HTML file: theme CSS inlined, images as `data:` URIs,
/// widgets as inline SVG, `<details open>` kept, nothing executable.
public struct HTMLWriter {
    let theme: Theme
    let images: ImageStore
    let widgets: WidgetPresenter
    let measurer: TextMeasurer
    /// Width charts are drawn at (the PDF column on A4); the SVG then scales with the page.
    let chartWidth: Double

    public init(theme: Theme, images: ImageStore, widgets: WidgetPresenter, measurer: TextMeasurer, chartWidth: Double = 483) {
        self.theme = theme
        self.images = images
        self.widgets = widgets
        self.measurer = measurer
        self.chartWidth = chartWidth
    }

    /// The HTML text and the warnings met (missing images, unavailable widgets).
    public func render(_ document: Document) -> (html: String, diagnostics: [Diagnostic]) {
        var body = HTMLBody(writer: self, file: document.sourcePath.map { ($0 as NSString).lastPathComponent })
        body.blocks(document.blocks)
        let e = HTMLEscaping.escape
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Folio">
            <title>\(e(document.title))</title>
            <style>
            \(HTMLStyle.css(theme))
            </style>
            </head>
            <body>
            <main class="report">
            \(body.out)</main>
            </body>
            </html>

            """
        return (html, body.diagnostics)
    }
}
