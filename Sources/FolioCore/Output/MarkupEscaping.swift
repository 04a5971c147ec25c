/// Escaping for HTML and SVG/XML output, one loop for both writers.
public enum MarkupEscaping {
    /// How the two markups differ.
    public enum Dialect: Sendable {
        /// HTML text and attribute values: `'` as `&#39;` (HTML 4 has no `&apos;`); every other
        /// character kept.
        case html
        /// XML 1.0 (inline SVG): `'` as `&apos;`; the control characters XML forbids (C0 other
        /// than tab, and U+FFFE, U+FFFF) dropped, line breaks too (an SVG label is one line).
        case xml
    }

    /// `s` with `& < > " '` escaped, for text content and attribute values alike.
    public static func escape(_ s: String, for dialect: Dialect) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += dialect == .html ? "&#39;" : "&apos;"
            default:
                if dialect == .xml {
                    if scalar.value < 0x20 && scalar != "\t" { continue }
                    if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
