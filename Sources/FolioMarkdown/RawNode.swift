import FolioCore

/// cmark-gfm's tree copied into Swift values, nothing interpreted yet.
struct RawNode: Sendable {
    enum Kind: Equatable, Sendable {
        case document, paragraph, heading, blockquote, list, item, codeBlock, htmlBlock, thematicBreak
        case table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
        case other(String)
    }

    var kind: Kind
    var line: Int
    var literal: String = ""
    var children: [RawNode] = []
    // Kind-specific attributes.
    var url = ""
    var title = ""
    var info = ""
    var level = 0
    var ordered = false
    var start = 1
    var tight = true
    var fenced = false
    /// Task item state: nil for a plain item.
    var checked: Bool? = nil
    var alignments: [ColumnAlignment] = []
    var isHeaderRow = false
}
