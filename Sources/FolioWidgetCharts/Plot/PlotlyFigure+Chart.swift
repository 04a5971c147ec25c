import FolioCharts
import FolioCore
import Foundation

extension PlotlyFigure {
    /// Trace types drawn on Cartesian axes.
    static let cartesian: Set<String> = ["scatter", "scattergl", "bar", "histogram", "heatmap", "heatmapgl"]

    /// Draws the figure: Cartesian traces as a `PlotChart`, a pie, a table, an image plot, or a
    /// placeholder naming the trace types Folio does not draw.
    func build(width: Double, height: Double, style: ChartStyle, measurer: any TextMeasurer, resources: [String: Data]) -> ChartResult {
        let (title, subtitle) = Self.splitTitle(title)
        let types = traces.map(Self.type)
        var warnings: [String] = []
        if traces.isEmpty {
            if let source = imageSources.first {
                guard let bytes = resources[source], ImageHeader(data: bytes) != nil else {
                    return placeholder(title, "image \(source) could not be loaded", width, height, style, measurer)
                }
                return ImageFigure(data: bytes, caption: title).build(width: width, height: height, style: style, measurer: measurer)
            }
            return placeholder(title, "the figure has no traces", width, height, style, measurer)
        }
        if types.contains("table") {
            return table(title: subtitle.map { "\(title) — \($0)" } ?? title, width: width, style: style, measurer: measurer)
        }
        if let pie = traces.first(where: { Self.type($0) == "pie" }) {
            let labels = (PlotlyValue.array(pie["labels"]) ?? []).map(PlotlyValue.text)
            var values = (PlotlyValue.array(pie["values"]) ?? []).map { PlotlyValue.number($0) ?? .nan }
            if values.isEmpty { values = Array(repeating: 1, count: labels.count) }
            let colors = ((pie["marker"] as? [String: Any])?["colors"] as? [Any])?.compactMap { ($0 as? String).flatMap(PlotColor.parse) }
            let hole = PlotlyValue.number(pie["hole"]) ?? 0
            return PieChart(title: title, labels: labels, values: values, colors: colors, hole: hole)
                .build(width: width, height: height, style: style, measurer: measurer)
        }
        let skipped = Set(types.filter { !Self.cartesian.contains($0) })
        guard types.contains(where: Self.cartesian.contains) else {
            let names = skipped.sorted().joined(separator: ", ")
            return placeholder(title, "\(names) traces are not drawn by Folio (3-D and other non-Cartesian figures)", width, height, style, measurer)
        }
        if !skipped.isEmpty { warnings.append("\(skipped.sorted().joined(separator: ", ")) traces not drawn") }
        var result = chart(title: title, subtitle: subtitle).build(width: width, height: height, style: style, measurer: measurer)
        result.warnings = warnings + result.warnings
        return result
    }

    private func placeholder(_ title: String, _ reason: String, _ width: Double, _ height: Double, _ style: ChartStyle, _ measurer: any TextMeasurer) -> ChartResult {
        Placeholder(widget: title.isEmpty ? "plot" : "plot '\(title)'", reason: reason)
            .build(width: width, height: min(height, 140), style: style, measurer: measurer, warnings: [reason])
    }

    /// A `table` trace as document blocks (bold title + a real table), so it paginates like any
    /// table in the report; nil when the figure has no table trace.
    func tableBlocks(line: Int) -> [Block]? {
        guard let t = traces.first(where: { Self.type($0) == "table" }) else { return nil }
        let (title, subtitle) = Self.splitTitle(title)
        let header = (PlotlyValue.array((t["header"] as? [String: Any])?["values"]) ?? []).map { PlotlyFigure.stripTags(PlotlyValue.text($0)) }
        let columns = (PlotlyValue.array((t["cells"] as? [String: Any])?["values"]) ?? []).map { column in
            (PlotlyValue.array(column) ?? [column]).map { PlotlyFigure.stripTags(PlotlyValue.text($0)) }
        }
        let width = max(header.count, columns.count)
        let rowCount = columns.map(\.count).max() ?? 0
        // Plotly stores cells column-major; a document table is row-major.
        let rows: [[[Inline]]] = (0..<rowCount).map { r in (0..<width).map { c in c < columns.count && r < columns[c].count ? [.text(columns[c][r])] : [] } }
        let numeric = (0..<width).map { c in c < columns.count && !columns[c].isEmpty && columns[c].allSatisfy { Double($0.trimmingCharacters(in: .whitespaces)) != nil } }
        let table = Table(
            alignments: numeric.map { $0 ? .right : .none }, header: (0..<width).map { c in [.text(c < header.count ? header[c] : "")] },
            rows: rows, line: line)
        let caption = [title, subtitle].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ")
        return (caption.isEmpty ? [] : [.paragraph([.strong([.text(caption)])])]) + [.table(table)]
    }

    /// The first `table` trace: header values and column-major cells.
    private func table(title: String, width: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        let t = traces.first { Self.type($0) == "table" }!
        let header = (PlotlyValue.array((t["header"] as? [String: Any])?["values"]) ?? []).map { PlotlyFigure.stripTags(PlotlyValue.text($0)) }
        let columns = (PlotlyValue.array((t["cells"] as? [String: Any])?["values"]) ?? []).map { column in
            (PlotlyValue.array(column) ?? [column]).map(PlotlyValue.text)
        }
        return DataTable(header: header, columns: columns, title: title).build(width: width, style: style, measurer: measurer)
    }
}
