import FolioCore
import FolioWidgets
import Foundation

/// A list-field filter (`tags`, `status`, `project`, `id`, …) with the server's operator
/// semantics (clearml-server `base.py` `NewListFieldBucketHelper`, reference §4.6):
/// `__$and`/`__$all` and `__$or`/`__$any` set the context for the values after them,
/// `__$not` negates the next value, `__$nop` resets; values go to `in` (OR context),
/// `all` (AND context) or `nin` (excluded) buckets, combined by the list's first operator
/// when the list starts with one, else AND. A leading `-` excludes while no operator was seen.
struct ListFieldCondition {
    enum Operator { case and, or }

    private(set) var globalOperator: Operator = .and
    private(set) var anyOf: [String] = []
    private(set) var allOf: [String] = []
    private(set) var noneOf: [String] = []
    /// A `null` value: an empty or missing field also matches.
    private(set) var allowEmpty = false

    init(field: String, values: [JSONValue]) throws {
        func invalid(_ why: String) -> WorkspaceError { WorkspaceError(.invalidQuery("\(field): \(why)")) }
        var context = Operator.or
        var global: Operator?
        var legacy = true
        var pendingNot = false
        for value in values {
            let text: String
            switch value {
            case .null:
                pendingNot = false
                if global == nil { global = .and }
                allowEmpty = true
                continue
            case .string(let s): text = s
            default: throw invalid("invalid value type, string expected (got \(value.jsonText))")
            }
            if text == "__$nop" {
                pendingNot = false
                if global == nil { global = .and }
                context = .or
                legacy = true
                continue
            }
            if text.hasPrefix("__$") {
                if pendingNot { throw invalid("value is expected after __$not") }
                switch text {
                case "__$not":
                    pendingNot = true
                    continue
                case "__$and", "__$all": context = .and
                case "__$or", "__$any": context = .or
                default: throw invalid("unsupported operator '\(text)'")
                }
                legacy = false
                if global == nil { global = context }
                continue
            }
            if global == nil { global = .and }
            var include = true
            var name = text
            if pendingNot {
                include = false
                pendingNot = false
            } else if legacy && text.hasPrefix("-") {
                name = String(text.dropFirst())
                if name.isEmpty { throw invalid("missing value after the exclude prefix -") }
                include = false
            }
            if !include {
                noneOf.append(name)
            } else if context == .and {
                allOf.append(name)
            } else {
                anyOf.append(name)
            }
        }
        if pendingNot { throw invalid("value is expected after __$not") }
        globalOperator = global ?? .and
    }

    /// Whether a document whose field holds `values` matches.
    func matches(_ values: [String]) -> Bool {
        var results: [Bool] = []
        if !anyOf.isEmpty { results.append(anyOf.contains(where: values.contains)) }
        if !allOf.isEmpty { results.append(allOf.allSatisfy(values.contains)) }
        if !noneOf.isEmpty { results.append(!noneOf.contains(where: values.contains)) }
        var matched: Bool
        if results.isEmpty {
            matched = true
        } else {
            matched = globalOperator == .and ? !results.contains(false) : results.contains(true)
        }
        // `null` widens the match to documents whose list is empty or missing.
        if allowEmpty && values.isEmpty { matched = true }
        return matched
    }
}
