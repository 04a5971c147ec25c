import FolioBatch
import FolioTestSupport
import Foundation
import XCTest

/// `folio snapshot` and `folio verify` as users run them.
final class SnapshotCommandTests: XCTestCase {
    func testASecondRunWithNoChangeLinksEverythingAndAChangedReportAloneIsRendered() throws {
        let dir = temporaryDirectory()
        let folder = try BatchFixtures.reports(["keep", "edit"], in: dir)
        let archive = dir.appendingPathComponent("archive")
        let first = try BatchFixtures.folio(["snapshot", folder.path, "--archive", archive.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let s1 = URL(fileURLWithPath: first.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(s1.deletingLastPathComponent().lastPathComponent, "proj")
        XCTAssertEqual(
            BatchFixtures.files(under: s1).filter { !$0.contains("bundle/") },
            ["edit/edit.html", "edit/edit.pdf", "keep/keep.html", "keep/keep.pdf", "manifest.json"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: s1.appendingPathComponent("keep/bundle/bundle.json").path))
        let manifest = try XCTUnwrap(SnapshotManifest.read(in: s1))
        XCTAssertEqual(manifest.reports.map(\.id), ["edit.md", "keep.md"])
        XCTAssertEqual(
            manifest.reports[0].files["edit/edit.pdf"],
            try SnapshotManifest.sha256(of: s1.appendingPathComponent("edit/edit.pdf")))

        Thread.sleep(forTimeInterval: 1.1)
        let second = try BatchFixtures.folio(["snapshot", folder.path, "--archive", archive.path])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("nothing changed since \(s1.lastPathComponent)"), second.stderr)
        let s2 = URL(fileURLWithPath: second.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertNotEqual(s1, s2)
        for f in ["keep/keep.pdf", "edit/edit.html", "keep/bundle/report.md"] {
            XCTAssertEqual(
                try BatchFixtures.inode(s1.appendingPathComponent(f)), try BatchFixtures.inode(s2.appendingPathComponent(f)),
                "\(f) is hard-linked")
        }

        try BatchFixtures.write("# edit\n\nChanged.\n", "edit.md", in: folder)
        Thread.sleep(forTimeInterval: 1.1)
        let third = try BatchFixtures.folio(["snapshot", folder.path, "--archive", archive.path])
        XCTAssertEqual(third.status, 0, third.stderr)
        XCTAssertFalse(third.stderr.contains("nothing changed"), third.stderr)
        let s3 = URL(fileURLWithPath: third.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(
            try BatchFixtures.inode(s2.appendingPathComponent("keep/keep.pdf")),
            try BatchFixtures.inode(s3.appendingPathComponent("keep/keep.pdf")))
        XCTAssertNotEqual(
            try BatchFixtures.inode(s2.appendingPathComponent("edit/edit.pdf")),
            try BatchFixtures.inode(s3.appendingPathComponent("edit/edit.pdf")))
        XCTAssertEqual(SnapshotManifest.read(in: s3)?.reports.map(\.status), [.ok, .unchanged])
        XCTAssertEqual(try BatchFixtures.folio(["verify", archive.path]).status, 0)
    }

    func testVerifyFindsAFlippedByte() throws {
        let dir = temporaryDirectory()
        let folder = try BatchFixtures.reports(["one"], in: dir)
        let archive = dir.appendingPathComponent("archive")
        let r = try BatchFixtures.folio(["snapshot", folder.path, "--archive", archive.path, "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let ok = try BatchFixtures.folio(["verify", archive.path])
        XCTAssertEqual(ok.status, 0, ok.stdout + ok.stderr)
        let pdf = URL(fileURLWithPath: r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)).appendingPathComponent(
            "one/one.pdf")
        var bytes = try Data(contentsOf: pdf)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: pdf)
        let bad = try BatchFixtures.folio(["verify", archive.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stdout.contains("one/one.pdf: content differs"), bad.stdout)
        XCTAssertEqual(bad.stdout.split(separator: "\n").count, 1, "only the flipped file differs: \(bad.stdout)")
    }

    func testARunningSnapshotHoldsTheLock() throws {
        let dir = temporaryDirectory()
        let folder = try BatchFixtures.reports(["one"], in: dir)
        let project = dir.appendingPathComponent("archive/proj")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let fd = open(project.appendingPathComponent(".lock").path, O_RDWR | O_CREAT, 0o644)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        let r = try BatchFixtures.folio(["snapshot", folder.path, "--archive", dir.appendingPathComponent("archive").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("another snapshot of this project is running"), r.stderr)
        flock(fd, LOCK_UN)
        close(fd)
        XCTAssertEqual(BatchFixtures.snapshots(dir.appendingPathComponent("archive"), project: "proj"), [])
        XCTAssertEqual(
            try BatchFixtures.folio(["snapshot", folder.path, "--archive", dir.appendingPathComponent("archive").path]).status, 0)
    }

    func testKilledRunsLeaveEarlierSnapshotsIntactAndNoPartialOneVisible() throws {
        let dir = temporaryDirectory()
        let folder = dir.appendingPathComponent("proj")
        let guide = try String(contentsOf: repositoryRoot.appendingPathComponent("samples/guide/guide.md"), encoding: .utf8)
        for i in 1...4 { try BatchFixtures.write(guide, "guide\(i).md", in: folder) }
        let archive = dir.appendingPathComponent("archive")
        let first = try BatchFixtures.folio(["snapshot", folder.path, "--archive", archive.path, "--quiet"])
        XCTAssertEqual(first.status, 3, "the guide's widgets have no data here: written with warnings. \(first.stderr)")
        let s1 = URL(fileURLWithPath: first.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let manifest1 = try Data(contentsOf: s1.appendingPathComponent("manifest.json"))

        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<8 {
            // A change per round forces rendering, so the kill lands mid-work.
            for i in 1...4 { try BatchFixtures.write(guide + "\nRound \(round).\n", "guide\(i).md", in: folder) }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: try folioBinary())
            p.arguments = ["snapshot", folder.path, "--archive", archive.path, "--quiet", "--jobs", "1"]
            p.environment = environment
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.25, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { killed += 1 }
            let visible = BatchFixtures.snapshots(archive, project: "proj")
            XCTAssertTrue(visible.contains(s1.lastPathComponent), "round \(round): the first snapshot survives")
            for s in visible {
                XCTAssertNotNil(
                    SnapshotManifest.read(in: archive.appendingPathComponent("proj/\(s)")), "round \(round): \(s) is complete")
            }
            let check = try SnapshotVerifier.verify(archive)
            XCTAssertEqual(check.problems, [], "round \(round)")
        }
        XCTAssertGreaterThan(killed, 0, "at least one run must have been killed mid-way")
        XCTAssertEqual(try Data(contentsOf: s1.appendingPathComponent("manifest.json")), manifest1)
        // A killed run may have finished before the kill; change the reports so this run renders.
        for i in 1...4 { try BatchFixtures.write(guide + "\nFinal round.\n", "guide\(i).md", in: folder) }
        let last = try BatchFixtures.folio(["snapshot", folder.path, "--archive", archive.path, "--quiet"])
        XCTAssertEqual(last.status, 3, last.stderr)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: archive.appendingPathComponent("proj").path).filter {
            $0.hasPrefix(".staging")
        }
        XCTAssertEqual(leftovers, [], "a stale staging folder is cleaned by the next run")
    }
}

/// What a snapshot freezes can be rendered again, and batched, with no workspace.
final class SnapshotBundleTests: XCTestCase {
    func testAWorkspaceSnapshotFreezesABundleThatRendersItsWidgetOffline() throws {
        let dir = temporaryDirectory()
        let ws = dir.appendingPathComponent("ws")
        let session = repositoryRoot.appendingPathComponent("samples/sessions/offline-05457449c1bd4daaa87e95f65a997406.zip")
        XCTAssertEqual(try BatchFixtures.folio(["workspace", "import", session.path, "--workspace", ws.path]).status, 0)
        let widget = """
            <iframe src="https://app.clear.ml/widgets/?type=scalar&objectType=task&xaxis=iter&objects=offline-05457449c1bd4daaa87e95f65a997406&metrics=loss&variants=train" name="loss-curve" width="100%" height="400"></iframe>
            """
        let curve = try BatchFixtures.write("# Loss\n\n\(widget)\n", "curve.md", in: dir)
        XCTAssertEqual(
            try BatchFixtures.folio(["workspace", "add-report", curve.path, "--project", "Team A", "--workspace", ws.path])
                .status, 0)
        let archive = dir.appendingPathComponent("archive")
        let snap = try BatchFixtures.folio([
            "snapshot", "--workspace", ws.path, "--project", "Team A", "--archive", archive.path, "--quiet",
        ])
        XCTAssertEqual(snap.status, 0, snap.stderr)
        let folder = URL(fileURLWithPath: snap.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(folder.deletingLastPathComponent().lastPathComponent, "Team A")
        XCTAssertEqual(SnapshotManifest.read(in: folder)?.source, "workspace:\(ws.path)")

        // The frozen bundle answers the widget by itself: no warning, no workspace.
        let bundles = dir.appendingPathComponent("bundles")
        try FileManager.default.createDirectory(at: bundles, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("curve/bundle"), to: bundles.appendingPathComponent("curve-bundle"))
        let out = dir.appendingPathComponent("out")
        let r = try BatchFixtures.folio(["batch", bundles.path, "--out", out.path, "--format", "html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(BatchFixtures.files(under: out), ["bundles/curve.html"])
        XCTAssertEqual(
            try String(contentsOf: out.appendingPathComponent("bundles/curve.html"), encoding: .utf8),
            try String(contentsOf: folder.appendingPathComponent("curve/curve.html"), encoding: .utf8),
            "the bundle renders exactly what the workspace rendered")
    }

    /// A workspace vouches for its answers with a fingerprint of its sessions: no fetch when
    /// nothing changed, and a re-render as soon as an import changes what widgets could show.
    func testAWorkspaceImportInvalidatesTheSnapshotOfItsReports() throws {
        let dir = temporaryDirectory()
        let ws = dir.appendingPathComponent("ws")
        let sessions = repositoryRoot.appendingPathComponent("samples/sessions")
        XCTAssertEqual(try BatchFixtures.folio(["workspace", "import", sessions.appendingPathComponent("offline-05457449c1bd4daaa87e95f65a997406.zip").path, "--workspace", ws.path]).status, 0)
        // A dynamic query: the newest run of the project, which the next import changes.
        let widget = "<iframe src=\"https://app.clear.ml/widgets/?type=single&project=cifar10-classification&order_by%5B%5D=-last_update&page_size=1\" name=\"latest\"></iframe>"
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        _ = try BatchFixtures.write("# Latest\n\n\(widget)\n", "latest.md", in: reports)
        let archive = dir.appendingPathComponent("archive")
        func snapshot() throws -> (status: Int32, stdout: String, stderr: String) {
            try BatchFixtures.folio(["snapshot", reports.path, "--workspace", ws.path, "--archive", archive.path])
        }
        XCTAssertEqual(try snapshot().status, 0)
        let same = try snapshot()
        XCTAssertTrue(same.stderr.contains("nothing changed"), same.stderr)
        XCTAssertEqual(try BatchFixtures.folio(["workspace", "import", sessions.appendingPathComponent("offline-68a18814242a40439ffa27850d0ee19b.zip").path, "--workspace", ws.path]).status, 0)
        let changed = try snapshot()
        XCTAssertEqual(changed.status, 0, changed.stderr)
        XCTAssertFalse(changed.stderr.contains("nothing changed"), "an import must invalidate: \(changed.stderr)")
    }

    func testAFolderWithoutReportsIsAnError() throws {
        let dir = temporaryDirectory()
        let r = try BatchFixtures.folio(["batch", dir.path, "--out", dir.appendingPathComponent("out").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("no reports here"), r.stderr)
    }
}
