extension Language {
    /// Scala 2 and 3, with Pygments' ScalaLexer token decisions (capitalised names are types).
    static let scala = Language("scala", aliases: ["sc", "sbt"], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = WordSet("""
            new return throw classOf isInstanceOf asInstanceOf else if then do while for yield match case catch finally
            try private protected synchronized abstract final lazy sealed implicit override val var package import
            export given using extends with derives extension end inline opaque transparent open infix
            """)
        spec.builtins = WordSet("this super")
        spec.constants = WordSet("true false null")
        spec.functionIntro = WordSet("def")
        spec.typeIntro = WordSet("trait class object enum type")
        spec.atName = .decorator
        spec.capitalizedTypes = true
        spec.doubleQuote = .whole
        spec.singleQuote = .char
        spec.tripleQuotes = true
        spec.multilineStrings = true
        spec.interpolation = .dollar
        spec.nestedBlockComments = true
        spec.scalaOperators = true
        spec.operators = ByteSet("<%=>-+*~?@|!&^/")
        spec.punctuation = ByteSet("{}()[];,.")
        return spec
    }()))
}
