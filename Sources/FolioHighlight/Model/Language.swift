import Foundation

/// A language Folio can highlight: its name, fence aliases and the grammar that scans it.
public struct Language: Sendable {
    /// Canonical lower-case name ("python").
    public let name: String
    /// Other fence info strings that select it ("py", "python3").
    public let aliases: [String]
    private let lazyGrammar: LazyGrammar
    /// Made on first use: the registry names every language, and making all their grammars
    /// (keyword sets and all) cost a short report a millisecond or more.
    var grammar: any Grammar { lazyGrammar.value }

    init(_ name: String, aliases: [String] = [], grammar: @autoclosure @escaping @Sendable () -> any Grammar) {
        self.name = name
        self.aliases = aliases
        self.lazyGrammar = LazyGrammar(grammar)
    }
}

/// A grammar made once, on first use, by whichever thread asks first.
private final class LazyGrammar: @unchecked Sendable {
    private let make: @Sendable () -> any Grammar
    private var made: (any Grammar)?
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> any Grammar) { self.make = make }

    var value: any Grammar {
        lock.lock()
        defer { lock.unlock() }
        if let g = made { return g }
        let g = make()
        made = g
        return g
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
