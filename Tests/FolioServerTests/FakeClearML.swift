import Foundation

/// A ClearML API and files server on one loopback port, answering in the documented shapes
/// (envelopes, `auth.login`, `reports.get_all_ex` with paging, `projects.get_all_ex`,
/// `reports.get_task_data`, Bearer-only files) and checking credentials on every request.
final class FakeClearML: @unchecked Sendable {
    static let accessKey = "FOLIOTESTKEY4242"
    static let secretKey = "s3cr3t-FOLIO-9f8e7d6c"

    private let lock = NSLock()
    private var tokens: [String: Int] = [:]  // token → uses left
    private var logins = 0
    private var queued: [String: [LoopbackServer.Response]] = [:]

    /// Report records as JSON objects (without envelope), by project id.
    var reports: [(project: String, json: String)] = []
    var projects: [(id: String, name: String)] = []
    /// Answers `reports.get_task_data` (already authorised).
    var taskData: @Sendable (LoopbackServer.Request) -> LoopbackServer.Response = { _ in .json(FakeClearML.envelope("{\"tasks\":[]}")) }
    /// Files under `/files/…` by path.
    var files: [String: Data] = [:]
    /// How many calls a token is good for before the server calls it invalid.
    var tokenUses = 1000

    private(set) var server: LoopbackServer!

    var api: String { server.base }
    var filesRoot: String { server.base + "/files" }
    var loginCount: Int { lock.withLock { logins } }

    init() throws {
        server = try LoopbackServer { [unowned self] in self.route($0) }
    }

    deinit { server.stop() }

    /// Serves `responses` for the next requests to `path` before the normal answers.
    func queue(_ path: String, _ responses: LoopbackServer.Response...) {
        lock.withLock { queued[path, default: []] += responses }
    }

    static func envelope(_ data: String, code: Int = 200, subcode: Int = 0, message: String = "OK", endpoint: String = "x") -> String {
        """
        {"meta":{"id":"c0ffee","trx":"c0ffee","endpoint":{"name":"\(endpoint)","requested_version":"999.0","actual_version":"2.34"},\
        "result_code":\(code),"result_subcode":\(subcode),"result_msg":"\(message)","error_stack":null,"error_data":{}},"data":\(data)}
        """
    }

    static func error(_ code: Int, _ subcode: Int, _ message: String) -> LoopbackServer.Response {
        .json(envelope("{}", code: code, subcode: subcode, message: message), status: code)
    }

    private func route(_ r: LoopbackServer.Request) -> LoopbackServer.Response {
        if let next = lock.withLock({ queued[r.path]?.isEmpty == false ? queued[r.path]!.removeFirst() : nil }) { return next }
        if r.path == "/v999.0/auth.login" {
            let expected = "Basic " + Data("\(Self.accessKey):\(Self.secretKey)".utf8).base64EncodedString()
            guard r.method == "POST", r.headers["authorization"] == expected else {
                return Self.error(401, 22, "Invalid user id or secret (protected)")
            }
            let token: String = lock.withLock {
                logins += 1
                let t = "jwt-token-\(logins)"
                tokens[t] = tokenUses
                return t
            }
            return .json(Self.envelope("{\"token\":\"\(token)\"}"))
        }
        let bearer = r.headers["authorization"].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let valid: Bool = lock.withLock {
            guard let bearer, let left = tokens[bearer], left > 0 else { return false }
            tokens[bearer] = left - 1
            return true
        }
        guard valid else { return Self.error(401, 30, "Invalid token") }
        if r.path.hasPrefix("/files/") {
            guard let data = files[r.path] else { return LoopbackServer.Response(status: 404) }
            return LoopbackServer.Response(status: 200, body: data, headers: [("Content-Type", "image/png")])
        }
        guard r.method == "POST" else { return Self.error(400, 0, "POST expected") }
        let body = (try? JSONSerialization.jsonObject(with: r.body)) as? [String: Any] ?? [:]
        switch r.path {
        case "/v999.0/reports.get_all_ex":
            var matching = reports
            if let ids = body["id"] as? [String] { matching = matching.filter { rec in ids.contains { rec.json.contains("\"id\":\"\($0)\"") } } }
            if let ps = body["project"] as? [String] { matching = matching.filter { ps.contains($0.project) } }
            if let page = body["page"] as? Int, let size = body["page_size"] as? Int {
                matching = Array(matching.dropFirst(page * size).prefix(size))
            }
            return .json(Self.envelope("{\"tasks\":[\(matching.map(\.json).joined(separator: ","))]}", endpoint: "reports.get_all_ex"))
        case "/v999.0/projects.get_all_ex":
            let list = projects.map { "{\"id\":\"\($0.id)\",\"name\":\"\($0.name)\"}" }.joined(separator: ",")
            return .json(Self.envelope("{\"projects\":[\(list)]}"))
        case "/v999.0/reports.get_task_data":
            return taskData(r)
        default:
            return Self.error(400, 6, "Invalid action")
        }
    }
}
