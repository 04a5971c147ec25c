extension Language {
    /// Julia, approximating Pygments' JuliaLexer: builtin types as types, `@macro` as decorators, `#= =#` comments.
    static let julia = Language("julia", aliases: ["jl"], grammar: CodeGrammar(spec: {
        var spec = CodeSpec()
        spec.keywords = WordSet("""
            baremodule begin break catch ccall const continue do else elseif end export finally for function global if
            import in isa let local macro module quote return try using where while
            """)
        spec.types = WordSet("""
            AbstractArray AbstractChannel AbstractChar AbstractDict AbstractDisplay AbstractFloat AbstractIrrational
            AbstractMatch AbstractMatrix AbstractPattern AbstractRange AbstractSet AbstractString AbstractUnitRange
            AbstractVecOrMat AbstractVector Any ArgumentError Array AssertionError BigFloat BigInt BitArray BitMatrix
            BitSet BitVector Bool BoundsError CapturedException CartesianIndex CartesianIndices Cchar Cdouble Cfloat
            Channel Char Cint Cintmax_t Clong Clonglong Cmd Colon Complex ComplexF16 ComplexF32 ComplexF64
            ComposedFunction CompositeException Condition Cptrdiff_t Cshort Csize_t Cssize_t Cstring Cuchar Cuint
            Cuintmax_t Culong Culonglong Cushort Cvoid Cwchar_t Cwstring DataType DenseArray DenseMatrix DenseVecOrMat
            DenseVector Dict DimensionMismatch Dims DivideError DomainError EOFError Enum ErrorException Exception
            ExponentialBackOff Expr Float16 Float32 Float64 Function GlobalRef HTML IO IOBuffer IOContext IOStream
            IdDict IndexCartesian IndexLinear IndexStyle InexactError InitError Int Int128 Int16 Int32 Int64 Int8
            Integer InterruptException InvalidStateException Irrational KeyError LinRange LineNumberNode LinearIndices
            LoadError MIME Matrix Method MethodError Missing MissingException Module NTuple NamedTuple Nothing Number
            OrdinalRange OutOfMemoryError OverflowError Pair PartialQuickSort PermutedDimsArray Pipe
            ProcessFailedException Ptr QuoteNode Rational RawFD ReadOnlyMemoryError Real ReentrantLock Ref Regex
            RegexMatch RoundingMode SegmentationFault Set Signed Some StackOverflowError StepRange StepRangeLen
            StridedArray StridedMatrix StridedVecOrMat StridedVector String StringIndexError SubArray SubString
            SubstitutionString Symbol SystemError Task TaskFailedException Text TextDisplay Timer Tuple Type TypeError
            TypeVar UInt UInt128 UInt16 UInt32 UInt64 UInt8 UndefInitializer UndefKeywordError UndefRefError
            UndefVarError Union UnionAll UnitRange Unsigned Val Vararg VecElement VecOrMat Vector VersionNumber
            WeakKeyDict WeakRef
            """)
        spec.builtins = WordSet("""
            ARGS C_NULL DEPOT_PATH ENDIAN_BOM ENV Inf Inf16 Inf32 Inf64 InsertionSort LOAD_PATH MergeSort NaN NaN16
            NaN32 NaN64 PROGRAM_FILE QuickSort RoundDown RoundFromZero RoundNearest RoundNearestTiesAway
            RoundNearestTiesUp RoundToZero RoundUp VERSION devnull false im missing nothing pi stderr stdin stdout
            true undef π ℯ
            """)
        spec.lineComment = []
        spec.hashComment = true
        spec.juliaBlockComments = true
        spec.atName = .decorator
        spec.identExtra = ByteSet("!")
        spec.typeIntro = WordSet("where")
        spec.doubleQuote = .escapes
        spec.singleQuote = .char
        spec.tripleQuotes = true
        spec.multilineStrings = true
        spec.interpolation = .dollar
        spec.typeAfterDoubleColon = true
        spec.operators = ByteSet("+-*/\\^%=<>!&|~?:$.'")
        spec.punctuation = ByteSet("[](),;{}")
        return spec
    }()))
}
