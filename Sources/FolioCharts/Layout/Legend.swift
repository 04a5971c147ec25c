import FolioCore

/// A horizontal legend that wraps onto rows, centred, and never takes more than a share of
/// the chart height (extra entries collapse into "+N more").
struct Legend {
    /// How an entry's swatch looks.
    enum Swatch { case line, box }

    struct Entry {
        var name: String
        var color: Color
    }

    let entries: [Entry]
    let swatch: Swatch
    let style: ChartStyle
    let measurer: any TextMeasurer

    private var font: SceneFont { SceneFont(size: style.legendSize) }
    var rowHeight: Double { style.legendSize * 1.6 }
    private let swatchWidth = 14.0, swatchGap = 4.0, entryGap = 12.0

    /// Placed entries: row index, x offset from the row start, entry, shown name.
    struct Placed {
        var row: Int
        var x: Double
        var width: Double
        var name: String
        var color: Color?
    }

    /// Entries laid out into rows of `width`, at most `maxRows`; returns the placements, the
    /// number of rows used and how many entries were folded into a final "+N more".
    /// Entries that need several rows go into equal columns when at least two fit, so names line
    /// up; otherwise they are packed greedily.
    func layout(width: Double, maxRows: Int) -> (placed: [Placed], rows: Int, hidden: Int) {
        guard !entries.isEmpty, maxRows > 0 else { return ([], 0, entries.count) }
        let fit = TextFitting(measurer: measurer, font: font)
        let names = entries.map { fit.truncated($0.name, to: max(width - swatchWidth - swatchGap, 10)) }
        let widths = names.map { swatchWidth + swatchGap + measurer.width(of: $0, font: font) }
        let oneRow = widths.reduce(0, +) + entryGap * Double(widths.count - 1) <= width
        let column = (widths.max() ?? 0) + entryGap
        let columns = Int((width + entryGap) / column)
        var all: [Placed] = []
        var row = 0
        var x = 0.0
        for (i, entry) in entries.enumerated() {
            if !oneRow && columns >= 2 {
                row = i / columns
                x = Double(i % columns) * column
            } else if x > 0 && x + widths[i] > width {
                row += 1
                x = 0
            }
            all.append(Placed(row: row, x: x, width: widths[i], name: names[i], color: entry.color))
            if oneRow || columns < 2 { x += widths[i] + entryGap }
        }
        if row < maxRows { return (all, row + 1, 0) }
        var kept = all.filter { $0.row < maxRows }
        while true {
            let hidden = entries.count - kept.count
            let more = "+\(hidden) more"
            let moreWidth = measurer.width(of: more, font: font)
            let last = kept.last.flatMap { $0.row == maxRows - 1 ? $0.x + $0.width + entryGap : nil } ?? 0
            if last + moreWidth <= width || kept.isEmpty {
                kept.append(Placed(row: maxRows - 1, x: last, width: moreWidth, name: more, color: nil))
                return (kept, maxRows, hidden)
            }
            kept.removeLast()
        }
    }

    /// Scene items for a layout: the block of rows centred in `frame` from its top, each row
    /// starting at the block's left edge so entries line up.
    func items(_ placed: [Placed], in frame: SceneRect) -> [SceneItem] {
        let blockWidth = placed.map { $0.x + $0.width }.max() ?? 0
        var items: [SceneItem] = []
        for p in placed {
            let left = frame.x + (frame.width - blockWidth) / 2 + p.x
            let mid = frame.y + (Double(p.row) + 0.5) * rowHeight
            let baseline = mid + style.legendSize * 0.35
            guard let color = p.color else {
                items.append(
                    .text(SceneText(p.name, at: ScenePoint(left, baseline), font: font, color: style.mutedText)))
                continue
            }
            switch swatch {
            case .line:
                let path = ScenePath.polyline([ScenePoint(left, mid), ScenePoint(left + swatchWidth, mid)])
                items.append(.path(path, fill: nil, stroke: SceneStroke(color: color, width: max(style.lineWidth, 2))))
            case .box:
                let side = style.legendSize * 0.9
                let box = SceneRect(x: left + (swatchWidth - side) / 2, y: mid - side / 2, width: side, height: side)
                items.append(.path(.rect(box), fill: color, stroke: nil))
            }
            let textX = left + swatchWidth + swatchGap
            items.append(.text(SceneText(p.name, at: ScenePoint(textX, baseline), font: font, color: style.text)))
        }
        return items
    }
}
