extension Language {
    /// Java, with Pygments' JavaLexer token decisions (members after `.` are attributes).
    static let java = Language("java", aliases: [], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = WordSet("""
            assert break case catch continue default do else finally for if goto instanceof new return switch this
            throw try while abstract const enum exports extends final implements native non-sealed open opens permits
            private protected provides public requires sealed static strictfp super synchronized throws to transient
            transitive uses volatile with yield var module
            """)
        spec.types = WordSet("boolean byte char double float int long short void")
        spec.constants = WordSet("true false null")
        spec.typeIntro = WordSet("class interface")
        spec.importIntro = WordSet("package import")
        spec.atName = .decorator
        spec.memberKind = .variable
        spec.javaDeclarations = true
        spec.doubleQuote = .whole
        spec.multilineStrings = true
        spec.tripleQuotes = true
        spec.operators = ByteSet("~^*!%&[]<>|+=/?-")
        spec.punctuation = ByteSet("{}();:.,")
        return spec
    }()))
}
