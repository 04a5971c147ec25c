import FolioCore
import FolioExport
import FolioServer
import FolioWidgets
import Foundation

/// Takes dated snapshots of a project: `<archive>/<project>/<UTC time>/` holding, per report,
/// its outputs and frozen bundle, plus `manifest.json`. A snapshot is assembled in
/// `.staging-<pid>` and renamed into place, under an exclusive lock; a report whose content hash
/// equals the previous snapshot's is hard-linked from it instead of rendered again.
public struct SnapshotRunner: Sendable {
    /// The archive root.
    public var archive: URL
    /// Formats and options (`output` is set per report).
    public var options: ExportOptions
    /// Worker threads.
    public var jobs: Int
    /// Answers widgets of Markdown files and workspace reports.
    public var workspace: (any WidgetDataSource)?
    /// Answers server reports (`BatchItem.Origin.server`).
    public var server: ClearMLClient?
    /// Which old snapshots to delete after a successful run.
    public var retention: Retention
    /// `folio <version>`, written into manifests and bundles.
    public var generator: String
    /// The snapshot's time (injected: tests move it; the CLI passes the wall clock).
    public var clock: @Sendable () -> Date
    /// Makes one exporter per worker.
    public var makeExporter: @Sendable () throws -> Exporter

    /// A runner.
    public init(
        archive: URL, options: ExportOptions, jobs: Int, workspace: (any WidgetDataSource)?, retention: Retention,
        generator: String,
        clock: @escaping @Sendable () -> Date, server: ClearMLClient? = nil,
        makeExporter: @escaping @Sendable () throws -> Exporter
    ) {
        self.server = server
        self.archive = archive
        self.options = options
        self.jobs = jobs
        self.workspace = workspace
        self.retention = retention
        self.generator = generator
        self.clock = clock
        self.makeExporter = makeExporter
    }

    /// What a run did.
    public struct Outcome: Sendable {
        /// The new snapshot folder.
        public var folder: URL
        /// The previous snapshot it compared with, if any.
        public var previous: URL?
        /// Per report.
        public var summary: BatchSummary
        /// Reports rendered (not linked).
        public var rendered: Int
        /// Old snapshots deleted by the retention policy.
        public var deleted: [String]
        /// Nothing differs from the previous snapshot.
        public var unchanged: Bool
    }

    /// Takes one snapshot of `items` for `project`.
    public func run(_ items: [BatchItem], project: String, source: String) throws -> Outcome {
        let fm = FileManager.default
        let projectDir = archive.appendingPathComponent(OutputTemplate.safe(project), isDirectory: true)
        try fm.createDirectory(at: projectDir, withIntermediateDirectories: true)
        let lock = try SnapshotLock(projectDir.appendingPathComponent(".lock"))
        defer { withExtendedLifetime(lock) {} }
        // Holding the lock, any staging folder left is from a run that died.
        for child in (try? fm.contentsOfDirectory(atPath: projectDir.path)) ?? [] where child.hasPrefix(".staging-") {
            try? fm.removeItem(at: projectDir.appendingPathComponent(child))
        }
        let previous = Self.snapshots(in: projectDir).last.map { projectDir.appendingPathComponent($0.name, isDirectory: true) }
        let previousManifest = previous.flatMap(SnapshotManifest.read(in:))
        let staging = projectDir.appendingPathComponent(".staging-\(getpid())", isDirectory: true)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)

        let names = OutputTemplate("{name}").uniqueNames(items)
        let runner = self
        let entries = WorkerPool.run(count: items.count, threads: jobs, makeExporter: makeExporter) { exporter, i in
            runner.snapshot(
                items[i], folderName: names[items[i].id] ?? items[i].name, into: staging, previous: previous,
                previousManifest: previousManifest, exporter: exporter)
        }
        let now = clock()
        let manifest = SnapshotManifest(
            generator: generator, source: source, project: project, time: Exporter.isoDate(now), reports: entries.map(\.0))
        try manifest.encoded().write(to: staging.appendingPathComponent(SnapshotManifest.fileName))

