import AsyncHTTPClient
import FolioCore
import FolioWidgets
import Foundation
import NIOCore
import NIOHTTP1

/// One HTTP answer as received.
public struct RawResponse: Sendable {
    /// The HTTP status.
    public var status: Int
    /// The body, unchanged.
    public var body: Data
    /// `Retry-After` in seconds, when the server sent one.
    public var retryAfter: Double?
}

/// Talks to one ClearML API server: `POST <api>/v<version>/<service>.<action>` with a JSON body
/// and a Bearer token from `auth.login` (Basic), refreshed once on 401; file downloads from
/// the files server with the same token. Every request has a deadline; 429/5xx answers and
/// dropped connections are retried with backoff. Call `shutdown()` when done.
public final class ClearMLClient: Sendable {
    /// Hosts, credentials and limits.
    public let configuration: ServerConfiguration
    private let http: HTTPClient
    private let tokens = TokenCache()

    /// A client with its own connection pool (no redirects followed).
    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
        let timeout = TimeAmount.milliseconds(Int64(configuration.requestTimeout * 1000))
        // Redirects are refused: following one could reach a host nobody configured.
        let config = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: min(timeout, .seconds(10)), read: timeout))
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: config)
    }

    /// Closes the connections; required before the client goes away.
    public func shutdown() async throws { try await http.shutdown() }

    /// `shutdown()` for synchronous callers (never from an event loop).
    public func syncShutdown() throws { try http.syncShutdown() }

    /// `<api>/v<version>/<endpoint>[?query]`.
    public func url(for endpoint: String, query: String = "") -> String {
        "\(configuration.apiServer)/v\(configuration.apiVersion)/\(endpoint)" + (query.isEmpty ? "" : "?" + query)
    }

    /// Calls an endpoint and returns the answer once it is a success envelope
    /// (HTTP 200 and `meta.result_code` 200); anything else throws a `ServerError`.
    public func call(_ endpoint: String, body: JSONObject, query: String = "") async throws -> RawResponse {
        let bytes = Data(JSONValue.object(body).jsonText.utf8)
        return try await authorized(endpoint: endpoint) { token in
            try await self.send(.POST, self.url(for: endpoint, query: query), bearer: token, body: bytes, endpoint: endpoint)
        } check: { raw in
            try self.checkEnvelope(raw, endpoint: endpoint)
        }
    }

    /// Decodes the `data` object of a success envelope.
    public func decodeData<T: Decodable>(_ type: T.Type, from raw: RawResponse, endpoint: String, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        do {
            return try decoder.decode(DataEnvelope<T>.self, from: raw.body).data
        } catch {
            throw ServerError(.malformed, endpoint: endpoint, message: "the answer does not have the expected shape (\(Self.summary(error)))")
        }
    }

    /// Downloads a file; `withToken` sends the Bearer token (files and API hosts only).
    public func download(_ url: String, withToken: Bool) async throws -> Data {
        let label = Self.displayURL(url)
        let fetch: @Sendable (String?) async throws -> RawResponse = { token in
            try await self.send(.GET, url, bearer: token, body: nil, endpoint: label)
        }
        let raw: RawResponse
        if withToken {
            raw = try await authorized(endpoint: label, fetch) { raw in try self.checkStatus(raw, endpoint: label) }
        } else {
            raw = try await fetch(nil)
            try checkStatus(raw, endpoint: label)
        }
        return raw.body
    }

    // MARK: authentication

    /// Runs `request` with the current token; on 401 logs in again once and repeats it.
    private func authorized(
        endpoint: String, _ request: @Sendable (String?) async throws -> RawResponse, check: (RawResponse) throws -> Void
    ) async throws -> RawResponse {
        var token = try await tokens.token(login: { try await self.login() })
        var raw = try await request(token)
        if raw.status == 401 {
            await tokens.invalidate(token)
            token = try await tokens.token(login: { try await self.login() })
            raw = try await request(token)
        }
        try check(raw)
        return raw
    }

    private func login() async throws -> String {
        let endpoint = "auth.login"
        guard let credentials = configuration.credentials else {
            throw ServerError(
                .unauthorized, endpoint: endpoint,
                message: "no ClearML credentials (set api.credentials in ~/clearml.conf, CLEARML_API_ACCESS_KEY and CLEARML_API_SECRET_KEY, or --access-key and --secret-key)")
        }
        let basic = Data("\(credentials.accessKey):\(credentials.secretKey)".utf8).base64EncodedString()
        let raw = try await send(.POST, url(for: endpoint), authorization: "Basic \(basic)", body: Data("{}".utf8), endpoint: endpoint)
        try checkEnvelope(raw, endpoint: endpoint)
        struct Token: Decodable { var token: String }
        return try decodeData(Token.self, from: raw, endpoint: endpoint).token
    }

    // MARK: answers

    private struct Meta: Decodable {
        var result_code: Int?
        var result_subcode: Int?
        var result_msg: String?
    }
    private struct MetaEnvelope: Decodable { var meta: Meta? }

    private func checkEnvelope(_ raw: RawResponse, endpoint: String) throws {
        guard let envelope = try? JSONDecoder().decode(MetaEnvelope.self, from: raw.body) else {
            if raw.status != 200 { try checkStatus(raw, endpoint: endpoint) }
            throw ServerError(
                .malformed, endpoint: endpoint, status: raw.status,
                message: "the answer is not valid JSON (\(raw.body.count) bytes); is the API server address right?")
        }
        let code = raw.status != 200 ? raw.status : envelope.meta?.result_code ?? 200
        guard code != 200 else { return }
        let text = envelope.meta?.result_msg ?? HTTPResponseStatus(statusCode: code).reasonPhrase
        let subcode = envelope.meta?.result_subcode.map { " (\(code).\($0))" } ?? ""
        throw error(status: code, endpoint: endpoint, message: text + subcode)
    }

    private func checkStatus(_ raw: RawResponse, endpoint: String) throws {
        guard raw.status != 200 else { return }
        throw error(status: raw.status, endpoint: endpoint, message: HTTPResponseStatus(statusCode: raw.status).reasonPhrase)
    }

    private func error(status: Int, endpoint: String, message: String) -> ServerError {
        let message = configuration.credentials?.redact(message) ?? message
        let who = configuration.credentials?.description ?? "no credentials"
        switch status {
        case 401: return ServerError(.unauthorized, endpoint: endpoint, status: status, message: "not authorised: \(message) (\(who))")
        case 403: return ServerError(.forbidden, endpoint: endpoint, status: status, message: "missing permissions: \(message) (\(who))")
        case 404: return ServerError(.notFound, endpoint: endpoint, status: status, message: "not found: \(message)")
        default: return ServerError(.http, endpoint: endpoint, status: status, message: message)
        }
    }

    // MARK: transport

    private func send(_ method: HTTPMethod, _ url: String, bearer: String?, body: Data?, endpoint: String) async throws -> RawResponse {
        try await send(method, url, authorization: bearer.map { "Bearer \($0)" }, body: body, endpoint: endpoint)
    }

    /// One request with its retries: bounded attempts, each with the configured deadline.
    private func send(_ method: HTTPMethod, _ url: String, authorization: String?, body: Data?, endpoint: String) async throws -> RawResponse {
        let policy = configuration.retry
        let seconds = configuration.requestTimeout
        var attempt = 1
        while true {
            var request = HTTPClientRequest(url: url)
            request.method = method
            if let authorization { request.headers.add(name: "Authorization", value: authorization) }
            if let body {
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(bytes: body))
            }
            do {
                let response = try await http.execute(request, timeout: .milliseconds(Int64(seconds * 1000)))
                let buffer = try await response.body.collect(upTo: 512 << 20)
                let raw = RawResponse(
                    status: Int(response.status.code), body: Data(buffer.readableBytesView),
                    retryAfter: response.headers.first(name: "Retry-After").flatMap { Double($0) })
                if policy.retryStatuses.contains(raw.status), attempt < policy.maxAttempts {
                    try await Task.sleep(nanoseconds: UInt64(policy.delay(beforeRetry: attempt, retryAfter: raw.retryAfter) * 1e9))
                    attempt += 1
                    continue
                }
                return raw
            } catch let error as ServerError {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                let (kind, reason) = Self.classify(error, seconds: seconds)
                if kind == .connection && reason.hasPrefix("connection reset"), attempt < policy.maxAttempts {
                    try await Task.sleep(nanoseconds: UInt64(policy.delay(beforeRetry: attempt) * 1e9))
                    attempt += 1
                    continue
                }
                let host = URLComponents(string: url)?.host ?? "the server"
                throw ServerError(kind, endpoint: endpoint, message: "\(reason) (\(host), after \(attempt) attempt(s))")
            }
        }
    }

    /// Timeouts, dropped connections and refused connections, in words.
    static func classify(_ error: Error, seconds: Double) -> (ServerError.Kind, String) {
        let timeoutText = "no answer within \(Self.format(seconds)) s (timeout)"
        if let e = error as? HTTPClientError {
            switch e {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                return (.timeout, timeoutText)
            case .remoteConnectionClosed: return (.connection, "connection reset by the server")
            default: return (.connection, "\(e)")
            }
        }
        if let e = error as? IOError, e.errnoCode == ECONNRESET || e.errnoCode == EPIPE {
            return (.connection, "connection reset by the server")
        }
        if let e = error as? ChannelError, e == .ioOnClosedChannel || e == .eof || e == .outputClosed {
            return (.connection, "connection reset by the server")
        }
        if "\(error)".lowercased().contains("refused") {
            return (.connection, "cannot connect")
        }
        return (.connection, "\(error)")
    }

    static func format(_ seconds: Double) -> String {
        seconds.rounded() == seconds ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }

    static func summary(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing '\((ctx.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "unexpected value at '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "\(error)"
        }
    }

    /// A URL as shown in messages: no user info, no query string.
    static func displayURL(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.user = nil
        parts.password = nil
        parts.query = nil
        return parts.string ?? url
    }
}
