import FolioCore
import FolioWidgets
import Foundation

extension ReportFinder {
    /// Every report of a project (its hidden `.reports` project), by name then id, paging
    /// through `reports.get_all_ex` (bounded number of pages).
    public func reports(inProject project: String) async throws -> [ReportRecord] {
        let projectID = try await self.projectID(named: project)
        var all: [ReportRecord] = []
        struct Reports: Decodable { var tasks: [ReportRecord] }
        for page in 0..<maxPages {
            let body = JSONObject([
                ("project", .array([.string(projectID)])), ("only_fields", Self.fieldList),
                ("order_by", .array([.string("name")])), ("page", .int(page)), ("page_size", .int(pageSize)),
            ])
            let raw = try await client.call("reports.get_all_ex", body: body)
            let tasks = try client.decodeData(Reports.self, from: raw, endpoint: "reports.get_all_ex").tasks
            all += tasks
            if tasks.count < pageSize { break }
        }
        return all.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