        var name = Self.folderName(now)
        var n = 1
        while fm.fileExists(atPath: projectDir.appendingPathComponent(name).path) {
            n += 1
            name = Self.folderName(now) + "-\(n)"
        }
        let final = projectDir.appendingPathComponent(name, isDirectory: true)
        guard rename(staging.path, final.path) == 0 else {
            throw FolioError("cannot move the snapshot into place (\(String(cString: strerror(errno))))", file: final.path)
        }
        var deleted: [String] = []
        for expired in retention.expired(Self.snapshots(in: projectDir), now: now) where expired != name {
            // Renamed to a dot name first, so a half-deleted snapshot is never visible.
            let doomed = projectDir.appendingPathComponent(".staging-deleting-\(expired)")
            if rename(projectDir.appendingPathComponent(expired).path, doomed.path) == 0 {
                try? fm.removeItem(at: doomed)
                deleted.append(expired)
            }
        }
        let results = entries.map(\.1)
        let sameSet = Set(items.map(\.id)) == Set(previousManifest?.reports.map(\.id) ?? [])
        return Outcome(
            folder: final, previous: previous, summary: BatchSummary(results: results),
            rendered: results.filter { $0.status != .unchanged && $0.status != .failed }.count, deleted: deleted,
            unchanged: previousManifest != nil && sameSet && results.allSatisfy { $0.status == .unchanged })
    }

    /// One report into `staging/<folderName>/`: linked from the previous snapshot when its content
    /// hash is unchanged, else rendered and bundled.
    func snapshot(
        _ item: BatchItem, folderName: String, into staging: URL, previous: URL?, previousManifest: SnapshotManifest?,
        exporter: Exporter?
    ) -> (SnapshotManifest.Report, BatchResult) {
        let start = DispatchTime.now().uptimeNanoseconds
        var entry = SnapshotManifest.Report(
            id: item.id, name: item.name, lastUpdate: nil, contentHash: "", status: .ok, error: nil, files: [:])
        var result = BatchResult(item)
        let folder = staging.appendingPathComponent(OutputTemplate.safe(folderName), isDirectory: true)
        do {
            guard let exporter else { throw FolioError("cannot load the fonts for this worker") }
            let (source, data) = try item.load(sourceDateEpoch: options.sourceDateEpoch, workspace: workspace, server: server)
            entry.lastUpdate = item.lastUpdate
            var probe = ContentProbe.take(source, data: data, options: options)
            entry.contentHash = probe.hash
            if let previous, let old = previousManifest?.reports.first(where: { $0.id == item.id }),
                old.contentHash == probe.hash, old.status != .failed,
                try Self.link(old.files.keys.sorted(), from: previous, to: staging)
            {
                entry.files = old.files
                entry.status = .unchanged
            } else {
                var o = options
                o.output = folder
                let report = try exporter.export(source, options: o, dataSource: data)
                probe.fetchAnswersIfNeeded(source, data: data)
                result.warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
                try probe.writeBundle(
                    item, source: source, data: data, generator: generator,
                    to: folder.appendingPathComponent("bundle", isDirectory: true))
                entry.files = try Self.hashes(in: folder, relativeTo: staging)
                entry.status = result.warnings.isEmpty ? .ok : .warnings
            }
        } catch {
            entry.status = .failed
            entry.error = "\(error)"
            result.error = "\(error)"
            try? FileManager.default.removeItem(at: folder)
            entry.files = [:]
        }
        result.status = entry.status
        result.outputs = entry.files.keys.sorted()
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (entry, result)
    }

    /// Hard-links every file; false (and nothing left behind) when one is missing.
    static func link(_ paths: [String], from previous: URL, to staging: URL) throws -> Bool {
        let fm = FileManager.default
        var made: [URL] = []
        for path in paths {
            let from = previous.appendingPathComponent(path)
            let to = staging.appendingPathComponent(path)
            try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard Foundation.link(from.path, to.path) == 0 else {
                for m in made { try? fm.removeItem(at: m) }
                return false
            }
            made.append(to)
        }
        return true
    }

    /// SHA-256 of every file under `folder`, by path relative to `root`.
    static func hashes(in folder: URL, relativeTo root: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for path in try files(under: folder) {
            let relative = String(path.path.dropFirst(root.standardizedFileURL.path.count + 1))
            out[relative] = try SnapshotManifest.sha256(of: path)
        }
        return out
    }

    /// Regular files under `folder`, recursively.
    static func files(under folder: URL) throws -> [URL] {
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var out: [URL] = []
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(url.standardizedFileURL)
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Finished snapshots of a project folder (visible folders with a manifest), oldest first.
    public static func snapshots(in projectDir: URL) -> [(name: String, time: Date)] {
        let children = (try? FileManager.default.contentsOfDirectory(atPath: projectDir.path)) ?? []
        return children.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
            guard let m = SnapshotManifest.read(in: projectDir.appendingPathComponent(name)),
                let t = ISO8601DateFormatter().date(from: m.time)
            else { return nil }
            return (name, t)
        }
    }

    /// `20261127T103000Z`.
    static func folderName(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }
}
