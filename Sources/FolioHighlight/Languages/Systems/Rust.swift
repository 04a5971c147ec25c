extension Language {
    /// Rust, with Pygments' RustLexer token decisions (names after `:`/`->` are types).
    static let rust = Language("rust", aliases: ["rs"], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = WordSet("""
            as async await box const crate dyn else extern for if impl in loop match move mut pub ref return static
            super trait unsafe use where while abstract become do final macro override priv typeof try unsized
            virtual yield mod let break continue default
            """)
        spec.types = WordSet("u8 u16 u32 u64 u128 i8 i16 i32 i64 i128 usize isize f32 f64 char str bool")
        spec.builtins = WordSet("""
            Copy Send Sized Sync Unpin Drop Fn FnMut FnOnce drop Box ToOwned Clone PartialEq PartialOrd Eq Ord AsRef
            AsMut Into From Default Iterator Extend IntoIterator DoubleEndedIterator ExactSizeIterator Option Some
            None Result Ok Err String ToString Vec self Self
            """)
        spec.macros = WordSet("""
            asm assert assert_eq assert_ne cfg column compile_error concat concat_idents dbg debug_assert
            debug_assert_eq debug_assert_ne env eprint eprintln file format format_args format_args_nl global_asm
            include include_bytes include_str line llvm_asm log_syntax macro_rules matches module_path option_env
            panic print println stringify thread_local todo trace_macros unimplemented unreachable vec write writeln
            """)
        spec.constants = WordSet("true false")
        spec.functionIntro = WordSet("fn")
        spec.typeIntro = WordSet("struct enum type union")
        spec.docComments = true
        spec.nestedBlockComments = true
        spec.singleQuote = .char
        spec.multilineStrings = true
        spec.hashAttributes = true
        spec.rustTypes = true
        spec.numberSuffixKind = .keyword
        spec.operators = ByteSet("+-*/%&|<>^!~@=:?")
        spec.punctuation = ByteSet("{}()[],.;")
        spec.operatorPairs = [Array("..".utf8)]
        return spec
    }()))
}
