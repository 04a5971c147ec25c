import Foundation

/// An inline element of a paragraph, heading or table cell.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    case link(url: String, title: String?, content: [Inline])
    case image(ImageRef)
    case softBreak
    case lineBreak
    /// From raw `<sup>`, `<sub>`, `<kbd>`.
    case superscript([Inline])
    case `subscript`([Inline])
    case keyboard([Inline])
}

extension Array where Element == Inline {
    /// The visible text, styles dropped (soft breaks become spaces).
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .superscript(let c), .subscript(let c),
                .keyboard(let c):
                out += c.plainText
            case .link(_, _, let c): out += c.plainText
            case .image(let img): out += img.alt
            case .softBreak: out += " "
            case .lineBreak: out += "\n"
            }
        }
        return out
    }
}
