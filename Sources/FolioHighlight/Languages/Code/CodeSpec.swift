/// Data describing a brace-and-semicolon language for `CodeGrammar`: word tables and switches.
///
/// Each switch mirrors a token decision of the Pygments lexer for that language, so agreement
/// can be tuned per language without a new scanner.
struct CodeSpec: Sendable {
    /// How a double- or single-quoted literal is split.
    enum QuoteStyle: Sendable {
        case none
        /// Escapes are tokens of their own (C, Rust, Swift).
        case escapes
        /// The whole literal is one string token (JavaScript, Go, Java).
        case whole
        /// `'x'`, `'\n'`: a one-character literal, else the quote is an operator.
        case char
    }

    /// Embedded expressions in string literals.
    enum Interpolation: Sendable { case none, swift, dollar }

    var keywords = WordSet(""), types = WordSet(""), builtins = WordSet(""), constants = WordSet("")
    var variables = WordSet(""), functions = WordSet("")
    /// Words after which the next identifier names a function, a type or a variable.
    var functionIntro = WordSet(""), typeIntro = WordSet(""), variableIntro = WordSet("")
    /// Words after which the rest of the dotted name is plain (`import a.b.c`).
    var importIntro = WordSet("")
    var importKind: TokenKind? = nil

    var lineComment: [UInt8] = Array("//".utf8)
    var hashComment = false
    var blockComment = true
    var nestedBlockComments = false
    /// `///` line comments and `/** */` blocks are doc comments.
    var docComments = false

    var doubleQuote = QuoteStyle.escapes
    var singleQuote = QuoteStyle.char
    /// Backtick strings: raw (Go) or templates with `${}` (JavaScript).
    var backtickRaw = false, backtickTemplate = false
    var tripleQuotes = false
    var interpolation = Interpolation.none
    /// Double-quoted strings may span lines (Pygments keeps them open to the closing quote).
    var multilineStrings = false

    /// `#` directives at a line start colour the whole line (C preprocessor).
    var preprocessor = false
    /// `@name` is a decorator (Java annotations), or this kind.
    var atName: TokenKind? = nil
    /// `#[...]` attributes (Rust).
    var hashAttributes = false
    /// Kind of an identifier directly followed by `(`.
    var callKind: TokenKind? = nil
    /// Kind of an identifier after `.`.
    var memberKind: TokenKind? = nil
    /// C declarations: `type name(args) {` at a statement start names a function.
    var cDeclarations = false
    /// Java declarations: `Type name(` names a function.
    var javaDeclarations = false
    var regexLiterals = false
    /// TypeScript: `name: Type` colours `Type` (Pygments' TypeScriptLexer rule).
    var typeAfterColon = false
    /// Words that are builtins when directly followed by `(` (Go's `int(x)`, `len(x)`).
    var builtinsBeforeParen = WordSet("")
    var negativeNumbers = false
    /// Kind of a letter suffix glued to a number (`10u8` in Rust is a keyword).
    var numberSuffixKind: TokenKind? = .number

    /// Swift's rule: `=`, `?` and brackets are punctuation, so are `<` before and `>`/`!` after a word.
    var swiftOperators = false
    /// Rust: after `:` or `->` the next name is a type; `'a` lifetimes; `name!` builtin macros.
    var rustTypes = false
    var macros = WordSet("")
    /// Kotlin: modifiers are keywords only before a declaration; `fun <T> Receiver.name`; `Type?` nullable names.
    var kotlinRules = false
    var modifiers = WordSet("")
    /// Names that colour as keywords/types but do not keep a C statement start (CUDA qualifiers).
    var statementBreakers = WordSet("")
    /// Scala: operator-character runs are operators, a lone `:` is punctuation, `'sym` is a symbol.
    var scalaOperators = false
    /// Scala: capitalised names are types.
    var capitalizedTypes = false
    /// Julia: `#= … =#` nested block comments; `::Type` annotations.
    var juliaBlockComments = false
    var typeAfterDoubleColon = false
    /// Extra identifier characters (R's `.`).
    var identExtra = ByteSet("")

    var operators = ByteSet("+-*/%=<>!&|^~?:")
    var punctuation = ByteSet("()[]{},;.")
    /// Two-character punctuation that would otherwise split into operators (`=>`, `->`, `::`).
    var punctuationPairs: [[UInt8]] = []
    /// Two-character operators that would otherwise split into punctuation (`::`, `?.`).
    var operatorPairs: [[UInt8]] = []
}
