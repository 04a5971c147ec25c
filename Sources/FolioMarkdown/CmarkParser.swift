import CCmarkGFM
import FolioCore
import Foundation

/// The only code that touches cmark-gfm: parses GFM text and copies the tree into `RawNode`s.
enum CmarkParser {
    static func parse(_ markdown: String) -> RawNode {
        cmark_gfm_core_extensions_ensure_registered()
        // Keep smart punctuation off: reports quote code and ids that must stay literal.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return RawNode(kind: .document, line: 1) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "tasklist", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) {
                cmark_parser_feed(parser, $0, buf.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return RawNode(kind: .document, line: 1) }
        defer { cmark_node_free(root) }
        let types = ExtensionTypes()
        return convert(root, types)
    }

    /// Extension node types are runtime globals, read once per parse.
    private struct ExtensionTypes {
        let table = folio_node_table()
        let row = folio_node_table_row()
        let cell = folio_node_table_cell()
        let strike = folio_node_strikethrough()
        let tasklist = cmark_find_syntax_extension("tasklist")
    }

    private static func string(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }

    private static func convert(_ node: OpaquePointer, _ t: ExtensionTypes) -> RawNode {
        let type = cmark_node_get_type(node)
        var raw = RawNode(kind: .other(string(cmark_node_get_type_string(node))), line: Int(cmark_node_get_start_line(node)))
        switch type {
        case CMARK_NODE_DOCUMENT: raw.kind = .document
        case CMARK_NODE_PARAGRAPH: raw.kind = .paragraph
        case CMARK_NODE_HEADING:
            raw.kind = .heading
            raw.level = Int(cmark_node_get_heading_level(node))
        case CMARK_NODE_BLOCK_QUOTE: raw.kind = .blockquote
        case CMARK_NODE_LIST:
            raw.kind = .list
            raw.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            raw.start = Int(cmark_node_get_list_start(node))
            raw.tight = cmark_node_get_list_tight(node) != 0
        case CMARK_NODE_ITEM:
            raw.kind = .item
            if let ext = cmark_node_get_syntax_extension(node), ext == t.tasklist {
                raw.checked = cmark_gfm_extensions_get_tasklist_item_checked(node)
            }
        case CMARK_NODE_CODE_BLOCK:
            raw.kind = .codeBlock
            raw.literal = string(cmark_node_get_literal(node))
            raw.info = string(cmark_node_get_fence_info(node))
            // cmark_node_get_fenced writes through every out-parameter: never pass nil.
            var length: Int32 = 0, offset: Int32 = 0
            var char: CChar = 0
            raw.fenced = cmark_node_get_fenced(node, &length, &offset, &char) != 0
        case CMARK_NODE_HTML_BLOCK:
            raw.kind = .htmlBlock
            raw.literal = string(cmark_node_get_literal(node))
        case CMARK_NODE_THEMATIC_BREAK: raw.kind = .thematicBreak
        case CMARK_NODE_TEXT:
            raw.kind = .text
            raw.literal = string(cmark_node_get_literal(node))
        case CMARK_NODE_SOFTBREAK: raw.kind = .softBreak
        case CMARK_NODE_LINEBREAK: raw.kind = .lineBreak
        case CMARK_NODE_CODE:
            raw.kind = .code
            raw.literal = string(cmark_node_get_literal(node))
        case CMARK_NODE_HTML_INLINE:
            raw.kind = .htmlInline
            raw.literal = string(cmark_node_get_literal(node))
        case CMARK_NODE_EMPH: raw.kind = .emphasis
        case CMARK_NODE_STRONG: raw.kind = .strong
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            raw.kind = type == CMARK_NODE_LINK ? .link : .image
            raw.url = string(cmark_node_get_url(node))
            raw.title = string(cmark_node_get_title(node))
        case t.table:
            raw.kind = .table
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            if let aligns = cmark_gfm_extensions_get_table_alignments(node) {
                raw.alignments = (0..<columns).map { i in
                    switch aligns[i] {
                    case UInt8(ascii: "l"): return .left
                    case UInt8(ascii: "c"): return .center
                    case UInt8(ascii: "r"): return .right
                    default: return .none
                    }
                }
            }
        case t.row:
            raw.kind = .tableRow
            raw.isHeaderRow = cmark_gfm_extensions_get_table_row_is_header(node) != 0
        case t.cell: raw.kind = .tableCell
        case t.strike: raw.kind = .strikethrough
        default: break
        }
        var child = cmark_node_first_child(node)
        while let c = child {
            raw.children.append(convert(c, t))
            child = cmark_node_next(c)
        }
        return raw
    }
}
