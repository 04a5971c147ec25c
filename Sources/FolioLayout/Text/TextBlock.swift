import CPangoCairo
import FolioCore
import Foundation

/// One laid-out Pango paragraph. It owns the `PangoLayout` so the painter draws exactly the lines
/// layout measured (laying text out once is what keeps Folio near the bare Pango floor).
public final class TextBlock: @unchecked Sendable {
    let layout: OpaquePointer
    /// The text, for dumps and tests.
    public let text: String
    public let width: Double
    public let height: Double
    public let lines: [Line]
    /// Link rectangles relative to the block's top-left, one per line a link touches.
    public let links: [LinkBox]
    /// The link byte ranges, kept for re-wrapping.
    let linkRanges: [StyledText.LinkRange]

    /// One visual line.
    public struct Line: Sendable {
        /// Top of the line's logical box from the block top.
        public var top: Double
        public var height: Double
        /// Baseline from the block top.
        public var baseline: Double
        /// Left of the line (alignment offset).
        public var x: Double
        public var width: Double
        /// UTF-8 offset of the line's first byte in the block's text.
        public var start: Int
        public var text: String
    }

    /// A link's clickable rectangle on one line.
    public struct LinkBox: Sendable {
        public var url: String
        public var x: Double, y: Double, width: Double, height: Double
    }

    /// Horizontal alignment of the lines.
    public enum Alignment: Sendable { case left, center, right }

    public init(_ styled: StyledText, font: String, size: Double, width: Double?, alignment: Alignment = .left,
         lineSpacing: Double, monospaceFamily: String, fonts: FontSystem, wrap: Bool = true) {
        text = styled.text
        let layout = pango_layout_new(fonts.context)!
        self.layout = layout
        styled.text.withCString { pango_layout_set_text(layout, $0, Int32(styled.text.utf8.count)) }
        pango_layout_set_font_description(layout, fonts.description(font, size: size))
        if let w = width {
            pango_layout_set_width(layout, Int32(max(w, 1) * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, wrap ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if lineSpacing > 0 { pango_layout_set_line_spacing(layout, Float(lineSpacing)) }
        let attrs = PangoAttributes.list(for: styled, baseSize: size, monospaceFamily: monospaceFamily)
        pango_layout_set_attributes(layout, attrs)
        pango_attr_list_unref(attrs)

        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        self.width = width ?? Double(logical.width) / scale
        self.height = Double(logical.height) / scale
        lines = Self.readLines(layout, text: styled.text)
        links = Self.linkBoxes(layout, styled.links, lines: lines)
        linkRanges = styled.links
    }

    /// A copy of `other`'s layout (text, fonts, attributes kept) laid out at a new width.
    init(copying other: TextBlock, width: Double, alignment: Alignment) {
        let layout = pango_layout_copy(other.layout)!
        self.layout = layout
        text = other.text
        pango_layout_set_width(layout, Int32(max(width, 1) * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        self.width = width
        height = Double(logical.height) / Double(PANGO_SCALE)
        lines = Self.readLines(layout, text: text)
        links = Self.linkBoxes(layout, other.linkRanges, lines: lines)
        linkRanges = other.linkRanges
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Widest line in points (max-content width when laid out without a width).
    public var naturalWidth: Double { lines.map { $0.x + $0.width }.max() ?? 0 }

    private static func readLines(_ layout: OpaquePointer, text: String) -> [Line] {
        let bytes = Array(text.utf8)
        var out: [Line] = []
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        let s = Double(PANGO_SCALE)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / s
            let line = pango_layout_iter_get_line_readonly(iter)!.pointee
            let start = Int(line.start_index), end = min(start + Int(line.length), bytes.count)
            let lineText = String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
            out.append(
                Line(
                    top: Double(logical.y) / s, height: Double(logical.height) / s, baseline: baseline,
                    x: Double(logical.x) / s, width: Double(logical.width) / s, start: start, text: lineText))
        } while pango_layout_iter_next_line(iter) != 0
        return out
    }

    private static func linkBoxes(_ layout: OpaquePointer, _ links: [StyledText.LinkRange], lines: [Line]) -> [LinkBox] {
        guard !links.isEmpty else { return [] }
        var out: [LinkBox] = []
        let s = Double(PANGO_SCALE)
        for link in links {
            for (i, line) in lines.enumerated() {
                guard let pl = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
                var ranges: UnsafeMutablePointer<Int32>? = nil
                var count: Int32 = 0
                pango_layout_line_get_x_ranges(pl, Int32(link.start), Int32(link.end), &ranges, &count)
                if let r = ranges {
                    for k in 0..<Int(count) {
                        let x0 = Double(r[2 * k]) / s, x1 = Double(r[2 * k + 1]) / s
                        if x1 > x0 { out.append(LinkBox(url: link.url, x: x0, y: line.top, width: x1 - x0, height: line.height)) }
                    }
                    g_free(r)
                }
            }
        }
        return out
    }
}
