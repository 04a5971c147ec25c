import FolioCharts
import FolioCore
import FolioWidgets
import Foundation

/// Presents widgets from prefetched answers: scalar as a line chart, single as a table or a
/// grouped bar chart, sample as its image, plot as its Plotly figure, parcoords as parallel
/// coordinates; anything missing becomes a named placeholder.
public struct DataWidgetPresenter: WidgetPresenter {
    let prefetch: WidgetPrefetch
    let style: ChartStyle

    public init(prefetch: WidgetPrefetch, theme: Theme) {
        self.prefetch = prefetch
        self.style = theme.chart
    }

    public func present(_ widget: WidgetEmbed, width: Double, height: Double, measurer: TextMeasurer) -> WidgetPresentation {
        let label = PlaceholderWidgetPresenter.label(widget)
        func placeholder(_ reason: String) -> WidgetPresentation {
            let scene = Placeholder(widget: label, reason: reason).build(width: width, height: min(height, 140), style: style, measurer: measurer).scene
            return WidgetPresentation(scene: scene, diagnostics: [.warning("\(label): \(reason)", line: widget.line)])
        }
        guard let answer = prefetch.answers[WidgetPrefetch.key(for: widget)] else { return placeholder("not fetched") }
        switch answer {
        case .failure(let error): return placeholder(error.message)
        case .success(let a):
            if a.query.type == .plot, let blocks = PlotWidgetChart(query: a.query, data: a.data, resources: a.resources).tableBlocks(line: widget.line) {
                return WidgetPresentation(scene: Scene(width: 0, height: 0), blocks: blocks)
            }
            let drawn: Result<ChartResult, WidgetChartError>
            switch a.query.type {
            case .scalar: drawn = ScalarWidgetChart(query: a.query, data: a.data).build(width: width, height: height, style: style, measurer: measurer)
            case .single: drawn = SingleWidgetChart(query: a.query, data: a.data).build(width: width, height: height, style: style, measurer: measurer)
            case .sample: drawn = SampleWidgetFigure(query: a.query, data: a.data, resources: a.resources).build(width: width, height: height, style: style, measurer: measurer)
            case .plot: drawn = PlotWidgetChart(query: a.query, data: a.data, resources: a.resources).build(width: width, height: height, style: style, measurer: measurer)
            case .parcoords: drawn = ParcoordsWidgetChart(query: a.query, data: a.data).build(width: width, height: height, style: style, measurer: measurer)
            }
            switch drawn {
            case .failure(let e): return placeholder(e.reason)
            case .success(let chart):
                return WidgetPresentation(scene: chart.scene, diagnostics: chart.warnings.map { .warning("\(label): \($0)", line: widget.line) })
            }
        }
    }
}

/// Why a widget's data could not be drawn (it becomes the placeholder's text).
public struct WidgetChartError: Error, Sendable, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
