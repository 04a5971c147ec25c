import FolioTestSupport
import XCTest

@testable import FolioServer

final class HOCONParserTests: XCTestCase {
    func parse(_ text: String) throws -> (HOCONObject, [String]) {
        var parser = HOCONParser()
        let root = try parser.parse(text)
        return (root, parser.warnings)
    }

    func testClearmlInitFileKeepsUnquotedURLsAndReadsTheCredentialsObject() throws {
        let (root, warnings) = try parse(ConfFixtures.clearmlInit)
        XCTAssertEqual(root.string(at: "api.api_server"), "http://localhost:8008")
        XCTAssertEqual(root.string(at: "api.files_server"), "http://localhost:8081")
        XCTAssertEqual(root.string(at: "api.credentials.access_key"), "AKXYZ1234567890")
        XCTAssertEqual(root.string(at: "api.credentials.secret_key"), "q9Z/x+secret==value")
        XCTAssertEqual(root.string(at: "sdk.metrics.images.format"), "JPEG")
        XCTAssertEqual(root.string(at: "sdk.storage.cache.default_base_dir"), "~/.clearml/cache")
        XCTAssertEqual(root.string(at: "sdk.development.task_reuse_time_window_in_hours"), "72.0")
        XCTAssertEqual(root.string(at: "sdk.google.storage.project"), nil, "commented out")
        XCTAssertEqual(root.value(at: "sdk.azure.storage.containers"), .array([]))
        XCTAssertEqual(root.value(at: "sdk.storage.direct_access"), .array([.object(try parse(#"url: "file://*""#).0)]))
        XCTAssertEqual(warnings, [])
    }

    func testAgentFileWithIncludesTripleQuotesAndMergedBlocks() throws {
        let (root, warnings) = try parse(ConfFixtures.agentMachine)
        XCTAssertEqual(warnings, ["line 2: include ignored (Folio reads only this file)"])
        XCTAssertEqual(root.string(at: "api.api_server"), "https://api.example-ml.com")
        XCTAssertEqual(root.string(at: "api.credentials.secret_key"), "agent/secret+key==")
        XCTAssertEqual(root.string(at: "agent.venvs_dir"), "~/.clearml/venvs-builds")
        XCTAssertEqual(root.string(at: "agent.package_manager.type"), "pip")
        XCTAssertTrue(root.string(at: "agent.docker_init_bash_script")?.contains("echo \"starting\" # not a comment") == true)
        // A dotted key and a later block both land in one merged `sdk.development` object.
        XCTAssertEqual(root.string(at: "sdk.development.default_output_uri"), "s3://bucket/models")
        XCTAssertEqual(root.string(at: "sdk.development.worker.log_stdout"), "false")
        assertSnapshot(root.dump(redacting: ["secret_key", "access_key"]), named: "agent-machine")
    }

    func testDottedKeysWithoutBraces() throws {
        let (root, _) = try parse(ConfFixtures.dottedKeys)
        XCTAssertEqual(root.string(at: "api.api_server"), "https://demoapi.demo.clear.ml")
        XCTAssertEqual(root.string(at: "api.credentials.access_key"), "DOTKEY777")
        XCTAssertEqual(root.string(at: "api.credentials.secret_key"), "dot secret 777")
    }

    func testErrorsNameTheLine() {
        var parser = HOCONParser()
        XCTAssertThrowsError(try parser.parse("api {\n  api_server: \"http://x\n}\n")) { error in
            XCTAssertEqual("\(error)", "line 2: unterminated string")
        }
        XCTAssertThrowsError(try parser.parse("api {\n  web_server: x\n\n")) { error in
            XCTAssertEqual("\(error)", "line 4: missing '}' before the end of the file")
        }
    }
}
