import Foundation

/// A failed exchange with the ClearML server (or a bad configuration), naming the endpoint.
/// Messages never hold credentials: the client redacts them before building one.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers that react differently (tests, exit codes).
    public enum Kind: String, Sendable {
        case configuration, unauthorized, forbidden, notFound, timeout, connection, http, malformed, hostNotAllowed
    }

    /// The category.
    public var kind: Kind
    /// `reports.get_task_data`, `auth.login`, or a file URL.
    public var endpoint: String
    /// The HTTP status, when there was an answer.
    public var status: Int?
    /// What happened, in words.
    public var message: String

    /// An error about `endpoint`.
    public init(_ kind: Kind, endpoint: String, status: Int? = nil, message: String) {
        self.kind = kind
        self.endpoint = endpoint
        self.status = status
        self.message = message
    }

    /// `endpoint: [HTTP n: ]message`.
    public var description: String {
        "\(endpoint): " + (status.map { "HTTP \($0): " } ?? "") + message
    }
}
