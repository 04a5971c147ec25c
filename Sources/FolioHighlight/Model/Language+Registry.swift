extension Language {
    /// Every language Folio highlights; adding one is one file plus one entry here.
    public static let all: [Language] = [
        .python, .bash, .json, .jsonl, .c, .cpp, .cuda, .javascript, .typescript, .java, .go, .swift, .rust, .kotlin, .r, .console, .ipython, .yaml, .toml, .ini, .hocon, .sql, .diff, .dockerfile, .makefile, .css, .html, .xml, .markdown, .julia, .scala,
    ]

    /// Lower-case name or alias to language.
    static let byAlias: [String: Language] = {
        var table: [String: Language] = [:]
        for language in all {
            for key in [language.name] + language.aliases where table[key] == nil { table[key] = language }
        }
        return table
    }()
}
