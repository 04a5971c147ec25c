/// JavaScript and TypeScript word tables, as Pygments' JavascriptLexer and TypeScriptLexer list them.
enum JavaScriptWords {
    static let keywords = """
        for in while do break return continue switch case default if else throw try catch finally yield await
        async this of static export import debugger extends super var let const with function class typeof
        instanceof void delete new constructor from as abstract byte char double enum final float goto
        implements int interface long native package private protected public short synchronized throws
        transient volatile
        """
    static let builtins = """
        Array Boolean Date BigInt Function Math ArrayBuffer Number Object RegExp String Promise Proxy decodeURI
        decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt DataView document
        window globalThis global Symbol Intl WeakSet WeakMap Set Map Reflect JSON Atomics Int8Array Int16Array
        Int32Array BigInt64Array Float32Array Float64Array Uint8ClampedArray Uint8Array Uint16Array Uint32Array
        BigUint64Array Error EvalError InternalError RangeError ReferenceError SyntaxError TypeError URIError
        """

    static func spec(typescript: Bool) -> CodeSpec {
        var spec = CodeSpec()
        spec.keywords = WordSet(keywords + (typescript ? " declare type module readonly override" : " boolean"))
        spec.types = WordSet(typescript ? "string boolean number" : "")
        spec.constants = WordSet("true false null NaN Infinity undefined")
        spec.builtins = WordSet(builtins)
        spec.doubleQuote = .whole
        spec.singleQuote = .whole
        spec.multilineStrings = true
        spec.backtickTemplate = true
        spec.regexLiterals = true
        spec.typeAfterColon = typescript
        spec.atName = typescript ? .keyword : nil
        spec.operators = ByteSet("+-~?:\\<>=!*|&%^/")
        spec.punctuation = ByteSet("{([;,})].")
        spec.punctuationPairs = [Array("=>".utf8), Array("..".utf8)]
        return spec
    }
}

extension Language {
    /// JavaScript.
    static let javascript = Language("javascript", aliases: ["js", "jsx", "mjs", "cjs", "node"], grammar: CodeGrammar(spec: JavaScriptWords.spec(typescript: false)))
    /// TypeScript.
    static let typescript = Language("typescript", aliases: ["ts", "tsx", "mts", "cts"], grammar: CodeGrammar(spec: JavaScriptWords.spec(typescript: true)))
}
