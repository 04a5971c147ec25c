import Foundation

/// Which report to fetch: by id, or by project and name.
public enum ReportLocator: Sendable, Equatable, CustomStringConvertible {
    /// A report id.
    case id(String)
    /// The report of this name in the project of this name.
    case named(project: String, name: String)

    /// Reads a report's web address, `…/reports/<project id>/<report id>[/…][?…]`.
    public init?(webURL: String) {
        guard let parts = URLComponents(string: webURL), parts.scheme != nil else { return nil }
        let segments = parts.path.split(separator: "/").map(String.init)
        guard let i = segments.lastIndex(of: "reports"), i + 1 < segments.count else { return nil }
        let rest = segments[(i + 1)...]
        let candidate = rest.count >= 2 ? rest[rest.startIndex + 1] : rest[rest.startIndex]
        guard !candidate.isEmpty, candidate.allSatisfy({ $0.isHexDigit || $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        self = .id(candidate)
    }

    /// `report ID` / `report 'NAME' in project 'P'`.
    public var description: String {
        switch self {
        case .id(let id): return "report \(id)"
        case .named(let project, let name): return "report '\(name)' in project '\(project)'"
        }
    }
}
