extension Language {
    /// Go, with Pygments' GoLexer token decisions (`int(x)` is a builtin call, `int` alone a type).
    static let go = Language("go", aliases: ["golang"], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        let types = "uint uint8 uint16 uint32 uint64 int int8 int16 int32 int64 float float32 float64 complex64 complex128 byte rune string bool error uintptr any comparable"
        spec.keywords = WordSet("""
            var func struct map chan type interface const break default select case defer go else goto switch
            fallthrough if range continue for return package import
            """)
        spec.types = WordSet(types)
        spec.builtinsBeforeParen = WordSet(types + " print println panic recover close complex real imag len cap append copy delete new make min max clear")
        spec.constants = WordSet("true false iota nil")
        spec.doubleQuote = .whole
        spec.singleQuote = .char
        spec.backtickRaw = true
        spec.operators = ByteSet("+-*/%&~|")
        spec.punctuation = ByteSet("^<>=!()[]{}.,;:")
        spec.operatorPairs = ["<<", ">>", "<=", ">=", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "&&", "||", "<-", "++", "--", "==", "!=", ":="].map { Array($0.utf8) }
        return spec
    }()))
}
