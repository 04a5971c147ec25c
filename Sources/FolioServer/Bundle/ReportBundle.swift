import FolioCore
import FolioWidgets
import Foundation

/// A frozen report bundle read back: the report, and a widget data source answering from the
/// stored responses and files, with no network.
public struct ReportBundle: WidgetDataSource {
    /// The bundle folder.
    public let folder: URL
    /// Its `bundle.json`.
    public let manifest: BundleManifest
    /// The report as fetched, its images answered from the stored files.
    public let report: LoadedReport
    let answers: [String: Result<WidgetData, FolioErrorText>]
    let resources: [String: Result<Data, FolioErrorText>]

    /// Whether `folder` holds a `bundle.json`.
    public static func isBundle(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(BundleManifest.fileName).path)
    }

    /// Reads and checks a bundle: its version, and that every listed file is there.
    public static func open(_ folder: URL) throws -> ReportBundle {
        let where_ = folder.path
        func read(_ relative: String) throws -> Data {
            do { return try Data(contentsOf: folder.appendingPathComponent(relative)) } catch {
                throw FolioError("the bundle is incomplete: \(relative) is listed in bundle.json but missing", file: where_)
            }
        }
        guard isBundle(folder) else { throw FolioError("not a report bundle (no bundle.json)", file: where_) }
        let manifestData = try read(BundleManifest.fileName)
        let probe = try? JSONDecoder().decode(BundleVersionProbe.self, from: manifestData)
        guard let probe, probe.format == BundleManifest.formatName, let version = probe.formatVersion else {
            throw FolioError("bundle.json is not a Folio report bundle manifest", file: where_)
        }
        guard version <= BundleManifest.currentVersion else {
            throw FolioError(
                "bundle format version \(version) is newer than this Folio reads (up to \(BundleManifest.currentVersion)); update Folio",
                file: where_)
        }
        let manifest: BundleManifest
        do { manifest = try JSONDecoder().decode(BundleManifest.self, from: manifestData) } catch {
            throw FolioError("bundle.json is damaged (\(ClearMLClient.summary(error)))", file: where_)
        }

        var record: ReportRecord
        do { record = try JSONDecoder().decode(ReportRecord.self, from: try read(manifest.report.record)) } catch let e as FolioError {
            throw e
        } catch { throw FolioError("\(manifest.report.record) is damaged (\(ClearMLClient.summary(error)))", file: where_) }
        let markdown = String(decoding: try read(manifest.report.markdown), as: UTF8.self)
        record.report = markdown

        var answers: [String: Result<WidgetData, FolioErrorText>] = [:]
        let decoder = WidgetData.makeDecoder()
        for widget in manifest.widgets {
            let file: WidgetFile
            do { file = try decoder.decode(WidgetFile.self, from: try read(widget.file)) } catch let e as FolioError {
                throw e
            } catch { throw FolioError("\(widget.file) is damaged (\(ClearMLClient.summary(error)))", file: where_) }
            if let data = file.response?.body.data {
                answers[widget.key] = .success(data)
            } else {
                answers[widget.key] = .failure(FolioErrorText(file.error ?? "no answer was recorded"))
            }
        }
        var resources: [String: Result<Data, FolioErrorText>] = [:]
        for entry in manifest.resources {
            if let path = entry.file {
                resources[entry.url] = .success(try read(path))
            } else {
                resources[entry.url] = .failure(FolioErrorText(entry.error ?? "not fetched"))
            }
        }
        let images = ReportImages(results: resources.mapValues { $0.mapError { FolioError($0.description) } })
        return ReportBundle(
            folder: folder, manifest: manifest, report: LoadedReport(record: record, markdown: markdown, images: images),
            answers: answers, resources: resources)
    }

    /// The stored answer for this widget, or its recorded failure.
    public func taskData(for query: WidgetQuery) async throws -> WidgetData {
        guard let answer = answers[WidgetExchange.key(for: query)] else {
            throw FolioErrorText("not in the bundle (the widget was not fetched; fetch the report again)")
        }
        return try answer.get()
    }

    /// A stored file by the URL it was fetched from.
    public func resource(_ url: String) async throws -> Data {
        guard let stored = resources[url] else { throw FolioErrorText("\(url): not in the bundle") }
        return try stored.get()
    }
}
