// FolioHTML: Document + theme + widget scenes -> one self-contained HTML file (no scripts,
// no external requests). A separate path from the paged layout, as in typst and pandoc.
import FolioCore
import Foundation

enum HTMLEscaping {
    /// Escapes text content and attribute values alike.
    static func escape(_ s: String) -> String { MarkupEscaping.escape(s, for: .html) }

    /// A link target that is safe to emit, or nil: only web, mail and in-page links survive;
    /// `javascript:`, `data:`, `vbscript:` and any other scheme are dropped.
    static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        // Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
        let squeezed = String(trimmed.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        if let colon = squeezed.firstIndex(of: ":") {
            let scheme = squeezed[..<colon]
            let slashOrQuery = squeezed.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" }
            if slashOrQuery == nil || colon < slashOrQuery! {
                guard ["http", "https", "mailto"].contains(scheme) else { return nil }
            }
        }
        return trimmed
    }
}
