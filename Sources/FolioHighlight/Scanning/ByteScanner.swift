/// A cursor over UTF-8 bytes that records (end, kind) spans and turns them into tokens.
///
/// Grammars only ever emit from `pos` forward, so the spans tile the input and the
/// token texts concatenate back to the source exactly.
struct ByteScanner {
    let bytes: [UInt8]
    private(set) var pos = 0
    private var ends: [Int] = []
    private var kinds: [TokenKind?] = []
    /// Scanning stops here; embedded grammars (a console command line) narrow it temporarily.
    var limit: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        limit = bytes.count
        ends.reserveCapacity(bytes.count / 4)
        kinds.reserveCapacity(bytes.count / 4)
    }

    var count: Int { limit }
    var atEnd: Bool { pos >= limit }
    /// True when `pos` is at the start of a line.
    var atLineStart: Bool { pos == 0 || bytes[pos - 1] == 10 }

    /// The byte at `i`, or 0 outside the text (0 never occurs in the byte sets used).
    @inline(__always) subscript(i: Int) -> UInt8 { i >= 0 && i < limit ? bytes[i] : 0 }
    /// The byte `offset` bytes after `pos`, or 0.
    @inline(__always) func peek(_ offset: Int = 0) -> UInt8 { self[pos + offset] }

    /// Emits `pos..<end` as `kind`, merging with the previous span of the same kind.
    mutating func emit(_ kind: TokenKind?, to end: Int) {
        let end = min(end, limit)
        guard end > pos else { return }
        if let last = kinds.last, last == kind {
            ends[ends.count - 1] = end
        } else {
            ends.append(end)
            kinds.append(kind)
        }
        pos = end
    }

    /// Emits the next `length` bytes as `kind`.
    mutating func emit(_ kind: TokenKind?, length: Int) { emit(kind, to: pos + length) }

    /// Emits everything left as `kind`.
    mutating func emitRest(_ kind: TokenKind?) { emit(kind, to: limit) }

    /// The first index at or after `from` whose byte is not in `set`.
    @inline(__always) func skip(_ set: ByteSet, from: Int) -> Int {
        var i = from
        while i < limit && set.contains(bytes[i]) { i += 1 }
        return i
    }

    /// The first index at or after `from` whose byte is in `set`, or `count`.
    @inline(__always) func find(_ set: ByteSet, from: Int) -> Int {
        var i = from
        while i < limit && !set.contains(bytes[i]) { i += 1 }
        return i
    }

    /// Index of the next newline at or after `from`, or `count`.
    func lineEnd(from: Int) -> Int {
        var i = from
        while i < limit && bytes[i] != 10 { i += 1 }
        return i
    }

    /// Whether `literal` occurs at `at`.
    @inline(__always) func matches(_ literal: [UInt8], at: Int) -> Bool {
        guard at >= 0, at + literal.count <= limit else { return false }
        for k in 0..<literal.count where bytes[at + k] != literal[k] { return false }
        return true
    }

    /// Whether `literal` occurs at `at`, ignoring ASCII case (literal given in lower case).
    func matchesIgnoringCase(_ literal: [UInt8], at: Int) -> Bool {
        guard at >= 0, at + literal.count <= limit else { return false }
        for k in 0..<literal.count where bytes[at + k] | 0x20 != literal[k] | 0x20 { return false }
        return true
    }

    /// Index just after the first occurrence of `literal` at or after `from`, or nil.
    func indexAfter(_ literal: [UInt8], from: Int) -> Int? {
        guard let first = literal.first else { return from }
        var i = from
        while i + literal.count <= limit {
            if bytes[i] == first && matches(literal, at: i) { return i + literal.count }
            i += 1
        }
        return nil
    }

    /// The text of `range` (for keyword tables keyed by String and dumps).
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Tokens for the recorded spans; boundaries inside a UTF-8 sequence move forward.
    consuming func finish() -> [Token] {
        limit = bytes.count
        emitRest(nil)
        var tokens: [Token] = []
        tokens.reserveCapacity(ends.count)
        var start = 0
        for (end, kind) in zip(ends, kinds) {
            var end = end
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            guard end > start else { continue }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if let last = tokens.last, last.kind == kind {
                tokens[tokens.count - 1].text += text
            } else {
                tokens.append(Token(text, kind))
            }
            start = end
        }
        return tokens
    }
}
