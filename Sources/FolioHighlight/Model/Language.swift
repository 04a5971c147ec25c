/// A language Folio can highlight: its name, fence aliases and the grammar that scans it.
public struct Language: Sendable {
    /// Canonical lower-case name ("python").
    public let name: String
    /// Other fence info strings that select it ("py", "python3").
    public let aliases: [String]
    let grammar: any Grammar

    init(_ name: String, aliases: [String] = [], grammar: any Grammar) {
        self.name = name
        self.aliases = aliases
        self.grammar = grammar
    }
}

extension Language: Equatable, Hashable {
    /// Languages are identified by name.
    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.name == rhs.name }
    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Scans a whole source text, emitting spans into the scanner's sink.
protocol Grammar: Sendable {
    func scan(_ s: inout ByteScanner)
}

extension ByteScanner {
    /// Scans up to `end` with another grammar (embedded code: a console command, a `<script>` body).
    mutating func embed(_ grammar: any Grammar, to end: Int) {
        guard end > pos else { return }
        let saved = limit
        limit = min(end, saved)
        grammar.scan(&self)
        limit = saved
    }
}
