/// Tab expansion for paged output (HTML keeps real tabs): expands \t to the next multiple of `width` columns, across token boundaries, per line.
public func expandTabs(_ tokens: [Token], width: Int = 4) -> [Token] {
    let width = max(width, 1)
    var column = 0
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    for token in tokens {
        guard token.text.contains(where: { $0 == "\t" || $0 == "\n" }) else {
            column += token.text.count
            result.append(token)
            continue
        }
        var text = ""
        for ch in token.text {
            switch ch {
            case "\t":
                let spaces = width - column % width
                text.append(String(repeating: " ", count: spaces))
                column += spaces
            case "\n", "\r\n":
                text.append(ch)
                column = 0
            default:
                text.append(ch)
                column += 1
            }
        }
        result.append(Token(text, token.kind))
    }
    return result
}
