/// Entry point: picks a language from a fence info string and turns code into tokens.
public enum Highlighter {
    /// Language for a fence info string's first word ("py", "Python3", "c++", "shell-session"...), nil if unknown.
    public static func language(named: String) -> Language? {
        let word = named.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "," })
            .first.map { $0.lowercased() } ?? ""
        let key = word.hasPrefix(".") ? String(word.dropFirst()) : word
        return Language.byAlias[key]
    }

    /// Tokens whose texts concatenate to exactly `code` (lossless); adjacent same-kind tokens merged.
    public static func highlight(_ code: String, language: Language?) -> [Token] {
        if code.isEmpty { return [] }
        guard let language else { return [Token(code)] }
        var scanner = ByteScanner(Array(code.utf8))
        language.grammar.scan(&scanner)
        return scanner.finish()
    }
}
