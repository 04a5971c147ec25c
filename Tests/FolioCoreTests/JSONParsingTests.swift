import FolioCore
import Foundation
import XCTest

/// `JSONValue(parsing:)` reads what RFC 8259 allows, the way Foundation's JSONSerialization
/// reads it, and rejects the rest with the line and column of the problem.
final class JSONParsingTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONValue(parsing: Array(text.utf8)) }

    func testValuesAndKeyOrder() throws {
        let v = try parse(#" {"b": [1, -2.5, 3e2, 0, -0.0, true, false, null], "a": {"x": "y"}, "s": "tab\there \u00e9 \ud83d\ude00 \/"} "#)
        guard case .object(let o) = v else { return XCTFail("\(v)") }
        XCTAssertEqual(o.keys, ["b", "a", "s"])
        XCTAssertEqual(o["b"], .array([.int(1), .double(-2.5), .double(300), .int(0), .double(-0.0), .bool(true), .bool(false), .null]))
        XCTAssertEqual(o["a"], .object(JSONObject([("x", .string("y"))])))
        XCTAssertEqual(o["s"], .string("tab\there é 😀 /"))
        XCTAssertEqual(try parse("\u{FEFF}[]"), .array([]), "a byte order mark is skipped")
        XCTAssertEqual(try parse(#"{"k": 1, "k": 2}"#), .object(JSONObject([("k", .int(2))])), "last value wins")
        XCTAssertEqual(try parse("9223372036854775808"), .double(9_223_372_036_854_775_808), "too big for Int")
    }

    /// Every valid document here reads the same as JSONSerialization reads it.
    func testAgreesWithJSONSerialization() throws {
        let docs = [
            "{}", "[]", "0", "-1", "1.5", "1E-3", "\"\"", #""\\\"\b\f\n\r\t""#, #"[[[[]]]]"#, "[1, [2, {\"a\": [3]}]]",
            #"{"n": 12345678901234, "f": 0.1, "e": 6.02e23, "neg": -7}"#, #"["\u0000", "\u001f", "\u20ac"]"#,
            " \n\t\r[ 1 , 2 ]\n", #"{"ünï": "报告"}"#, "123456789012345678901234567890",
        ]
        for doc in docs {
            let ours = try parse(doc)
            let theirs = try JSONSerialization.jsonObject(with: Data(doc.utf8), options: [.fragmentsAllowed])
            XCTAssertTrue(Self.same(ours, theirs), "\(doc): \(ours) vs \(theirs)")
        }
    }

    func testErrorsNameLineAndColumn() {
        let bad: [(String, String)] = [
            ("", "line 1, column 1: unexpected end of text"),
            ("{\"a\": 1,}", "line 1, column 9: expected a key"),
            ("[1, 2,]", "line 1, column 7: unexpected ']'"),
            ("{\n  \"a\": 1\n  \"b\": 2\n}", "line 3, column 3: expected ',' or '}'"),
            ("[01]", "line 1, column 3: leading zeros"),
            ("[1.]", "line 1, column 4: expected a digit after the decimal point"),
            ("[-]", "line 1, column 3: expected a digit"),
            ("[1e]", "line 1, column 4: expected a digit in the exponent"),
            ("\"tab\there\"", "line 1, column 5: control character"),
            ("\"\\x\"", "line 1, column 2: unknown escape \\x"),
            ("\"\\ud800\"", "line 1, column 2: unpaired surrogate"),
            ("\"\\udc00\"", "line 1, column 2: unpaired surrogate"),
            ("\"open", "line 1, column 1: string never closed"),
            ("[1] x", "line 1, column 5: unexpected text after the JSON value"),
            ("[tru]", "line 1, column 2: unexpected 't'"),
            ("// c\n{}", "line 1, column 1: unexpected '/'"),
            ("[1e999]", "line 1, column 2: number out of range"),
            ("{'a': 1}", "line 1, column 2: expected a key in double quotes"),
            (String(repeating: "[", count: 600), "nested more than 512 deep"),
            ("é: [", "line 1, column 1: unexpected byte 0xC3"),
            ("[\"x\"\n, \"ü\" 1]", "line 2, column 7: expected ',' or ']'"),
        ]
        for (text, expected) in bad {
            XCTAssertThrowsError(try parse(text), text) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected) || "\(error)".contains(expected), "\(text.prefix(40)): \(error)")
            }
        }
        XCTAssertThrowsError(try JSONValue(parsing: [0x22, 0xFF, 0x22])) { XCTAssertTrue("\($0)".contains("not valid UTF-8"), "\($0)") }
    }

    private static func same(_ v: JSONValue, _ any: Any) -> Bool {
        switch v {
        case .null: return any is NSNull
        case .bool(let b): return (any as? Bool) == b
        case .int(let i): return (any as? NSNumber)?.int64Value == Int64(i)
        case .double(let d): return (any as? NSNumber)?.doubleValue == d
        case .string(let s): return (any as? String) == s
        case .array(let items):
            guard let a = any as? [Any], a.count == items.count else { return false }
            return zip(items, a).allSatisfy { same($0, $1) }
        case .object(let o):
            guard let d = any as? [String: Any], d.count == o.members.count else { return false }
            return o.members.allSatisfy { m in d[m.key].map { same(m.value, $0) } ?? false }
        }
    }
}
