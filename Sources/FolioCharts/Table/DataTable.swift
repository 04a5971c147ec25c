import FolioCore

/// A table of columns with a header row (Plotly `table`): numbers right-aligned, text left,
/// columns sized by content, rows beyond `maxRows` summarised in a final "… N more rows" line.
/// The scene is drawn at its natural height, so it is one block and does not span pages.
public struct DataTable: Sendable, Equatable {
    /// Column headers.
    public var header: [String]
    /// Cells by column (Plotly's column-major `cells.values`).
    public var columns: [[String]]
    /// Title above the table; empty for none.
    public var title: String
    /// Most rows drawn.
    public var maxRows: Int

    /// A table spec.
    public init(header: [String], columns: [[String]], title: String = "", maxRows: Int = 60) {
        self.header = header
        self.columns = columns
        self.title = title
        self.maxRows = maxRows
    }

    /// Builds the table `width` wide at its natural height; no columns gives a `Placeholder`.
    public func build(width: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        let count = max(header.count, columns.count)
        let rowCount = columns.map(\.count).max() ?? 0
        let rowHeight = KeyValueTable.rowHeight(style: style)
        guard count > 0 else {
            let reason = "table without columns"
            return Placeholder(widget: title.isEmpty ? "table" : "table '\(title)'", reason: reason)
                .build(width: width, height: rowHeight * 3, style: style, measurer: measurer, warnings: [reason])
        }
        let shown = min(rowCount, maxRows)
        let font = SceneFont(size: style.tickSize + 1)
        let bold = SceneFont(size: style.tickSize + 1, bold: true)
        let pad = 6.0
        let titleHeight = title.isEmpty ? 0 : style.titleSize * 1.8
        let extra = rowCount > shown ? 1 : 0
        let height = titleHeight + rowHeight * Double(shown + 1 + extra)
        func cell(_ c: Int, _ r: Int) -> String { c < columns.count && r < columns[c].count ? columns[c][r] : "" }
        let numeric = (0..<count).map { c in (0..<shown).allSatisfy { Double(cell(c, $0)) != nil || cell(c, $0).isEmpty } }
        // Natural widths, scaled down together when they do not fit.
        var widths = (0..<count).map { c in
            max(measurer.width(of: c < header.count ? header[c] : "", font: bold), (0..<shown).map { measurer.width(of: cell(c, $0), font: font) }.max() ?? 0) + 2 * pad
        }
        let total = widths.reduce(0, +)
        widths = widths.map { total > 0 ? $0 / total * width : width / Double(count) }
        var items: [SceneItem] = [style.backgroundItem(width: width, height: height)]
        if !title.isEmpty {
            let tf = SceneFont(size: style.titleSize, bold: true)
            items.append(.text(SceneText(TextFitting(measurer: measurer, font: tf).truncated(title, to: width), at: ScenePoint(width / 2, style.titleSize * 1.2), font: tf, color: style.text, anchor: .middle)))
        }
        items.append(.path(.rect(SceneRect(x: 0, y: titleHeight, width: width, height: rowHeight)), fill: style.grid, stroke: nil))
        var rules = ScenePath()
        func baseline(_ row: Int) -> Double { titleHeight + Double(row) * rowHeight + rowHeight / 2 + font.size * 0.35 }
        var x = 0.0
        for c in 0..<count {
            let w = widths[c]
            let fitBold = TextFitting(measurer: measurer, font: bold), fit = TextFitting(measurer: measurer, font: font)
            let right = numeric[c]
            let hx = right ? x + w - pad : x + pad
            items.append(.text(SceneText(fitBold.truncated(c < header.count ? header[c] : "", to: w - 2 * pad), at: ScenePoint(hx, baseline(0)), font: bold, color: style.text, anchor: right ? .end : .start)))
            for r in 0..<shown {
                items.append(.text(SceneText(fit.truncated(cell(c, r), to: w - 2 * pad), at: ScenePoint(hx, baseline(r + 1)), font: font, color: style.text, anchor: right ? .end : .start)))
            }
            x += w
        }
        for r in 1...(shown + extra) { rules.elements += [.move(ScenePoint(0, titleHeight + Double(r) * rowHeight)), .line(ScenePoint(width, titleHeight + Double(r) * rowHeight))] }
        if extra > 0 {
            items.append(.text(SceneText("… \(rowCount - shown) more rows", at: ScenePoint(pad, baseline(shown + 1)), font: font, color: style.mutedText)))
        }
        items.insert(.path(rules, fill: nil, stroke: SceneStroke(color: style.grid, width: 0.75)), at: 2)
        let warnings = extra > 0 ? ["table: \(rowCount - shown) rows beyond \(maxRows) not drawn"] : []
        return ChartResult(scene: Scene(width: width, height: height, items: items), warnings: warnings)
    }
}
