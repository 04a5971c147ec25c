import FolioCore

/// The inside of a `<pre><code>`: the code exactly as written, escaped (tabs kept; CSS sets
/// their width), so copying from the page gives back the original text.
enum HTMLCode {
    static func body(_ code: CodeBlock) -> String {
        HTMLEscaping.escape(code.text)
    }
}
