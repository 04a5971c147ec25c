// FolioWidgetCharts: widget answers (WidgetData) + theme + size -> Scene, following the ClearML
// web app's presentation rules; the data is fetched once, before layout, from any source.
import FolioCore
import FolioWidgets
import Foundation

/// Every widget of a report answered by a data source, fetched concurrently before layout so
/// layout and HTML stay synchronous and free of I/O.
public struct WidgetPrefetch: Sendable {
    /// One widget's answer: its query, the data, and the bytes of the resources it shows.
    public struct Answer: Sendable {
        public var query: WidgetQuery
        public var data: WidgetData
        public var resources: [String: Data]
    }

    /// Answers and failures keyed by `WidgetPrefetch.key(for:)`.
    public var answers: [String: Result<Answer, FolioError>] = [:]

    public init() {}

    /// Stable key of an embed within one report.
    public static func key(for embed: WidgetEmbed) -> String { "\(embed.line)|\(embed.url)|\(embed.name ?? "")" }

    /// Fetches every embed's data (at most `concurrency` requests in flight).
    public static func fetch(_ embeds: [WidgetEmbed], from source: any WidgetDataSource, concurrency: Int = 8) async -> WidgetPrefetch {
        var result = WidgetPrefetch()
        await withTaskGroup(of: (String, Result<Answer, FolioError>).self) { group in
            var pending = embeds.makeIterator()
            func next() -> Bool {
                guard let embed = pending.next() else { return false }
                group.addTask { (key(for: embed), await answer(embed, source)) }
                return true
            }
            for _ in 0..<max(concurrency, 1) where !next() { break }
            while let (key, answer) = await group.next() {
                result.answers[key] = answer
                _ = next()
            }
        }
        return result
    }

    private static func answer(_ embed: WidgetEmbed, _ source: any WidgetDataSource) async -> Result<Answer, FolioError> {
        let query: WidgetQuery
        do { query = try WidgetQuery(url: embed.url, name: embed.name) } catch {
            return .failure(FolioError(Self.reason(error), line: embed.line))
        }
        do {
            let data = try await source.taskData(for: query)
            var resources: [String: Data] = [:]
            // A sample widget shows one event; fetch only that image.
            if query.type == .sample, let url = data.debugImages?.first?.iterations.first?.events.first?.url {
                resources[url] = try await source.resource(url)
            }
            // Image plots show `layout.images[].source`; a missing file becomes the figure's placeholder.
            if query.type == .plot {
                for url in Self.plotImageSources(data) where resources[url] == nil {
                    resources[url] = try? await source.resource(url)
                }
            }
            return .success(Answer(query: query, data: data, resources: resources))
        } catch {
            return .failure(FolioError(Self.reason(error), line: embed.line))
        }
    }

    /// Image URLs referenced by plot figures (`layout.images[].source`), in first-seen order.
    static func plotImageSources(_ data: WidgetData) -> [String] {
        var urls: [String] = []
        for variants in (data.plots ?? [:]).values {
            for tasks in variants.values {
                for iterations in tasks.values {
                    for iteration in iterations.values {
                        for event in iteration.plots {
                            guard let text = event.plotStr, text.contains("\"images\""), let figure = PlotlyFigure(json: text) else { continue }
                            for url in figure.imageSources where !urls.contains(url) { urls.append(url) }
                        }
                    }
                }
            }
        }
        return urls
    }

    /// An error's text without the "… widget 'x': " prefix some sources add: the presenter names
    /// the widget itself, once.
    static func reason(_ error: Error) -> String {
        let text = "\(error)"
        if let r = text.range(of: #"^([a-z]+ )?widget '[^']*'( \([a-z]+\))?: "#, options: .regularExpression) {
            return String(text[r.upperBound...])
        }
        return text
    }

    /// The metric (or iframe name) a widget is known by in messages.
    static func name(_ q: WidgetQuery) -> String { q.metrics.first ?? q.name ?? q.type.rawValue }
}
