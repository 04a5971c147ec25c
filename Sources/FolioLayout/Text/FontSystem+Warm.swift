import FolioCore

extension FontSystem {
    /// Loads the faces a report uses and lays out a sample in each: FreeType faces, HarfBuzz
    /// tables and shaping plans, and the metrics of the common glyphs at the common sizes.
    ///
    /// Meant to run on another thread while the command line, theme and Markdown are read, so
    /// that a short report does not pay for its first use of every face on the critical path.
    /// The caller hands the font system over only after this returns (it is not thread-safe).
    public func warm(for fonts: Theme.Fonts) {
        // Printable ASCII, built in a loop: `joined()` is generic code the runtime first has to
        // look a conformance up for, a scan of every record in the binary on this thread.
        var sample = ""
        for byte in UInt8(32)...126 { sample.unicodeScalars.append(Unicode.Scalar(byte)) }
        func lay(_ family: String, _ size: Double, bold: Bool = false, italic: Bool = false) {
            var style = SpanStyle(color: .black)
            style.bold = bold
            style.italic = italic
            var styled = StyledText()
            styled.append(sample, style)
            _ = TextBlock(styled, font: family, size: size, width: nil, lineSpacing: 0, monospaceFamily: fonts.mono, fonts: self)
        }
        lay(fonts.body, fonts.bodySize)
        lay(fonts.body, fonts.bodySize, bold: true)
        lay(fonts.body, fonts.bodySize, italic: true)
        lay(fonts.mono, fonts.codeSize)
        lay(fonts.mono, fonts.codeSize, italic: true)
    }
}
