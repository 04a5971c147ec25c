/// Natural ordering of parameter values: digit runs compare as numbers ("bs64" < "bs128"),
/// and when every value reads as a number the values sort numerically ("1e-4" < "0.001" < "0.1").
enum NaturalOrder {
    /// `values` deduplicated and sorted naturally.
    static func sorted(_ values: some Sequence<String>) -> [String] {
        let unique = Array(Set(values))
        if !unique.isEmpty, unique.allSatisfy({ Double($0) != nil }) {
            return unique.sorted { (Double($0)!, $0) < (Double($1)!, $1) }
        }
        return unique.sorted(by: less)
    }

    /// Whether `a` sorts before `b`: digit runs by value, other text case-insensitively.
    static func less(_ a: String, _ b: String) -> Bool {
        let x = chunks(a), y = chunks(b)
        for (p, q) in zip(x, y) where p != q {
            switch (p, q) {
            case (.number(let m, let ms), .number(let n, let ns)): return m != n ? m < n : ms < ns
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let s), .text(let t)):
                let (ls, lt) = (s.lowercased(), t.lowercased())
                return ls != lt ? ls < lt : s < t
            }
        }
        return x.count != y.count ? x.count < y.count : a < b
    }

    private enum Chunk: Equatable {
        case number(Double, String)
        case text(String)
    }

    private static func chunks(_ s: String) -> [Chunk] {
        var out: [Chunk] = []
        var current = ""
        var digits = false
        func flush() {
            guard !current.isEmpty else { return }
            out.append(digits ? .number(Double(current) ?? 0, current) : .text(current))
            current = ""
        }
        for c in s {
            let d = c.isASCII && c.isNumber
            if d != digits { flush(); digits = d }
            current.append(c)
        }
        flush()
        return out
    }
}
