import FolioCore
import FolioHighlight

/// The inside of a `<pre><code>`: one `<span class="tok-KIND">` per token, plain text
/// unwrapped, tabs kept (CSS sets their width) — copying from the page gives the code exactly.
enum HTMLCode {
    static func body(_ code: CodeBlock) -> String {
        let language = code.language.flatMap { Highlighter.language(named: $0) }
        var out = ""
        out.reserveCapacity(code.text.utf8.count + code.text.utf8.count / 4)
        for token in Highlighter.highlight(code.text, language: language) {
            let text = HTMLEscaping.escape(token.text)
            if let kind = token.kind {
                out += "<span class=\"tok-\(kind.rawValue)\">\(text)</span>"
            } else {
                out += text
            }
        }
        return out
    }
}
