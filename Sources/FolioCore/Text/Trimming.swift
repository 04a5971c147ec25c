extension StringProtocol {
    /// Without leading and trailing white space (the Unicode White_Space property, line breaks
    /// included, and U+200B ZERO WIDTH SPACE, which Foundation counts too): what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives.
    ///
    /// Foundation's version goes through NSString, and its first use in a process makes the
    /// Swift runtime scan every protocol conformance in the binary three times (about 0.3 ms),
    /// on the critical path of a short export.
    public func trimmingWhitespace() -> String {
        func kept(_ c: Character) -> Bool { !c.isWhitespace && c != "\u{200B}" }
        guard let first = firstIndex(where: kept), let last = lastIndex(where: kept) else {
            return ""
        }
        return String(self[first...last])
    }
}
