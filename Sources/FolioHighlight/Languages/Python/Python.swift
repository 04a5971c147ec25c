extension Language {
    /// Python 3 source.
    static let python = Language("python", aliases: ["py", "python3", "py3", "sage", "pyw", "gyp", "bazel", "starlark"], grammar: PythonGrammar())
}
