// FolioHighlight: source code + a Language in, a lossless [Token] stream out; no colours.

/// What a run of code is, for the theme to colour; the raw value is the CSS class suffix.
public enum TokenKind: String, CaseIterable, Sendable {
    case keyword, builtin, type, function, string, escape, interpolation, number, comment
    case docComment = "doc-comment"
    case `operator`, punctuation, decorator, variable, constant, regex
    case diffAdded = "diff-added"
    case diffRemoved = "diff-removed"
    case diffHeader = "diff-header"
    case prompt, output, error
}
