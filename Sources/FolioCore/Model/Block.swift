import Foundation

/// A block-level element of a report.
public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph([Inline])
    case blockquote([Block])
    case list(ListBlock)
    case code(CodeBlock)
    case table(Table)
    case thematicBreak
    /// A `<details>` section, always rendered expanded.
    case details(Details)
    /// A ClearML widget `<iframe>`.
    case widget(WidgetEmbed)
    /// A stand-alone image (a paragraph that held only an image).
    case image(ImageRef)
}

/// `#` … `######` or setext heading.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var content: [Inline]
    /// Unique slug used as PDF destination and HTML id.
    public var anchor: String
    public var line: Int
    public init(level: Int, content: [Inline], anchor: String, line: Int) {
        self.level = level
        self.content = content
        self.anchor = anchor
        self.line = line
    }
}

/// An ordered or unordered list.
public struct ListBlock: Sendable, Equatable {
    public var ordered: Bool
    /// First number of an ordered list; items are numbered start, start+1, … whatever the source says.
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]
    public init(ordered: Bool, start: Int, tight: Bool, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// One list item; `task` is nil for plain items, true/false for `[x]`/`[ ]`.
public struct ListItem: Sendable, Equatable {
    public var task: Bool?
    public var blocks: [Block]
    public init(task: Bool?, blocks: [Block]) {
        self.task = task
        self.blocks = blocks
    }
}

/// An indented or fenced code block.
public struct CodeBlock: Sendable, Equatable {
    /// First word of the info string, lower-cased (nil when absent), for highlighting.
    public var language: String?
    /// The whole info string as written.
    public var info: String
    /// The code, without the final newline.
    public var text: String
    public var fenced: Bool
    public var line: Int
    public init(language: String?, info: String, text: String, fenced: Bool, line: Int) {
        self.language = language
        self.info = info
        self.text = text
        self.fenced = fenced
        self.line = line
    }
}

/// Column alignment from the GFM delimiter row.
public enum ColumnAlignment: String, Sendable, Equatable {
    case none, left, center, right
}

/// A GFM table: one header row, body rows, per-column alignment.
public struct Table: Sendable, Equatable {
    public var alignments: [ColumnAlignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    public var line: Int
    public init(alignments: [ColumnAlignment], header: [[Inline]], rows: [[[Inline]]], line: Int) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.line = line
    }
}

/// A collapsible section; Folio always shows it open with the summary as caption.
public struct Details: Sendable, Equatable {
    public var summary: [Inline]
    public var blocks: [Block]
    public init(summary: [Inline], blocks: [Block]) {
        self.summary = summary
        self.blocks = blocks
    }
}

/// A widget `<iframe>` as written in the report.
public struct WidgetEmbed: Sendable, Equatable {
    /// The `src` URL, HTML entities decoded.
    public var url: String
    public var name: String?
    /// `width` attribute as written (`100%`, `640`, `640px`).
    public var width: String?
    /// `height` attribute as written.
    public var height: String?
    public var line: Int
    public init(url: String, name: String?, width: String?, height: String?, line: Int) {
        self.url = url
        self.name = name
        self.width = width
        self.height = height
        self.line = line
    }

    /// A query parameter's first value, for placeholders and labels.
    public func parameter(_ key: String) -> String? {
        URLComponents(string: url)?.queryItems?.first { $0.name == key || $0.name == key + "[]" }?.value
    }
}

/// An image reference (`![alt](src "title")`).
public struct ImageRef: Sendable, Equatable {
    public var source: String
    public var alt: String
    public var title: String?
    public var line: Int
    public init(source: String, alt: String, title: String?, line: Int) {
        self.source = source
        self.alt = alt
        self.title = title
        self.line = line
    }
}
