import FolioBatch
import FolioCore
import FolioTestSupport
import Foundation
import XCTest

/// `folio snapshot --project NAME` against a small fake ClearML server (Python's http.server):
/// login, the project, its reports; a report edited on the server is the only one re-rendered.
final class ServerSnapshotTests: XCTestCase {
    static let fakeServer = """
        import json, sys
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        class H(BaseHTTPRequestHandler):
            def do_POST(self):
                n = int(self.headers.get('Content-Length', 0))
                body = json.loads(self.rfile.read(n) or b'{}')
                path = self.path.split('?')[0].rsplit('/', 1)[-1]
                reports = json.load(open(sys.argv[1]))
                data = {'auth.login': {'token': 't'}, 'projects.get_all_ex': {'projects': [{'id': 'p1', 'name': 'Team'}]},
                        'reports.get_all_ex': {'tasks': reports if body.get('page', 0) == 0 else []}}.get(path)
                payload = json.dumps({'meta': {'result_code': 200 if data is not None else 400, 'result_subcode': 0,
                                               'result_msg': 'OK'}, 'data': data or {}}).encode()
                self.send_response(200 if data is not None else 400)
                self.send_header('Content-Type', 'application/json')
                self.send_header('Content-Length', str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            def log_message(self, *args):
                pass
        server = ThreadingHTTPServer(('127.0.0.1', 0), H)
        print(server.server_port, flush=True)
        server.serve_forever()
        """

    private func record(_ id: String, _ name: String, _ text: String) -> [String: Any] {
        [
            "id": id, "name": name, "report": text, "last_update": "2026-11-01T10:00:00.000000+00:00",
            "project": ["id": "p1r", "name": "Team/.reports"],
        ]
    }

    func testAServerProjectIsSnapshottedAndOnlyTheEditedReportRendersAgain() throws {
        let dir = temporaryDirectory()
        let reportsFile = dir.appendingPathComponent("reports.json")
        func publish(_ monthly: String) throws {
            let list = [record("r1", "Weekly", "# Weekly\n\nSteady.\n"), record("r2", "Monthly", monthly)]
            try JSONSerialization.data(withJSONObject: list).write(to: reportsFile)
        }
        try publish("# Monthly\n\nFirst.\n")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-c", Self.fakeServer, reportsFile.path]
        let out = Pipe()
        server.standardOutput = out
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        var portText = Data()
        while !portText.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            portText += chunk
        }
        let port = try XCTUnwrap(Int(String(decoding: portText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        let api = "http://127.0.0.1:\(port)"
        let archive = dir.appendingPathComponent("archive")
        let args = [
            "snapshot", "--project", "Team", "--archive", archive.path, "--api-host", api, "--access-key", "k", "--secret-key",
            "s", "--quiet",
        ]
        let env = ["HOME": dir.path]

        let first = try BatchFixtures.folio(args, env: env)
        XCTAssertEqual(first.status, 0, first.stderr)
        let s1 = URL(fileURLWithPath: first.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(s1.deletingLastPathComponent().lastPathComponent, "Team")
        let m1 = try XCTUnwrap(SnapshotManifest.read(in: s1))
        XCTAssertEqual(m1.source, api)
        XCTAssertEqual(m1.reports.map(\.id), ["r2", "r1"], "by name: Monthly, Weekly")
        XCTAssertEqual(m1.reports.map(\.lastUpdate), ["2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: s1.appendingPathComponent("Weekly/Weekly.pdf").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: s1.appendingPathComponent("Weekly/bundle/bundle.json").path))

        try publish("# Monthly\n\nSecond.\n")
        Thread.sleep(forTimeInterval: 1.1)
        let second = try BatchFixtures.folio(args, env: env)
        XCTAssertEqual(second.status, 0, second.stderr)
        let s2 = URL(fileURLWithPath: second.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(SnapshotManifest.read(in: s2)?.reports.map(\.status), [.ok, .unchanged])
        XCTAssertEqual(
            try BatchFixtures.inode(s1.appendingPathComponent("Weekly/Weekly.pdf")),
            try BatchFixtures.inode(s2.appendingPathComponent("Weekly/Weekly.pdf")))
        XCTAssertEqual(try BatchFixtures.folio(["verify", archive.path]).status, 0)
    }
}
