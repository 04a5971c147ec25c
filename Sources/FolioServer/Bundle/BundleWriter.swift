import Crypto
import FolioCore
import FolioMarkdown
import FolioWidgetCharts
import FolioWidgets
import Foundation

/// Writes a frozen report bundle (docs/bundle-format.md) from what a recorder collected.
public struct BundleWriter: Sendable {
    /// `folio <version>`, written into `bundle.json`.
    public var generator: String

    /// A writer stamping bundles with `generator`.
    public init(generator: String) {
        self.generator = generator
    }

    /// Fetches a report and every widget answer and file it shows, recorded by the source's
    /// recorder (what `folio fetch` does without exporting).
    public static func fetchEverything(_ locator: ReportLocator, from source: ServerSource) async throws -> LoadedReport {
        let report = try await LoadedReport.load(locator, from: source)
        let embeds = MarkdownParser().parse(report.markdown, sourcePath: "report.md").document.widgets
        _ = await WidgetPrefetch.fetch(embeds, from: source)
        return report
    }

    /// Writes the bundle into `folder`: built beside it first, then moved into place, so a
    /// failure leaves any earlier bundle there untouched. An existing folder must be empty or a bundle.
    public func write(_ report: LoadedReport, recorder: BundleRecorder, configuration: ServerConfiguration, to folder: URL) async throws {
        let files = try await contents(report, recorder: recorder, configuration: configuration)
        let fm = FileManager.default
        try Self.checkTarget(folder)
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).partial-\(getpid())")
        try? fm.removeItem(at: staging)
        do {
            for (path, data) in files {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            if fm.fileExists(atPath: folder.path) { try fm.removeItem(at: folder) }
            try fm.moveItem(at: staging, to: folder)
        } catch {
            try? fm.removeItem(at: staging)
            throw FolioError("cannot write the bundle: \(error.localizedDescription)", file: folder.path)
        }
    }

    /// Throws unless `folder` is absent, empty, or already a bundle (checked before an export,
    /// so a refused bundle folder writes nothing at all).
    public static func checkTarget(_ folder: URL) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir) else { return }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard isDir.boolValue, children.isEmpty || children.contains(BundleManifest.fileName) else {
            throw FolioError("will not write a bundle here: the folder exists and is not a bundle", file: folder.path)
        }
    }

    /// Every file of the bundle by relative path.
    func contents(_ report: LoadedReport, recorder: BundleRecorder, configuration: ServerConfiguration) async throws -> [(String, Data)] {
        let exchanges = await recorder.exchanges
        let resources = await recorder.resources
        var files: [(String, Data)] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]

        var record = report.record
        record.report = nil
        files.append(("report.json", try encoder.encode(record)))
        files.append(("report.md", Data(report.markdown.utf8)))

        var widgets: [BundleManifest.Widget] = []
        for (key, exchange) in exchanges.sorted(by: { $0.key < $1.key }) {
            let file = "widgets/\(Self.digest(Data(key.utf8)).prefix(16)).json"
            let q = exchange.query
            let request = WidgetFile.Request(method: "POST", endpoint: WidgetQuery.endpoint, query: q.otherParametersQueryString, body: q.requestBody)
            var failed = false
            var text = "{\n  \"request\" : " + String(decoding: try encoder.encode(request), as: UTF8.self).replacingOccurrences(of: "\n", with: "\n  ")
            switch exchange.outcome {
            case .answer(let status, let body):
                // The server's answer is kept byte for byte: rendering decodes exactly what it decoded live.
                text += ",\n  \"response\" : {\"status\" : \(status), \"body\" : " + String(decoding: body, as: UTF8.self) + "}"
            case .failure(let reason):
                failed = true
                text += ",\n  \"error\" : " + JSONValue.string(reason).jsonText
            }
            files.append((file, Data((text + "\n}\n").utf8)))
            widgets.append(.init(key: key, file: file, name: q.name, type: q.type.rawValue, url: q.url, failed: failed))
        }

        var entries: [BundleManifest.Resource] = []
        for (url, outcome) in resources.sorted(by: { $0.key < $1.key }) {
            switch outcome {
            case .success(let data):
                let file = "resources/\(Self.digest(Data(url.utf8)).prefix(16))\(Self.fileExtension(url))"
                files.append((file, data))
                entries.append(.init(url: url, file: file, bytes: data.count, sha256: Self.digest(data), error: nil))
            case .failure(let reason):
                entries.append(.init(url: url, file: nil, bytes: nil, sha256: nil, error: reason.description))
            }
        }

        let manifest = BundleManifest(
            format: BundleManifest.formatName, formatVersion: BundleManifest.currentVersion, generator: generator,
            server: .init(
                apiServer: ClearMLClient.displayURL(configuration.apiServer), webServer: configuration.webServer.map(ClearMLClient.displayURL),
                filesServer: configuration.filesServer.map(ClearMLClient.displayURL), apiVersion: configuration.apiVersion),
            report: .init(id: report.record.id, record: "report.json", markdown: "report.md"),
            widgets: widgets, resources: entries)
        files.append((BundleManifest.fileName, try encoder.encode(manifest)))
        return files
    }

    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// `.png`, `.jpg`… from the URL's path, when it is a short plain extension.
    static func fileExtension(_ url: String) -> String {
        let ext = URL(fileURLWithPath: URLComponents(string: url)?.path ?? "").pathExtension.lowercased()
        return !ext.isEmpty && ext.count <= 5 && ext.allSatisfy({ $0.isLetter || $0.isNumber }) ? "." + ext : ".bin"
    }
}
