extension Language {
    /// R (S), with Pygments' SLexer token decisions (a name before `(` is a function).
    static let r = Language("r", aliases: ["s", "splus", "rscript"], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = WordSet("if else for while repeat in next break return switch function")
        spec.constants = WordSet("NULL NA NA_integer_ NA_real_ NA_complex_ NA_character_ letters LETTERS Inf TRUE FALSE NaN pi")
        spec.builtins = WordSet("T F")
        spec.callKind = .function
        spec.identExtra = ByteSet(".")
        spec.lineComment = []
        spec.blockComment = false
        spec.hashComment = true
        spec.doubleQuote = .whole
        spec.singleQuote = .whole
        spec.multilineStrings = true
        spec.negativeNumbers = true
        spec.operators = ByteSet("<>-=!&|?*+^/%~$@:")
        spec.punctuation = ByteSet("[]();,{}")
        return spec
    }()))
}
