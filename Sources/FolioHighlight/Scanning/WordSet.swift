/// A keyword table looked up straight from byte ranges, without building strings.
struct WordSet: Sendable {
    private var buckets: [Int: [[UInt8]]] = [:]

    /// Words separated by white space.
    init(_ words: String) {
        // Split on bytes: splitting the String by Characters costs milliseconds at start-up for
        // the long builtin lists, and every separator is ASCII.
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty { buckets[Self.key(word.count, word[0]), default: []].append(word) }
            word = []
        }
        for b in words.utf8 {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") { flush() } else { word.append(b) }
        }
        flush()
    }

    @inline(__always) private static func key(_ length: Int, _ first: UInt8) -> Int {
        length << 8 | Int(first)
    }

    /// Whether `bytes[start..<end]` is one of the words.
    func contains(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end > start, let list = buckets[Self.key(end - start, bytes[start])] else { return false }
        outer: for w in list {
            for k in 1..<max(w.count, 1) where bytes[start + k] != w[k] { continue outer }
            return true
        }
        return false
    }

    /// Whether `bytes[start..<end]`, lower-cased, is one of the (lower-case) words.
    func containsLowercased(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end > start, end - start <= 32 else { return false }
        let lowered = bytes[start..<end].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return contains(lowered, 0, lowered.count)
    }

    /// Whether the set holds no words.
    var isEmpty: Bool { buckets.isEmpty }
}
