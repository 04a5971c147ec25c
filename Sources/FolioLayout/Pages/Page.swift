import FolioCore

/// One laid-out page: everything positioned in points from the top-left corner.
public struct Page: Sendable {
    public var width: Double
    public var height: Double
    public var background: Color
    public var items: [FrameItem]

    public init(width: Double, height: Double, background: Color, items: [FrameItem]) {
        self.width = width
        self.height = height
        self.background = background
        self.items = items
    }
}

/// A heading's place in the document, for the PDF outline.
public struct OutlineEntry: Sendable, Equatable {
    public var title: String
    public var level: Int
    public var anchor: String
    /// Zero-based page index.
    public var page: Int
    public var y: Double
}

/// What layout produces: the pages, the outline, and what it had to warn about.
public struct LayoutResult: Sendable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var diagnostics: [Diagnostic]

    public init(pages: [Page], outline: [OutlineEntry], diagnostics: [Diagnostic]) {
        self.pages = pages
        self.outline = outline
        self.diagnostics = diagnostics
    }
}
