extension Language {
    /// Swift, with Pygments' SwiftLexer token decisions.
    static let swift = Language("swift", aliases: [], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = SwiftWords.keywords
        spec.constants = SwiftWords.constants
        spec.builtins = SwiftWords.builtins
        spec.functionIntro = WordSet("func")
        spec.typeIntro = WordSet("class enum extension struct protocol")
        spec.variableIntro = WordSet("var let")
        spec.importIntro = WordSet("import")
        spec.importKind = .type
        spec.nestedBlockComments = true
        spec.singleQuote = .none
        spec.tripleQuotes = true
        spec.interpolation = .swift
        spec.swiftOperators = true
        return spec
    }()))
}
