import FolioCore

/// One object's single values as a two-column table (name, value) with a header row; numbers
/// are right-aligned, text values left-aligned. The height follows from the rows.
public struct KeyValueTable: Sendable, Equatable {
    /// One table row.
    public struct Row: Sendable, Equatable {
        /// Left column, usually the variant name.
        public var name: String
        /// The value as shown.
        public var value: String
        /// Numbers are right-aligned so their digits line up.
        public var isNumber: Bool

        /// A numeric row, formatted with up to six significant digits (`0.913`, `25.6`, `1.5e-5`).
        public init(name: String, number: Double) {
            self.init(name: name, text: NumberText.value(number), isNumber: true)
        }

        /// A row with preformatted text.
        public init(name: String, text: String, isNumber: Bool = false) {
            self.name = name
            self.value = text
            self.isNumber = isNumber
        }
    }

    /// Rows in display order.
    public var rows: [Row]
    /// Header texts of the two columns.
    public var nameHeader: String
    /// Header of the value column.
    public var valueHeader: String

    /// A table spec.
    public init(rows: [Row], nameHeader: String = "Name", valueHeader: String = "Value") {
        self.rows = rows
        self.nameHeader = nameHeader
        self.valueHeader = valueHeader
    }

    /// Row height for the style; the scene is `(rows + 1) × rowHeight` tall.
    public static func rowHeight(style: ChartStyle) -> Double { (style.tickSize + 1) * 1.9 }

    /// Builds the table `width` wide at its natural height; no rows gives a `Placeholder`.
    public func build(width: Double, style: ChartStyle, measurer: any TextMeasurer) -> ChartResult {
        let rowHeight = Self.rowHeight(style: style)
        guard !rows.isEmpty else {
            let reason = "no single values"
            return Placeholder(widget: "single values", reason: reason)
                .build(width: width, height: rowHeight * 3, style: style, measurer: measurer, warnings: [reason])
        }
        let font = SceneFont(size: style.tickSize + 1)
        let bold = SceneFont(size: style.tickSize + 1, bold: true)
        let pad = 6.0
        let height = rowHeight * Double(rows.count + 1)
        // The value column is as wide as its widest cell, but never more than half the table.
        let widest = max(
            rows.map { measurer.width(of: $0.value, font: font) }.max() ?? 0,
            measurer.width(of: valueHeader, font: bold))
        let valueWidth = min(widest + 2 * pad, width / 2)
        let split = width - valueWidth
        let nameFit = TextFitting(measurer: measurer, font: font)
        let valueFit = TextFitting(measurer: measurer, font: font)

        var items: [SceneItem] = [
            style.backgroundItem(width: width, height: height),
            .path(.rect(SceneRect(x: 0, y: 0, width: width, height: rowHeight)), fill: style.grid, stroke: nil),
        ]
        func baseline(_ row: Int) -> Double { Double(row) * rowHeight + rowHeight / 2 + font.size * 0.35 }
        let boldFit = TextFitting(measurer: measurer, font: bold)
        items.append(
            .text(
                SceneText(
                    boldFit.truncated(nameHeader, to: split - 2 * pad), at: ScenePoint(pad, baseline(0)),
                    font: bold, color: style.text)))
        items.append(
            .text(
                SceneText(
                    boldFit.truncated(valueHeader, to: valueWidth - 2 * pad),
                    at: ScenePoint(width - pad, baseline(0)), font: bold, color: style.text, anchor: .end)))
        var rules = ScenePath()
        for (i, row) in rows.enumerated() {
            let y = baseline(i + 1)
            items.append(
                .text(
                    SceneText(
                        nameFit.truncated(row.name, to: split - 2 * pad), at: ScenePoint(pad, y),
                        font: font, color: style.text)))
            let value = valueFit.truncated(row.value, to: valueWidth - 2 * pad)
            let position = row.isNumber ? ScenePoint(width - pad, y) : ScenePoint(split + pad, y)
            items.append(
                .text(
                    SceneText(value, at: position, font: font, color: style.text, anchor: row.isNumber ? .end : .start))
            )
            let ruleY = Double(i + 2) * rowHeight
            if i < rows.count - 1 { rules.elements += [.move(ScenePoint(0, ruleY)), .line(ScenePoint(width, ruleY))] }
        }
        rules.elements += [.move(ScenePoint(0, rowHeight)), .line(ScenePoint(width, rowHeight))]
        items.insert(.path(rules, fill: nil, stroke: SceneStroke(color: style.grid, width: 0.75)), at: 2)
        return ChartResult(scene: Scene(width: width, height: height, items: items))
    }
}
