import FolioCore
import FolioWidgets
import Foundation

/// One widget's request and what came back, as a bundle keeps it.
public struct WidgetExchange: Sendable {
    /// What the widget got: the server's raw answer, or the reason it failed.
    public enum Outcome: Sendable {
        /// The HTTP status and the answer's bytes.
        case answer(status: Int, body: Data)
        /// The error text the widget showed.
        case failure(String)
    }

    /// The widget.
    public var query: WidgetQuery
    /// What came back.
    public var outcome: Outcome

    /// An exchange from its parts (a snapshot freezes local answers this way).
    public init(query: WidgetQuery, outcome: Outcome) {
        self.query = query
        self.outcome = outcome
    }

    /// Identifies a widget's request within a report: the request path (with its query
    /// string) and the JSON body — equal embeds share one answer.
    public static func key(for query: WidgetQuery) -> String {
        query.requestPath + " " + JSONValue.object(query.requestBody).jsonText
    }
}

/// Collects everything a data source was asked while a report is fetched or exported, so
/// it can be written as a bundle afterwards.
public actor BundleRecorder {
    /// Widget exchanges by `WidgetExchange.key(for:)`.
    public private(set) var exchanges: [String: WidgetExchange] = [:]
    /// Fetched files by URL as written in the report or answer: bytes, or why they are missing.
    public private(set) var resources: [String: Result<Data, FolioErrorText>] = [:]

    /// An empty recorder.
    public init() {}

    /// Keeps a widget's exchange (a later one for the same request replaces it).
    public func record(_ exchange: WidgetExchange) {
        exchanges[WidgetExchange.key(for: exchange.query)] = exchange
    }

    /// Keeps a fetched file or the reason it is missing.
    public func record(resource url: String, _ outcome: Result<Data, FolioErrorText>) {
        resources[url] = outcome
    }
}

/// A recorded failure, replayed from a bundle with exactly the text it had live.
public struct FolioErrorText: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text, exactly as shown live.
    public var description: String
    /// A failure with this text.
    public init(_ description: String) { self.description = description }
}
