/// Word tables shared by C, C++ and CUDA, as Pygments' CFamilyLexer lists them.
enum CFamilyWords {
    static let keywords = """
        asm auto break const constexpr continue default do else enum extern for goto if register restricted
        return sizeof struct static switch typedef typeof typeof_unqual volatile while union thread_local
        alignas alignof static_assert _Pragma fortran inline _inline __inline naked restrict thread
        __m128i __m128d __m128 __m64 __asm __based __except __stdcall __cdecl __fastcall __declspec __finally
        __try __leave __w64 __unaligned __raise __noop __identifier __forceinline __assume __null case
        """
    static let types = """
        bool int long float short double char unsigned signed void _BitInt __int128 __int8 __int16 __int32
        __int64 __wchar_t size_t ssize_t off_t wchar_t ptrdiff_t sig_atomic_t fpos_t clock_t time_t va_list
        jmp_buf FILE DIR div_t ldiv_t mbstate_t wctrans_t wint_t wctype_t int8_t int16_t int32_t int64_t
        uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t
        uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t int_fast32_t
        int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t
        uintmax_t clockid_t cpu_set_t cpumask_t dev_t gid_t id_t ino_t key_t mode_t nfds_t pid_t rlim_t
        sig_t sighandler_t siginfo_t sigset_t sigval_t socklen_t timer_t uid_t atomic_bool atomic_char
        atomic_schar atomic_uchar atomic_short atomic_ushort atomic_int atomic_uint atomic_long atomic_ulong
        atomic_llong atomic_ullong atomic_size_t atomic_ptrdiff_t atomic_intmax_t atomic_uintmax_t
        atomic_intptr_t atomic_uintptr_t
        """
    static let cOnlyKeywords = "_Alignas _Alignof _Noreturn _Countof _Generic _Thread_local _Static_assert _Imaginary countof noreturn imaginary complex"
    static let cOnlyTypes = "_Bool _Complex _Atomic _Decimal32 _Decimal64 _Decimal128"
    static let cppKeywords = """
        catch const_cast delete dynamic_cast explicit export friend mutable new operator private protected
        public reinterpret_cast class __restrict static_cast template this throw throws try typeid using
        virtual concept decltype noexcept override final constinit consteval co_await co_return co_yield
        requires import module typename and and_eq bitand bitor compl not not_eq or or_eq xor xor_eq namespace
        __virtual_inheritance __uuidof __super __extends __single_inheritance __multiple_inheritance
        __interface __implements __event __finally __null __offload __blockingoffload __outer
        """
    static let cppTypes = "char16_t char32_t char8_t"
    static let cudaTypes = """
        __device__ __constant__ __shared__ __restrict__ char1 uchar1 char2 uchar2 char3 uchar3 char4 uchar4
        short1 ushort1 short2 ushort2 short3 ushort3 short4 ushort4 int1 uint1 int2 uint2 int3 uint3 int4 uint4
        long1 ulong1 long2 ulong2 long3 ulong3 long4 ulong4 longlong1 ulonglong1 longlong2 ulonglong2 float1
        float2 float3 float4 double1 double2 dim3
        """
    static let cudaKeywords = "__global__ __host__ __noinline__ __forceinline__"

    /// The C spec with extra words; C++ and CUDA build on it.
    static func spec(keywords extraKeywords: String, types extraTypes: String, builtins extraBuiltins: String = "") -> CodeSpec {
        var spec = CodeSpec()
        spec.keywords = WordSet(keywords + " " + extraKeywords)
        spec.types = WordSet(types + " " + extraTypes)
        spec.builtins = WordSet("true false NULL nullptr " + extraBuiltins)
        spec.typeIntro = WordSet("struct union")
        spec.preprocessor = true
        spec.cDeclarations = true
        spec.negativeNumbers = true
        spec.singleQuote = .char
        spec.operators = ByteSet("~!%^&*+=|?:<>/-")
        spec.punctuation = ByteSet("()[],.{};")
        return spec
    }
}

extension Language {
    /// C.
    static let c = Language("c", aliases: ["h"], grammar: CodeGrammar(spec: CFamilyWords.spec(
        keywords: CFamilyWords.cOnlyKeywords, types: CFamilyWords.cOnlyTypes)))
    /// C++.
    static let cpp = Language("c++", aliases: ["cpp", "cxx", "cc", "hpp", "hh", "hxx", "h++", "arduino"], grammar: CodeGrammar(spec: {
        var spec = CFamilyWords.spec(keywords: CFamilyWords.cppKeywords, types: CFamilyWords.cppTypes)
        spec.typeIntro = WordSet("struct union class concept typename enum")
        return spec
    }()))
    /// CUDA C/C++.
    static let cuda = Language("cuda", aliases: ["cu", "cuh"], grammar: CodeGrammar(spec: {
        var spec = CFamilyWords.spec(
            keywords: CFamilyWords.cOnlyKeywords + " " + CFamilyWords.cudaKeywords,
            types: CFamilyWords.cOnlyTypes + " " + CFamilyWords.cudaTypes,
            builtins: "gridDim blockIdx blockDim threadIdx warpSize")
        spec.statementBreakers = WordSet(CFamilyWords.cudaTypes + " " + CFamilyWords.cudaKeywords)
        spec.functions = WordSet("""
            __threadfence_block __threadfence __threadfence_system __syncthreads __syncthreads_count
            __syncthreads_and __syncthreads_or
            """)
        return spec
    }()))
}
