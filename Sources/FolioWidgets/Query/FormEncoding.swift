import FolioCore
import Foundation

/// `application/x-www-form-urlencoded` as browsers read and write query strings
/// (`URLSearchParams`): `+` is a space, `%XX` a byte, and the result must be UTF-8.
public enum FormEncoding {
    /// Why a query component could not be decoded.
    public enum Failure: Error, Equatable, Sendable {
        /// A `%` not followed by two hex digits.
        case badPercentEscape(String)
        /// The decoded bytes are not UTF-8.
        case invalidUTF8(String)
    }

    /// Decodes one key or value.
    public static func decode(_ text: Substring) throws(Failure) -> String {
        do { return try text.percentDecoding(plusIsSpace: true) } catch {
            switch error {
            case .badEscape: throw .badPercentEscape(String(text))
            case .invalidUTF8: throw .invalidUTF8(String(text))
            }
        }
    }

    /// Encodes one key or value the way `URLSearchParams.toString()` does.
    public static func encode(_ text: String) -> String {
        var out = ""
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"),
                UInt8(ascii: "."), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// Splits a query string into decoded (key, value) pairs in order; empty pieces are skipped
    /// and a piece without `=` has an empty value, as in `URLSearchParams`.
    public static func pairs(_ query: Substring) throws(Failure) -> [(String, String)] {
        var result: [(String, String)] = []
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            if let eq = piece.firstIndex(of: "=") {
                result.append((try decode(piece[..<eq]), try decode(piece[piece.index(after: eq)...])))
            } else {
                result.append((try decode(piece), ""))
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
