extension MarkupGrammar {
    /// Attributes up to and including the tag's `>` or `/>`.
    func attributes(_ s: inout ByteScanner) {
        let attributeName = ByteSet.ident.union(ByteSet(html ? ":-" : ".:-"))
        while !s.atEnd {
            let c = s.peek()
            if ByteSet.space.contains(c) { s.emit(nil, to: s.skip(.space, from: s.pos)); continue }
            if c == UInt8(ascii: ">") || (c == UInt8(ascii: "/") && s[s.skip(.space, from: s.pos + 1)] == UInt8(ascii: ">")) {
                let end = s.skip(.space, from: s.pos + 1)
                if html {
                    if c == UInt8(ascii: "/") { s.emit(.punctuation, length: 1); s.emit(nil, to: end) }
                    s.emit(.punctuation, length: 1)
                } else {
                    s.emit(.keyword, to: (c == UInt8(ascii: "/") ? end : s.pos) + 1)
                }
                return
            }
            let nameEnd = s.skip(attributeName, from: s.pos)
            guard nameEnd > s.pos else { return s.emit(.error, length: 1) }
            let eq = s.skip(.space, from: nameEnd)
            guard s[eq] == UInt8(ascii: "=") else {
                s.emit(html ? .variable : .error, to: html ? nameEnd : s.pos + 1)
                continue
            }
            if html {
                s.emit(.variable, to: eq)
                s.emit(.operator, length: 1)
            } else {
                s.emit(.variable, to: eq + 1)
            }
            s.emit(nil, to: s.skip(.space, from: s.pos))
            let q = s.peek()
            if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                s.emit(.string, to: s.indexAfter([q], from: s.pos + 1) ?? s.count)
            } else {
                s.emit(.string, to: s.find(ByteSet.space.union(ByteSet(">")), from: s.pos))
            }
        }
    }

    /// A `<script>`/`<style>` body up to its closing tag, scanned by `grammar`.
    func embedded(_ s: inout ByteScanner, closing: String, _ grammar: any Grammar) {
        let name = Array(closing.utf8)
        var i = s.pos, end = s.count
        while let lt = s.indexAfter([UInt8(ascii: "<")], from: i) {
            var j = s.skip(.space, from: lt)
            if s[j] == UInt8(ascii: "/") {
                j = s.skip(.space, from: j + 1)
                if s.matchesIgnoringCase(name, at: j), s[s.skip(.space, from: j + name.count)] == UInt8(ascii: ">") {
                    end = lt - 1
                    break
                }
            }
            i = lt
        }
        s.embed(grammar, to: end)
    }
}

extension Language {
    /// HTML.
    static let html = Language("html", aliases: ["htm", "xhtml", "vue", "svelte"], grammar: MarkupGrammar(html: true))
    /// XML (SVG, XSD, plist, RSS...).
    static let xml = Language("xml", aliases: ["svg", "xsd", "xsl", "xslt", "plist", "rss", "atom", "wsdl", "pom"], grammar: MarkupGrammar(html: false))
}
