import FolioCore

/// A slice of the vertical flow that the paginator places whole: a line of text, a table row,
/// an image. Frames are relative to the item's top edge.
struct FlowItem {
    var height: Double
    /// Space above, dropped when the item opens a page.
    var spaceBefore: Double = 0
    /// The paginator must put this item and the next on one page (headings, table headers).
    var keepWithNext = false
    /// No page break between the previous item and this one (orphan/widow control).
    var glueToPrevious = false
    var frames: [FrameItem] = []
    /// Bars of the enclosing quotes and details sections, drawn beside this item.
    var decorations: [Decoration] = []
    /// Baseline of the first text line, where a list marker lines up.
    var firstBaseline: Double? = nil
    /// The table this row belongs to, for repeating its header after a break.
    var tableID: Int? = nil
    var isTableHeader = false
    /// Set on a heading's first line: it becomes an outline entry.
    var heading: (title: String, level: Int, anchor: String)? = nil
}

/// A vertical bar beside a container's content (block quote, details section).
struct Decoration: Equatable {
    var id: Int
    var x: Double
    var width: Double
    var color: Color
}

/// Where and how wide the current container's content goes.
struct FlowContext {
    var x: Double
    var width: Double
    var decorations: [Decoration] = []
    var textColor: Color
    var listDepth = 0
}
