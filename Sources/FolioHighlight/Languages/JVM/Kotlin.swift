extension Language {
    /// Kotlin, with Pygments' KotlinLexer token decisions (members after `.` are attributes).
    static let kotlin = Language("kotlin", aliases: ["kt", "kts"], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = WordSet("""
            as break by catch constructor continue do dynamic else finally get for if init in is out reified return set
            super this throw try typealias typeof vararg when where while package import
            """)
        spec.modifiers = WordSet("""
            actual abstract annotation companion const crossinline data enum expect external final infix inline inner
            internal lateinit noinline open operator override private protected public sealed suspend tailrec value
            """)
        spec.kotlinRules = true
        spec.types = WordSet("Boolean Byte Char Double Float Int Long Short String Any Unit")
        spec.builtins = WordSet("it")
        spec.constants = WordSet("true false null")
        spec.functionIntro = WordSet("fun")
        spec.typeIntro = WordSet("class interface object")
        spec.variableIntro = WordSet("var val")
        spec.importIntro = WordSet("package import")
        spec.atName = .decorator
        spec.memberKind = .variable
        spec.doubleQuote = .whole
        spec.tripleQuotes = true
        spec.interpolation = .dollar
        spec.operators = ByteSet("~^*!%&[]<>|+=/?-")
        spec.punctuation = ByteSet("{}();:.,")
        spec.operatorPairs = ["::", "!!", "?:", "?."].map { Array($0.utf8) }
        return spec
    }()))
}
