import FolioBatch
import FolioCore
import FolioExport
import FolioTestSupport
import Foundation
import XCTest

/// Retention by count and age, with the snapshot clock injected.
final class RetentionTests: XCTestCase {
    private let day = 86_400.0
    private let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func testTheNewestIsAlwaysKept() {
        let snaps = (0..<5).map { (name: "s\($0)", time: t0.addingTimeInterval(Double($0) * day)) }
        XCTAssertEqual(Retention(keep: 2, keepDays: nil).expired(snaps, now: t0.addingTimeInterval(5 * day)), ["s0", "s1", "s2"])
        XCTAssertEqual(
            Retention(keep: nil, keepDays: 2).expired(snaps, now: t0.addingTimeInterval(4.5 * day)), ["s0", "s1", "s2"])
        XCTAssertEqual(Retention(keep: nil, keepDays: 2).expired(snaps, now: t0.addingTimeInterval(3.9 * day)), ["s0", "s1"])
        XCTAssertEqual(
            Retention(keep: nil, keepDays: 1).expired(snaps, now: t0.addingTimeInterval(100 * day)), ["s0", "s1", "s2", "s3"])
        XCTAssertEqual(
            Retention(keep: 0, keepDays: 0).expired(snaps, now: t0.addingTimeInterval(100 * day)).contains("s4"), false)
        XCTAssertEqual(Retention(keep: nil, keepDays: nil).expired(snaps, now: t0), [])
    }

    func testSnapshotsAreNamedByTheClockAndPrunedAfterEachRun() throws {
        let dir = temporaryDirectory()
        let folder = try BatchFixtures.reports(["r"], in: dir)
        let archive = dir.appendingPathComponent("archive")
        let items = try BatchItem.discover(folder: folder)
        let fontCache = dir.appendingPathComponent("fonts")
        final class Clock: @unchecked Sendable { var now = Date() }
        let clock = Clock()
        let runner = SnapshotRunner(
            archive: archive, options: ExportOptions(formats: [.html], sourceDateEpoch: 1_700_000_000), jobs: 1, workspace: nil,
            retention: Retention(keep: 3, keepDays: 10), generator: "folio test", clock: { clock.now },
            makeExporter: { Exporter(resources: ResourceLocator(root: repositoryRoot), fontCache: fontCache) })
        var names: [String] = []
        for d in [0.0, 1, 2, 3, 30] {
            clock.now = t0.addingTimeInterval(d * day)
            let outcome = try runner.run(items, project: "proj", source: folder.path)
            names.append(outcome.folder.lastPathComponent)
        }
        XCTAssertEqual(
            names, ["20270115T080000Z", "20270116T080000Z", "20270117T080000Z", "20270118T080000Z", "20270214T080000Z"])
        // keep 3 left days 1…3 and day 30; then keep-days 10 expires all but the newest.
        XCTAssertEqual(BatchFixtures.snapshots(archive, project: "proj"), ["20270214T080000Z"])
        XCTAssertEqual(
            SnapshotManifest.read(in: archive.appendingPathComponent("proj/20270214T080000Z"))?.time, "2027-02-14T08:00:00Z")
        // The linked files survive the deletion of the snapshot they were first written in.
        XCTAssertEqual(try SnapshotVerifier.verify(archive).problems, [])
    }
}
