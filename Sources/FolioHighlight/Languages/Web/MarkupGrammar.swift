/// HTML and XML tags, attributes, comments and entities; HTML `<script>`/`<style>` bodies as JavaScript/CSS.
///
/// As in Pygments, HTML splits `<`, `/`, `>` out as punctuation while XML keeps them in the tag token.
struct MarkupGrammar: Grammar {
    let html: Bool
    static let javascript = CodeGrammar(spec: JavaScriptWords.spec(typescript: false))
    static let css = CSSGrammar()
    static let name = ByteSet.ident.union(ByteSet(":.-"))

    func scan(_ s: inout ByteScanner) {
        while !s.atEnd {
            let c = s.peek()
            if c == UInt8(ascii: "&") {
                let end = s.find(ByteSet(";").union(.space), from: s.pos + 1)
                s.emit(s[end] == UInt8(ascii: ";") ? .escape : nil, to: s[end] == UInt8(ascii: ";") ? end + 1 : s.pos + 1)
            } else if c == UInt8(ascii: "<") {
                markup(&s)
            } else {
                s.emit(nil, to: s.find(ByteSet("<&"), from: s.pos))
            }
        }
    }

    private func markup(_ s: inout ByteScanner) {
        if s.matches(Self.cdata, at: s.pos) {
            return s.emit(.keyword, to: s.indexAfter(Array("]]>".utf8), from: s.pos) ?? s.pos + 1)
        }
        if s.matches(Self.commentOpen, at: s.pos), let end = s.indexAfter(Array("-->".utf8), from: s.pos + 4) {
            return s.emit(.comment, to: end)
        }
        if s.peek(1) == UInt8(ascii: "?"), let end = s.indexAfter(Array("?>".utf8), from: s.pos + 2) {
            return s.emit(.keyword, to: end)
        }
        if s.peek(1) == UInt8(ascii: "!"), let end = s.indexAfter([UInt8(ascii: ">")], from: s.pos + 2) {
            return s.emit(.keyword, to: end)
        }
        let afterBlank = s.skip(.space, from: s.pos + 1)
        if s[afterBlank] == UInt8(ascii: "/") {
            let nameStart = s.skip(.space, from: afterBlank + 1)
            let nameEnd = s.skip(Self.name, from: nameStart)
            let close = s.skip(.space, from: nameEnd)
            guard nameEnd > nameStart, s[close] == UInt8(ascii: ">") else { return s.emit(html ? .error : nil, length: 1) }
            if html {
                s.emit(.punctuation, length: 1)
                s.emit(nil, to: afterBlank)
                s.emit(.punctuation, length: 1)
                s.emit(nil, to: nameStart)
                s.emit(.keyword, to: nameEnd)
                s.emit(nil, to: close)
                s.emit(.punctuation, length: 1)
            } else {
                s.emit(.keyword, to: close + 1)
            }
            return
        }
        let nameEnd = s.skip(Self.name, from: afterBlank)
        guard nameEnd > afterBlank else { return s.emit(html ? .error : nil, length: 1) }
        if html {
            s.emit(.punctuation, length: 1)
            s.emit(nil, to: afterBlank)
        }
        s.emit(.keyword, to: nameEnd)
        attributes(&s)
        if html {
            let tag = s.text(afterBlank, nameEnd).lowercased()
            if tag == "script" { embedded(&s, closing: "script", Self.javascript) }
            if tag == "style" { embedded(&s, closing: "style", Self.css) }
        }
    }
    static let cdata = Array("<![CDATA[".utf8), commentOpen = Array("<!--".utf8)
}
