import FolioCore
import FolioWidgets
import Foundation

/// A ClearML server as a widget data source: each widget is one `reports.get_task_data` call
/// with the exact path and body the web app sends; files come from the files server with the
/// token, or from hosts the user allowed. With a recorder, every answer is kept for a bundle.
public struct ServerSource: WidgetDataSource {
    /// The connection.
    public let client: ClearMLClient
    /// Which hosts may be contacted.
    public let policy: HostPolicy
    /// Keeps every exchange for a bundle, when set.
    public let recorder: BundleRecorder?

    /// A source on `client`, recording when `recorder` is given.
    public init(client: ClearMLClient, recorder: BundleRecorder? = nil) {
        self.client = client
        self.policy = HostPolicy(configuration: client.configuration)
        self.recorder = recorder
    }

    /// `reports.get_task_data` with the web app's path, query string and body.
    public func taskData(for query: WidgetQuery) async throws -> WidgetData {
        let endpoint = WidgetQuery.endpoint
        do {
            let raw = try await client.call(endpoint, body: query.requestBody, query: query.otherParametersQueryString)
            let data = try client.decodeData(WidgetData.self, from: raw, endpoint: endpoint, decoder: WidgetData.makeDecoder())
            await recorder?.record(WidgetExchange(query: query, outcome: .answer(status: raw.status, body: raw.body)))
            return data
        } catch let error as ServerError {
            await recorder?.record(WidgetExchange(query: query, outcome: .failure(error.description)))
            throw error
        }
    }

    /// A file: with the token from the configured hosts, without it from allowed ones, else refused.
    public func resource(_ url: String) async throws -> Data {
        do {
            let data: Data
            switch policy.decide(url) {
            case .withToken(let absolute): data = try await client.download(absolute, withToken: true)
            case .withoutToken(let absolute): data = try await client.download(absolute, withToken: false)
            case .refused(let why): throw ServerError(.hostNotAllowed, endpoint: ClearMLClient.displayURL(url), message: why)
            }
            await recorder?.record(resource: url, .success(data))
            return data
        } catch let error as ServerError {
            await recorder?.record(resource: url, .failure(FolioErrorText(error.description)))
            throw error
        }
    }

    /// Fetches the report's remote images (at most 4 at a time) before layout.
    public func images(_ urls: [String]) async -> ReportImages {
        var results: [String: Result<Data, FolioError>] = [:]
        await withTaskGroup(of: (String, Result<Data, FolioError>).self) { group in
            var pending = Array(Set(urls)).sorted().makeIterator()
            func next() -> Bool {
                guard let url = pending.next() else { return false }
                group.addTask {
                    do { return (url, .success(try await resource(url))) } catch { return (url, .failure(FolioError("\(error)"))) }
                }
                return true
            }
            for _ in 0..<4 where !next() { break }
            while let (url, result) = await group.next() {
                results[url] = result
                _ = next()
            }
        }
        return ReportImages(results: results)
    }
}

/// A report's remote images, fetched before layout, handed to the exporter's image loader.
public struct ReportImages: Sendable {
    /// Bytes or the reason, by URL as written.
    public var results: [String: Result<Data, FolioError>]

    /// Images from results.
    public init(results: [String: Result<Data, FolioError>]) {
        self.results = results
    }

    /// The loader `ImageStore` calls for remote sources.
    public var fetcher: RemoteImageFetcher {
        let results = self.results
        return { url in results[url] ?? .failure(FolioError("remote image not fetched")) }
    }
}
