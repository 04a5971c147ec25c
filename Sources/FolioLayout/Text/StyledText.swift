import FolioCore

/// Text plus style runs over UTF-8 byte ranges (what Pango attributes index).
public struct StyledText: Sendable, Hashable {
    public var text: String = ""
    public var spans: [Span] = []
    /// Byte ranges of links, with their targets.
    public var links: [LinkRange] = []

    public init() {}

    /// A run of text with one style.
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var style: SpanStyle
    }

    /// A link over a byte range.
    public struct LinkRange: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var url: String
    }

    /// Appends `s` in `style`, merging with the previous run when the style is the same.
    public mutating func append(_ s: String, _ style: SpanStyle) {
        guard !s.isEmpty else { return }
        let start = text.utf8.count
        text += s
        let end = text.utf8.count
        if var last = spans.last, last.style == style, last.end == start {
            last.end = end
            spans[spans.count - 1] = last
        } else {
            spans.append(Span(start: start, end: end, style: style))
        }
    }

    /// Appends another styled text, shifting its runs and links.
    public mutating func append(_ other: StyledText) {
        let offset = text.utf8.count
        text += other.text
        spans += other.spans.map { Span(start: $0.start + offset, end: $0.end + offset, style: $0.style) }
        links += other.links.map { LinkRange(start: $0.start + offset, end: $0.end + offset, url: $0.url) }
    }

    public var isEmpty: Bool { text.isEmpty }
}

/// The look of one run of text.
public struct SpanStyle: Sendable, Hashable {
    public var bold = false
    public var italic = false
    public var monospace = false
    public var strikethrough = false
    public var underline = false
    public var color: Color
    public var background: Color?
    /// Size relative to the block's base size.
    public var scale = 1.0
    /// Baseline shift in points (superscript > 0).
    public var rise = 0.0

    public init(color: Color) { self.color = color }
}
