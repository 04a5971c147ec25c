import FolioCore
import Foundation

extension PlotChart {
    /// Above this many cells (or when cells are thinner than a point) a heatmap is one embedded
    /// PNG with a pixel per cell: paths would make a million-cell PDF tens of megabytes.
    static let heatmapImageCells = 40_000

    /// Cells as one path per colour bucket (256 levels), or one image for huge matrices; cell
    /// text on top when it fits its cell.
    func heatmapItems(_ h: HeatmapTrace, layout: ChartFrame.Layout, style: ChartStyle, measurer: any TextMeasurer) -> [SceneItem] {
        guard let range = h.valueRange else { return [] }
        let rows = h.z.count
        let cols = h.z.map(\.count).max() ?? 0
        guard rows > 0, cols > 0 else { return [] }
        let span = range.hi > range.lo ? range.hi - range.lo : 1
        let levels = 256
        func level(_ v: Double) -> Int { min(max(Int((v - range.lo) / span * Double(levels - 1) + 0.5), 0), levels - 1) }
        let scale = h.scale.stops.isEmpty ? ColorScale.sequential(style) : h.scale
        let palette = (0..<levels).map { scale.color(Double($0) / Double(levels - 1)) }
        let cellWidth = abs(layout.x(1) - layout.x(0))
        let cellHeight = abs(layout.y(1) - layout.y(0))
        let left = min(layout.x(-0.5), layout.x(Double(cols) - 0.5))
        let top = min(layout.y(-0.5), layout.y(Double(rows) - 0.5))
        if rows * cols > Self.heatmapImageCells || cellWidth < 1 || cellHeight < 1 {
            // Image rows run top to bottom: row r of z sits at y position r.
            let topRowFirst = layout.y(0) < layout.y(1)
            let xForward = layout.x(0) < layout.x(1)
            // Index 0 is transparent (missing cells); 1…255 are the colour levels.
            var indices = [UInt8](repeating: 0, count: rows * cols)
            for r in 0..<rows {
                let row = h.z[topRowFirst ? r : rows - 1 - r]
                for c in 0..<cols {
                    let v = c < row.count ? row[xForward ? c : cols - 1 - c] : .nan
                    if v.isFinite { indices[r * cols + c] = UInt8(1 + level(v) * 254 / (levels - 1)) }
                }
            }
            let byte = { (x: Double) in UInt8((min(max(x, 0), 1) * 255).rounded()) }
            let colors = (0..<255).map { scale.color(Double($0) / 254) }
            let table = [(r: UInt8(0), g: UInt8(0), b: UInt8(0), a: UInt8(0))] + colors.map { (byte($0.red), byte($0.green), byte($0.blue), UInt8(255)) }
            let png = PNGEncoder.indexed(width: cols, height: rows, indices: indices, palette: table)
            let rect = SceneRect(x: left, y: top, width: cellWidth * Double(cols), height: cellHeight * Double(rows))
            return [.image(SceneImage(data: png, mimeType: "image/png", rect: rect))]
        }
        var buckets = [ScenePath](repeating: ScenePath(), count: levels)
        for (r, row) in h.z.enumerated() {
            let y0 = layout.y(Double(r) - 0.5), y1 = layout.y(Double(r) + 0.5)
            for (c, v) in row.enumerated() where v.isFinite {
                let x0 = layout.x(Double(c) - 0.5), x1 = layout.x(Double(c) + 0.5)
                let rect = SceneRect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
                buckets[level(v)].elements += ScenePath.rect(rect).elements
            }
        }
        // A hairline stroke in the cell colour closes the anti-aliasing seams between neighbours.
        var items: [SceneItem] = buckets.enumerated().compactMap { i, p in
            p.elements.isEmpty ? nil : .path(p, fill: palette[i], stroke: SceneStroke(color: palette[i], width: 0.5))
        }
        guard let text = h.text else { return items }
        let font = SceneFont(size: min(style.tickSize, cellHeight * 0.6))
        guard font.size >= 5 else { return items }
        for (r, row) in text.enumerated() where r < rows {
            for (c, label) in row.enumerated() where c < h.z[r].count && !label.isEmpty {
                guard measurer.width(of: label, font: font) <= cellWidth - 2 else { continue }
                let v = h.z[r][c]
                let fill = v.isFinite ? palette[level(v)] : style.plotBackground
                let ink = fill.luminance > 0.45 ? Color(red: 0.1, green: 0.1, blue: 0.1) : Color(red: 1, green: 1, blue: 1)
                let at = ScenePoint(layout.x(Double(c)), layout.y(Double(r)) + font.size * 0.35)
                items.append(.text(SceneText(label, at: at, font: font, color: ink, anchor: .middle)))
            }
        }
        return items
    }
}

extension Color {
    /// Relative luminance (WCAG), for picking dark or light text over a fill.
    var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }
}
