import FolioCore
import FolioWidgets
import Foundation

/// `bundle.json`: what a frozen report bundle holds (docs/bundle-format.md).
public struct BundleManifest: Codable, Sendable, Equatable {
    /// The version this Folio writes and the newest it reads.
    public static let currentVersion = 1
    /// The value of `format`, telling a bundle from any other JSON file.
    public static let formatName = "folio-report-bundle"
    /// The manifest's file name.
    public static let fileName = "bundle.json"

    /// The server the bundle was fetched from (addresses only, never credentials).
    public struct Server: Codable, Sendable, Equatable {
        /// API server address.
        public var apiServer: String
        /// Web app address.
        public var webServer: String?
        /// Files server address.
        public var filesServer: String?
        /// The version in request paths.
        public var apiVersion: String
        enum CodingKeys: String, CodingKey {
            case apiServer = "api_server", webServer = "web_server", filesServer = "files_server", apiVersion = "api_version"
        }
    }

    /// Where the report itself is.
    public struct Report: Codable, Sendable, Equatable {
        /// The report id.
        public var id: String
        /// The record without its Markdown (`report.json`).
        public var record: String
        /// The Markdown (`report.md`).
        public var markdown: String
    }

    /// One widget request and its file.
    public struct Widget: Codable, Sendable, Equatable {
        /// `WidgetExchange.key(for:)`: how a query finds its answer.
        public var key: String
        /// The widget file.
        public var file: String
        /// The iframe name.
        public var name: String?
        /// plot, scalar, single, sample or parcoords.
        public var type: String
        /// The embed URL as written in the report.
        public var url: String
        /// Whether the widget failed live (its file then holds the reason instead of an answer).
        public var failed: Bool
    }

    /// One file the report or its widgets showed.
    public struct Resource: Codable, Sendable, Equatable {
        /// The URL as written in the report or the answer.
        public var url: String
        /// The stored copy.
        public var file: String?
        /// Its size.
        public var bytes: Int?
        /// Hex SHA-256 of its bytes.
        public var sha256: String?
        /// Why it could not be fetched live (then there is no file).
        public var error: String?
    }

    /// `folio-report-bundle`.
    public var format: String
    /// The format version (`currentVersion` when written).
    public var formatVersion: Int
    /// `folio <version>`.
    public var generator: String
    /// Where it was fetched.
    public var server: Server
    /// The report's files.
    public var report: Report
    /// Every widget request, sorted by key.
    public var widgets: [Widget]
    /// Every file fetched (or not), sorted by URL.
    public var resources: [Resource]

    enum CodingKeys: String, CodingKey {
        case format, generator, server, report, widgets, resources
        case formatVersion = "format_version"
    }
}

/// The first two fields alone, read before anything else so a newer bundle is named as such.
struct BundleVersionProbe: Decodable {
    var format: String?
    var formatVersion: Int?
    enum CodingKeys: String, CodingKey {
        case format
        case formatVersion = "format_version"
    }
}

/// A widget file: the request the widget made and the answer (or failure) it got.
struct WidgetFile: Decodable {
    struct Request: Codable {
        var method: String
        var endpoint: String
        /// The forwarded widget parameters, as appended to the endpoint URL.
        var query: String
        var body: JSONObject
    }
    struct Response: Decodable {
        var status: Int
        var body: DataEnvelope<WidgetData>
    }
    var request: Request
    var response: Response?
    var error: String?
}

/// `{"data": …}`, the part of a server envelope that carries the answer.
struct DataEnvelope<T: Decodable>: Decodable { var data: T }
