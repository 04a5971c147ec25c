import FolioCore
import FolioMarkdown
import Foundation

/// A report ready to export, from a server or a bundle: its record, Markdown and remote images.
/// Both origins build their export input through `document(sourceDateEpoch:)`, so a bundle
/// renders exactly as the live report did.
public struct LoadedReport: Sendable {
    /// The server's record (its `report` is the Markdown).
    public var record: ReportRecord
    /// The Markdown.
    public var markdown: String
    /// The remote images, fetched or failed.
    public var images: ReportImages

    /// A report from its parts.
    public init(record: ReportRecord, markdown: String, images: ReportImages) {
        self.record = record
        self.markdown = markdown
        self.images = images
    }

    /// What the exporter needs (`ReportSource`'s fields): the date is `SOURCE_DATE_EPOCH` when
    /// given, else the report's last update.
    public func document(sourceDateEpoch: Int?) -> ReportDocument {
        let date = sourceDateEpoch.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? record.date ?? Date(timeIntervalSince1970: 0)
        let safeName = String(record.name.map { "/\\:".contains($0) ? "-" : $0 })
        return ReportDocument(
            markdown: markdown, name: safeName.isEmpty ? record.id : safeName, fileName: "report.md",
            date: date, description: record.comment.flatMap { $0.isEmpty ? nil : $0 }, remoteImages: images.fetcher)
    }

    /// The remote image sources of the Markdown, in reading order (what `ImageStore` will ask for).
    public static func remoteImageSources(in markdown: String) -> [String] {
        MarkdownParser().parse(markdown, sourcePath: "report.md").document.imageSources.filter(ImageStore.isRemote)
    }

    /// Loads a report from the server: its record, then its remote images (recorded when the
    /// source has a recorder).
    public static func load(_ locator: ReportLocator, from source: ServerSource, finder: ReportFinder? = nil) async throws -> LoadedReport {
        let record = try await (finder ?? ReportFinder(client: source.client)).find(locator)
        let markdown = record.report ?? ""
        let images = await source.images(remoteImageSources(in: markdown))
        return LoadedReport(record: record, markdown: markdown, images: images)
    }
}

/// The export input for a server or bundle report (mapped 1:1 onto `ReportSource`).
public struct ReportDocument: Sendable {
    /// The Markdown.
    public var markdown: String
    /// Output base name: the report name, `/`, `\` and `:` replaced.
    public var name: String
    /// `report.md`, the name in diagnostics.
    public var fileName: String
    /// Relative image paths of a server report have no folder; they resolve nowhere.
    public var baseDirectory = URL(fileURLWithPath: "/dev/null")
    /// The PDF creation date.
    public var date: Date
    /// The report's description (PDF subject).
    public var description: String?
    /// Answers the exporter's remote image requests.
    public var remoteImages: RemoteImageFetcher
}
