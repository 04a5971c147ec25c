import FolioCore
import FolioWidgets
import XCTest

@testable import FolioServer

/// The client against a loopback server: auth, refresh, errors, retries, timeouts, paging.
final class ClientTests: XCTestCase {
    var fake: FakeClearML!
    var client: ClearMLClient!

    override func setUpWithError() throws {
        fake = try FakeClearML()
    }

    override func tearDown() async throws {
        try await client?.shutdown()
        client = nil
        fake = nil
    }

    func makeClient(secret: String = FakeClearML.secretKey, timeout: Double = 5) -> ClearMLClient {
        var config = ServerConfiguration(
            apiServer: fake.api, filesServer: fake.filesRoot,
            credentials: Credentials(accessKey: FakeClearML.accessKey, secretKey: secret, source: "~/clearml.conf"))
        config.retry = RetryPolicy(maxAttempts: 3, baseDelay: 0.01, maxDelay: 0.05)
        config.requestTimeout = timeout
        client = ClearMLClient(configuration: config)
        return client
    }

    static let scalarQuery = try! WidgetQuery(
        url: "https://elsewhere.example/widgets/?type=scalar&objectType=task&objects=aa11&metrics=loss&variants=train&order_by%5B%5D=-last_update",
        name: "loss")

    func testLoginWithBasicThenBearerAndTheWebAppsExactRequest() async throws {
        fake.taskData = { _ in .json(FakeClearML.envelope(#"{"tasks":[{"id":"aa11","name":"run-3"}],"scalar_metrics_iter_histogram":{"loss":{"train":{"aa11":{"name":"run-3","x":[0,10],"y":[2.5,1.25]}}}}}"#)) }
        let source = ServerSource(client: makeClient())
        let data = try await source.taskData(for: Self.scalarQuery)
        XCTAssertEqual(data.scalarMetricsIterHistogram?["loss"]?["train"]?["aa11"]?.y, [2.5, 1.25])

        let requests = fake.server.requests
        XCTAssertEqual(requests.map(\.path), ["/v999.0/auth.login", "/v999.0/reports.get_task_data"])
        let basic = "Basic " + Data("\(FakeClearML.accessKey):\(FakeClearML.secretKey)".utf8).base64EncodedString()
        XCTAssertEqual(requests[0].headers["authorization"], basic)
        XCTAssertEqual(requests[0].bodyText, "{}")
        // The widget URL's host is ignored: the request goes to the configured server, as the web app sends it.
        XCTAssertEqual(requests[1].headers["authorization"], "Bearer jwt-token-1")
        XCTAssertEqual(requests[1].query, "order_by%5B%5D=-last_update")
        XCTAssertEqual(
            requests[1].bodyText,
            #"{"id":["aa11"],"model_events":false,"scalar_metrics_iter_histogram":{"metrics":[{"metric":"loss","variants":["train"]}],"key":"iter"}}"#)
    }

    func testExpiredTokenIsRefreshedOnce() async throws {
        fake.tokenUses = 1
        let c = makeClient()
        _ = try await c.call("projects.get_all_ex", body: JSONObject())
        _ = try await c.call("projects.get_all_ex", body: JSONObject())
        XCTAssertEqual(fake.loginCount, 2)
        XCTAssertEqual(
            fake.server.requests.map { "\($0.path) \($0.headers["authorization"]?.prefix(12) ?? "")" },
            ["/v999.0/auth.login Basic Rk9MSU", "/v999.0/projects.get_all_ex Bearer jwt-t", "/v999.0/projects.get_all_ex Bearer jwt-t",
             "/v999.0/auth.login Basic Rk9MSU", "/v999.0/projects.get_all_ex Bearer jwt-t"])
        XCTAssertEqual(fake.server.requests.last?.headers["authorization"], "Bearer jwt-token-2")
    }

    func testWrongSecretNamesTheCredentialsSourceButNeverTheValues() async throws {
        let c = makeClient(secret: "wrong-secret-value")
        do {
            _ = try await c.call("reports.get_all_ex", body: JSONObject())
            XCTFail("expected a failure")
        } catch {
            XCTAssertEqual(
                "\(error)",
                "auth.login: HTTP 401: not authorised: Invalid user id or secret (protected) (401.22) (credentials from ~/clearml.conf)")
            XCTAssertFalse("\(error)".contains("wrong-secret-value"))
            XCTAssertFalse("\(error)".contains(FakeClearML.accessKey))
        }
        XCTAssertEqual(fake.loginCount, 0)
    }

    func testForbiddenWidgetSaysMissingPermissions() async throws {
        fake.taskData = { _ in FakeClearML.error(403, 0, "Forbidden: role not allowed") }
        do {
            _ = try await ServerSource(client: makeClient()).taskData(for: Self.scalarQuery)
            XCTFail("expected a failure")
        } catch let error as ServerError {
            XCTAssertEqual(error.kind, .forbidden)
            XCTAssertEqual(
                error.description,
                "reports.get_task_data: HTTP 403: missing permissions: Forbidden: role not allowed (403.0) (credentials from ~/clearml.conf)")
        }
    }

    func testServerErrorIsRetriedThenSucceeds() async throws {
        fake.queue("/v999.0/projects.get_all_ex", FakeClearML.error(500, 0, "General data error"), .init(status: 503, headers: [("Retry-After", "0")]))
        let raw = try await makeClient().call("projects.get_all_ex", body: JSONObject())
        XCTAssertEqual(raw.status, 200)
        XCTAssertEqual(fake.server.requests.filter { $0.path == "/v999.0/projects.get_all_ex" }.count, 3)
    }

    func testRetriesAreBounded() async throws {
        fake.queue("/v999.0/projects.get_all_ex", .init(status: 502), .init(status: 502), .init(status: 502), .init(status: 502))
        do {
            _ = try await makeClient().call("projects.get_all_ex", body: JSONObject())
            XCTFail("expected a failure")
        } catch {
            XCTAssertEqual("\(error)", "projects.get_all_ex: HTTP 502: Bad Gateway")
        }
        XCTAssertEqual(fake.server.requests.filter { $0.path == "/v999.0/projects.get_all_ex" }.count, 3, "maxAttempts")
    }

    func testDroppedConnectionIsRetried() async throws {
        fake.queue("/v999.0/projects.get_all_ex", .init(drop: true))
        let raw = try await makeClient().call("projects.get_all_ex", body: JSONObject())
        XCTAssertEqual(raw.status, 200)
    }

    func testSlowAnswerTimesOut() async throws {
        fake.queue("/v999.0/projects.get_all_ex", .init(delay: 3))
        let start = Date()
        do {
            _ = try await makeClient(timeout: 0.5).call("projects.get_all_ex", body: JSONObject())
            XCTFail("expected a timeout")
        } catch let error as ServerError {
            XCTAssertEqual(error.kind, .timeout)
            XCTAssertEqual(error.description, "projects.get_all_ex: no answer within 0.5 s (timeout) (127.0.0.1, after 1 attempt(s))")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.5)
    }

    func testMalformedJSONIsAClearError() async throws {
        fake.queue("/v999.0/reports.get_all_ex", .json("{\"meta\": {\"result_code\": 200}, \"data\": {\"tasks\": [ oops"))
        do {
            _ = try await ReportFinder(client: makeClient()).find(.id("r1"))
            XCTFail("expected a failure")
        } catch {
            XCTAssertEqual("\(error)", "reports.get_all_ex: HTTP 200: the answer is not valid JSON (55 bytes); is the API server address right?")
        }
    }

    func testFindingAReportByNamePagesThroughTheProject() async throws {
        fake.projects = [("p1", "Vision"), ("p2", "Vision-old")]
        fake.reports = (1...5).map { i in
            ("p1", #"{"id":"r\#(i)","name":"\#(i == 4 ? "Sprint 12" : "Other \(i)")","project":{"id":"rp","name":"Vision/.reports"}}"#)
        }
        var finder = ReportFinder(client: makeClient())
        finder.pageSize = 2
        let record = try await finder.find(.named(project: "Vision", name: "Sprint 12"))
        XCTAssertEqual(record.id, "r4")
        XCTAssertEqual(record.projectName, "Vision")
        let pages = fake.server.requests.filter { $0.path == "/v999.0/reports.get_all_ex" }.map(\.bodyText)
        XCTAssertEqual(pages.count, 3)
        XCTAssertTrue(pages[0].hasPrefix(#"{"project":["p1"],"name":"^Sprint 12$","only_fields":["#), pages[0])
        XCTAssertTrue(pages.allSatisfy { $0.contains(#""order_by":["-last_update"]"#) })
        XCTAssertEqual(pages.map { $0.components(separatedBy: "\"page\":").last ?? "" }, [#"0,"page_size":2}"#, #"1,"page_size":2}"#, #"2,"page_size":2}"#])
        do {
            _ = try await finder.find(.named(project: "Vision", name: "Nope"))
            XCTFail("expected not found")
        } catch {
            XCTAssertEqual("\(error)", "reports.get_all_ex: no report named 'Nope' in project 'Vision'")
        }
    }

    func testImagesOnOtherHostsAreNotFetchedUnlessAllowed() async throws {
        let foreign = try LoopbackServer { _ in .init(status: 200, body: Data("png".utf8)) }
        defer { foreign.stop() }
        fake.files["/files/reports/r1/a.png"] = Data("local".utf8)
        let source = ServerSource(client: makeClient())
        let images = await source.images([fake.filesRoot + "/reports/r1/a.png", foreign.base + "/x.png", "s3://bucket/y.png"])
        XCTAssertEqual(try images.results[fake.filesRoot + "/reports/r1/a.png"]?.get(), Data("local".utf8))
        XCTAssertEqual(
            images.results[foreign.base + "/x.png"].map { "\($0)" },
            "failure(\(foreign.base)/x.png: host '127.0.0.1:\(foreign.port)' is not the configured ClearML server; not fetched (allow it with --allow-host 127.0.0.1))")
        guard case .failure(let s3)? = images.results["s3://bucket/y.png"] else { return XCTFail("s3 fetched") }
        XCTAssertEqual(s3.message, "s3://bucket/y.png: s3:// storage is not fetched (only the ClearML files server is)")
        XCTAssertEqual(foreign.requests.count, 0)
        XCTAssertEqual(fake.server.requests.last?.headers["authorization"], "Bearer jwt-token-1")

        var config = client.configuration
        config.allowedHosts = ["127.0.0.1:\(foreign.port)"]
        let allowed = ClearMLClient(configuration: config)
        let bytes = try await ServerSource(client: allowed).resource(foreign.base + "/x.png")
        try await allowed.shutdown()
        XCTAssertEqual(bytes, Data("png".utf8))
        XCTAssertNil(foreign.requests.first?.headers["authorization"], "the token never goes to another host")
    }
}
