/// A run of source text and what it is; `kind == nil` is plain text.
public struct Token: Sendable, Equatable {
    /// The exact source text of this run.
    public var text: String
    /// The kind of the run, nil for plain text.
    public var kind: TokenKind?

    /// Creates a token of `kind` (nil: plain) covering `text`.
    public init(_ text: String, _ kind: TokenKind? = nil) {
        self.text = text
        self.kind = kind
    }
}

extension Array where Element == Token {
    /// Compact one-line rendering for tests and dumps: `keyword«def» plain« » function«f»`.
    public var compactDescription: String {
        map { "\($0.kind?.rawValue ?? "plain")«\($0.text)»" }.joined(separator: " ")
    }
}
