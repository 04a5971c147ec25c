import Crypto
import FolioCore
import FolioExport
import FolioMarkdown
import FolioServer
import FolioWidgetCharts
import FolioWidgets
import Foundation

/// A report's content fingerprint, taken before rendering: the Markdown, the local images it
/// shows, every widget answer (or failure) and the render options. Equal hashes render equal
/// outputs, so a snapshot links the previous files instead of rendering again.
struct ContentProbe {
    /// Hex SHA-256 of the content.
    var hash: String
    /// The widget answers fetched for the hash (reused to freeze a bundle).
    var prefetch: WidgetPrefetch

    static func take(_ source: ReportSource, data: (any WidgetDataSource)?, options: ExportOptions) -> ContentProbe {
        let document = MarkdownParser().parse(source.markdown, sourcePath: source.fileName).document
        // A source that can vouch for its answers (a local workspace) is hashed by its
        // fingerprint and the widget queries: nothing is fetched until a render is needed.
        let fingerprint = data?.contentFingerprint()
        let prefetch =
            fingerprint != nil ? WidgetPrefetch()
            : data.map { data in blocking { await WidgetPrefetch.fetch(document.widgets, from: data) } } ?? WidgetPrefetch()
        var hasher = SHA256()
        func add(_ text: String) { hasher.update(data: Data((text + "\u{0}").utf8)) }
        add("folio-snapshot-content-1")
        add(
            "\(options.formats.map(\.name)) \(options.theme) \(options.pageSize) \(options.ppi) \(options.lineNumbers) \(options.strict) \(options.sourceDateEpoch ?? -1)"
        )
        add(source.markdown)
        for image in document.imageSources where !ImageStore.isRemote(image) {
            let bytes = try? Data(contentsOf: source.baseDirectory.appendingPathComponent(image))
            add(image + " " + (bytes.map(SnapshotManifest.sha256) ?? "missing"))
        }
        if let fingerprint {
            add("source " + fingerprint)
            for widget in document.widgets { add(WidgetPrefetch.key(for: widget)) }
        }
        let encoder = WidgetData.makeEncoder()
        for (key, answer) in prefetch.answers.sorted(by: { $0.key < $1.key }) {
            add(key)
            switch answer {
            case .success(let a):
                add(String(decoding: (try? encoder.encode(a.data)) ?? Data(), as: UTF8.self))
                for (url, bytes) in a.resources.sorted(by: { $0.key < $1.key }) {
                    add(url + " " + SnapshotManifest.sha256(bytes))
                }
            case .failure(let error):
                add("error: \(error)")
            }
        }
        return ContentProbe(hash: hasher.finalize().map { String(format: "%02x", $0) }.joined(), prefetch: prefetch)
    }

    /// Fetches the widget answers when the hash was taken from a fingerprint (they are needed to
    /// freeze the bundle of a report that is rendered).
    mutating func fetchAnswersIfNeeded(_ source: ReportSource, data: (any WidgetDataSource)?) {
        guard prefetch.answers.isEmpty, let data else { return }
        let widgets = MarkdownParser().parse(source.markdown, sourcePath: source.fileName).document.widgets
        guard !widgets.isEmpty else { return }
        prefetch = blocking { await WidgetPrefetch.fetch(widgets, from: data) }
    }

    /// A frozen bundle of a local report: its Markdown and the widget answers as the workspace
    /// gave them (local image files are not part of a bundle).
    func writeBundle(
        _ item: BatchItem, source: ReportSource, data: (any WidgetDataSource)?, generator: String, to folder: URL
    ) throws {
        if case .bundle(let url) = item.origin {
            try FileManager.default.copyItem(at: url, to: folder)
            return
        }
        let report: LoadedReport
        let recorder: BundleRecorder
        let configuration: ServerConfiguration
        if case .server(let record) = item.origin, let server = data as? ServerSource, let recorded = server.recorder {
            // The server's answers were recorded while the hash was taken and the report rendered.
            report = LoadedReport(record: record, markdown: source.markdown, images: ReportImages(results: [:]))
            recorder = recorded
            configuration = server.client.configuration
        } else {
            // A local report: its answers are recorded as if a server had given them.
            let encoder = WidgetData.makeEncoder()
            var exchanges: [WidgetExchange] = []
            var resources: [(String, Data)] = []
            for answer in prefetch.answers.values {
                guard case .success(let a) = answer else { continue }
                let data = (try? encoder.encode(a.data)) ?? Data("{}".utf8)
                let body = Data("{\"meta\":{},\"data\":".utf8) + data + Data("}".utf8)
                exchanges.append(WidgetExchange(query: a.query, outcome: .answer(status: 200, body: body)))
                resources += a.resources.map { ($0.key, $0.value) }
            }
            let recordJSON = ["id": item.id, "name": item.name, "last_update": Exporter.isoDate(source.date)]
            let record = try JSONDecoder().decode(ReportRecord.self, from: JSONEncoder().encode(recordJSON))
            report = LoadedReport(record: record, markdown: source.markdown, images: ReportImages(results: [:]))
            recorder = BundleRecorder()
            configuration = ServerConfiguration(apiServer: "local:")
            let (exchangesCopy, resourcesCopy) = (exchanges, resources)
            try blockingThrowing {
                for e in exchangesCopy { await recorder.record(e) }
                for (url, data) in resourcesCopy { await recorder.record(resource: url, .success(data)) }
            }
        }
        try blockingThrowing {
            try await BundleWriter(generator: generator).write(
                report, recorder: recorder, configuration: configuration, to: folder)
        }
    }
}
