import CPangoCairo
import FolioCore

extension TextBlock {
    /// Min-content width: the widest run between two line-break opportunities, measured on this
    /// (unwrapped) layout, so a table cell needs no second layout just to learn it.
    public var minContentWidth: Double {
        var count: Int32 = 0
        guard let attrs = pango_layout_get_log_attrs_readonly(layout, &count), count > 1 else { return naturalWidth }
        let s = Double(PANGO_SCALE)
        var widest = 0.0
        var segmentStart: Double? = nil
        var byte = 0
        var charIndex = 0
        var lastX = 0.0
        func x(at byteIndex: Int) -> Double {
            var rect = PangoRectangle()
            pango_layout_index_to_pos(layout, Int32(byteIndex), &rect)
            return Double(rect.x) / s
        }
        for scalar in text.unicodeScalars {
            if charIndex > 0, attrs[charIndex].is_line_break != 0 || attrs[charIndex].is_mandatory_break != 0 {
                let here = x(at: byte)
                // A mandatory break starts a new visual line: x restarts at the margin.
                if let start = segmentStart, here >= start { widest = max(widest, here - start) } else if let start = segmentStart {
                    widest = max(widest, lastX - start)
                }
                segmentStart = here
            }
            if segmentStart == nil { segmentStart = x(at: byte) }
            lastX = x(at: byte)
            byte += String(scalar).utf8.count
            charIndex += 1
        }
        if let start = segmentStart { widest = max(widest, naturalWidth - start, 0) }
        return min(widest, naturalWidth)
    }

    /// The same text re-wrapped at `width` with `alignment` (reuses this block's attributes).
    public func rewrapped(width: Double, alignment: Alignment) -> TextBlock {
        TextBlock(copying: self, width: width, alignment: alignment)
    }
}
