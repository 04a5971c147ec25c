import FolioCore
import FolioWidgets
import Foundation

/// Finds a report on the server: by id, or by project name and report name, paging through
/// `reports.get_all_ex` with `page`/`page_size` (bounded number of pages).
public struct ReportFinder: Sendable {
    /// The connection.
    public let client: ClearMLClient
    /// Reports asked per page.
    public var pageSize = 100
    /// Pages read at most.
    public var maxPages = 50

    /// A finder using `client`.
    public init(client: ClearMLClient) {
        self.client = client
    }

    private struct Reports: Decodable { var tasks: [ReportRecord] }
    private struct Projects: Decodable {
        struct Project: Decodable {
            var id: String
            var name: String?
        }
        var projects: [Project]
    }

    /// The one report `locator` names; not found or ambiguous names throw.
    public func find(_ locator: ReportLocator) async throws -> ReportRecord {
        switch locator {
        case .id(let id):
            let body = JSONObject([("id", .array([.string(id)])), ("only_fields", Self.fieldList)])
            let raw = try await client.call("reports.get_all_ex", body: body)
            guard let report = try client.decodeData(Reports.self, from: raw, endpoint: "reports.get_all_ex").tasks.first else {
                throw ServerError(.notFound, endpoint: "reports.get_all_ex", message: "no report with id \(id) (or no access to it with \(client.credentialsLabel))")
            }
            return report
        case .named(let project, let name):
            let projectID = try await self.projectID(named: project)
            var matches: [ReportRecord] = []
            for page in 0..<maxPages {
                let body = JSONObject([
                    ("project", .array([.string(projectID)])), ("name", .string("^" + Self.regexEscaped(name) + "$")),
                    ("only_fields", Self.fieldList), ("order_by", .array([.string("-last_update")])),
                    ("page", .int(page)), ("page_size", .int(pageSize)),
                ])
                let raw = try await client.call("reports.get_all_ex", body: body)
                let tasks = try client.decodeData(Reports.self, from: raw, endpoint: "reports.get_all_ex").tasks
                matches += tasks.filter { $0.name == name }
                if tasks.count < pageSize { break }
            }
            guard let first = matches.first else {
                throw ServerError(.notFound, endpoint: "reports.get_all_ex", message: "no report named '\(name)' in project '\(project)'")
            }
            guard matches.count == 1 else {
                throw ServerError(
                    .http, endpoint: "reports.get_all_ex",
                    message: "\(matches.count) reports are named '\(name)' in project '\(project)' (ids \(matches.map(\.id).joined(separator: ", "))); choose one with --report ID")
            }
            return first
        }
    }

    func projectID(named name: String) async throws -> String {
        let body = JSONObject([
            ("name", .string("^" + Self.regexEscaped(name) + "$")), ("only_fields", .array([.string("id"), .string("name")])),
        ])
        let raw = try await client.call("projects.get_all_ex", body: body)
        let projects = try client.decodeData(Projects.self, from: raw, endpoint: "projects.get_all_ex").projects
        guard let project = projects.first(where: { $0.name == name }) else {
            throw ServerError(.notFound, endpoint: "projects.get_all_ex", message: "no project named '\(name)'")
        }
        return project.id
    }

    static let fieldList = JSONValue.array(ReportRecord.fields.map(JSONValue.string))

    /// Escapes Python regex metacharacters, so a name matches only itself.
    static func regexEscaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

extension ClearMLClient {
    /// "credentials from ~/clearml.conf", for messages.
    var credentialsLabel: String { configuration.credentials?.description ?? "no credentials" }
}
