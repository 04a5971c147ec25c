import FolioTestSupport
import XCTest

/// The `folio` binary against the loopback server: live export, `--save-bundle`, `folio fetch`,
/// and bundles exported with the server gone, all byte-identical; nothing secret in any output.
final class EndToEndTests: XCTestCase {
    var outputs: [String] = []

    func run(_ args: [String], _ env: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let r = try runTool(try folioBinary(), args, environment: env)
        outputs += [r.stdout, r.stderr]
        return r
    }

    func environment(_ fake: FakeClearML, home: URL, secret: String = FakeClearML.secretKey) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CLEARML_") && !$0.key.hasPrefix("TRAINS_") }
        env["HOME"] = home.path
        // One font cache for all runs, outside the folder that is searched for secrets.
        env["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"] ?? FileManager.default.temporaryDirectory.appendingPathComponent("folio-server-tests-cache").path
        env["CLEARML_API_HOST"] = fake.api
        env["CLEARML_FILES_HOST"] = fake.filesRoot
        env["CLEARML_WEB_HOST"] = "https://app.example.com"
        env["CLEARML_API_ACCESS_KEY"] = FakeClearML.accessKey
        env["CLEARML_API_SECRET_KEY"] = secret
        env["SOURCE_DATE_EPOCH"] = "1700000000"
        return env
    }

    func testLiveExportSavedBundleAndFetchedBundleGiveIdenticalPDFs() throws {
        let foreign = try LoopbackServer { _ in .init(status: 200, body: ReportScenario.reportImage) }
        defer { foreign.stop() }
        let fake = try ReportScenario.make(foreign: foreign.base)
        let dir = temporaryDirectory()
        let env = environment(fake, home: dir)
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

        let live = try run(["export", "--report", "r1", "-o", path("live.pdf"), "--save-bundle", path("saved")], env)
        XCTAssertEqual(live.status, 3, live.stderr)
        XCTAssertTrue(live.stderr.contains("widget 'Confusion': reports.get_task_data: HTTP 403: missing permissions"), live.stderr)
        XCTAssertTrue(live.stderr.contains("not the configured ClearML server"), live.stderr)
        // The same export reading everything from ~/clearml.conf instead (kept outside the searched folder).
        let home = temporaryDirectory("home")
        try """
            api {
                api_server: \(fake.api)
                files_server: "\(fake.filesRoot)"   // web_server is left to inference
                credentials {"access_key": "\(FakeClearML.accessKey)", "secret_key": "\(FakeClearML.secretKey)"}
            }
            sdk { development { default_output_uri: "" } }
            """.write(to: home.appendingPathComponent("clearml.conf"), atomically: true, encoding: .utf8)
        var confEnv = env.filter { !$0.key.hasPrefix("CLEARML_") }
        confEnv["HOME"] = home.path
        let fromConf = try run(["export", "--report", "r1", "-o", path("conf.pdf")], confEnv)
        XCTAssertEqual(fromConf.status, 3, fromConf.stderr)
        XCTAssertTrue(fromConf.stderr.contains("(403.0) (credentials from ~/clearml.conf)"), fromConf.stderr)
        let fetched = try run(["fetch", "--project", "Vision", "--name", "Sprint 12 results", "-o", path("fetched")], env)
        XCTAssertEqual(fetched.status, 3, fetched.stderr)
        let viaURL = try run(["export", "https://app.example.com/reports/p1/r1", "-o", path("url.pdf")], env)
        XCTAssertEqual(viaURL.status, 3, viaURL.stderr)
        XCTAssertEqual(foreign.requests.count, 0, "an image on another host is never fetched")
        let files = fake.server.requests.filter { $0.path.hasPrefix("/files/") }
        XCTAssertFalse(files.isEmpty)
        XCTAssertTrue(files.allSatisfy { $0.headers["authorization"]?.hasPrefix("Bearer ") == true })

        fake.server.stop()  // no network from here on
        for bundle in ["saved", "fetched"] {
            let r = try run(["export", path(bundle), "-o", path("\(bundle).pdf")], env)
            XCTAssertEqual(r.status, 3, r.stderr)
            XCTAssertEqual(r.stderr, live.stderr, "same warnings from \(bundle)")
        }
        let reference = try Data(contentsOf: URL(fileURLWithPath: path("live.pdf")))
        XCTAssertGreaterThan(reference.count, 1000)
        for other in ["saved.pdf", "fetched.pdf", "url.pdf"] {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path(other))), reference, "\(other) differs from the live export")
        }

        let manifest = try String(contentsOfFile: path("saved/bundle.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"format_version\" : 1"), manifest)
        let record = try String(contentsOfFile: path("fetched/report.json"), encoding: .utf8)
        for field in ["\"name\" : \"Sprint 12 results\"", "\"comment\" : \"Weekly summary\"", "\"status\" : \"published\"", "\"name\" : \"Ada\"", "\"weekly\""] {
            XCTAssertTrue(record.contains(field), "report.json lacks \(field)")
        }
        try assertNoSecrets(in: dir)
    }

    func testStrictOrARefusedBundleFolderWritesNothing() throws {
        let fake = try ReportScenario.make(foreign: "http://127.0.0.1:9")
        let dir = temporaryDirectory()
        let r = try run(["export", "--report", "r1", "--strict", "-o", dir.appendingPathComponent("x.pdf").path], environment(fake, home: dir))
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))

        // A --save-bundle folder that holds something else is refused before anything is written.
        let other = dir.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: other.appendingPathComponent("todo.txt"))
        let refused = try run(["export", "--report", "r1", "-o", dir.appendingPathComponent("x.pdf").path, "--save-bundle", other.path], environment(fake, home: dir))
        XCTAssertEqual(refused.status, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("the folder exists and is not a bundle"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: other.path), ["todo.txt"])
    }

    func testWrongCredentialsFailNamingTheirSource() throws {
        let fake = try ReportScenario.make(foreign: "http://127.0.0.1:9")
        let dir = temporaryDirectory()
        let r = try run(["export", "--report", "r1", "-o", dir.appendingPathComponent("x.pdf").path], environment(fake, home: dir, secret: "not-the-secret-42"))
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(
            r.stderr,
            "folio: error: auth.login: HTTP 401: not authorised: Invalid user id or secret (protected) (401.22) (credentials from CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY)\n")
        XCTAssertFalse(r.stderr.contains("not-the-secret-42"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testUsageErrors() throws {
        let fake = try ReportScenario.make(foreign: "http://127.0.0.1:9")
        let env = environment(fake, home: temporaryDirectory())
        XCTAssertEqual(try run(["export"], env).status, 2)
        XCTAssertEqual(try run(["export", "--project", "Vision"], env).status, 2)
        XCTAssertEqual(try run(["export", "--report", "r1", "https://app.example.com/reports/p1/r1"], env).status, 2)
        XCTAssertEqual(fake.server.requests.count, 0)
    }

    /// Neither the key, the secret nor a token appears in any file written or anything printed.
    func assertNoSecrets(in dir: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let needles = [FakeClearML.accessKey, FakeClearML.secretKey, "jwt-token", Data("\(FakeClearML.accessKey):\(FakeClearML.secretKey)".utf8).base64EncodedString()]
        let enumerator = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
        var checked = 0
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            let data = try Data(contentsOf: url)
            for n in needles where data.range(of: Data(n.utf8)) != nil {
                XCTFail("\(url.lastPathComponent) contains a secret", file: file, line: line)
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 5, file: file, line: line)
        for text in outputs {
            for n in needles where text.contains(n) { XCTFail("output contains a secret: \(text)", file: file, line: line) }
        }
    }
}
