import XCTest

@testable import FolioServer

final class ServerConfigurationTests: XCTestCase {
    func resolve(_ env: [String: String], files: [String: String] = [:], _ overrides: ServerOverrides = ServerOverrides()) throws -> ServerConfiguration {
        try ServerConfiguration.resolve(environment: env, overrides: overrides, readFile: { files[$0] })
    }

    func testHomeFileThenEnvironmentThenFlags() throws {
        let files = ["/home/u/clearml.conf": ConfFixtures.clearmlInit]
        var c = try resolve(["HOME": "/home/u"], files: files)
        XCTAssertEqual(c.apiServer, "http://localhost:8008")
        XCTAssertEqual(c.credentials?.accessKey, "AKXYZ1234567890")
        XCTAssertEqual(c.credentials?.description, "credentials from ~/clearml.conf")
        XCTAssertEqual(c.configFile, "~/clearml.conf")

        let env = ["HOME": "/home/u", "CLEARML_API_HOST": "https://api.env.example/", "CLEARML_API_ACCESS_KEY": "ENVKEY01", "CLEARML_API_SECRET_KEY": "ENVSECRET01"]
        c = try resolve(env, files: files)
        XCTAssertEqual(c.apiServer, "https://api.env.example")
        XCTAssertEqual(c.webServer, "http://localhost:8080", "the file still gives the web host")
        XCTAssertEqual(c.credentials?.description, "credentials from CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY")

        c = try resolve(env, files: files, ServerOverrides(apiServer: "http://flag:8008", secretKey: "FLAGSECRET"))
        XCTAssertEqual(c.apiServer, "http://flag:8008")
        XCTAssertEqual(c.credentials?.secretKey, "FLAGSECRET")
        XCTAssertEqual(c.credentials?.description, "credentials from CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY (key) and --access-key/--secret-key (secret)")
    }

    func testConfigFileVariableWinsOverHomeAndMustExist() throws {
        let files = ["/home/u/clearml.conf": ConfFixtures.clearmlInit, "/etc/agent.conf": ConfFixtures.agentMachine]
        let c = try resolve(["HOME": "/home/u", "CLEARML_CONFIG_FILE": "/etc/agent.conf"], files: files)
        XCTAssertEqual(c.apiServer, "https://api.example-ml.com")
        XCTAssertEqual(c.credentials?.description, "credentials from /etc/agent.conf")
        XCTAssertEqual(c.warnings, ["/etc/agent.conf: line 2: include ignored (Folio reads only this file)"])
        XCTAssertThrowsError(try resolve(["HOME": "/home/u", "CLEARML_CONFIG_FILE": "/nope.conf"], files: files)) { error in
            XCTAssertEqual("\(error)", "configuration: cannot read the ClearML configuration file /nope.conf")
        }
    }

    func testHostsAreInferredAsTheSDKDoes() throws {
        let agent = try resolve(["CLEARML_CONFIG_FILE": "/a.conf"], files: ["/a.conf": ConfFixtures.agentMachine])
        XCTAssertEqual(agent.webServer, "https://app.example-ml.com")
        XCTAssertEqual(agent.filesServer, "https://files.example-ml.com")
        let demo = try resolve(["CLEARML_CONFIG_FILE": "/d.conf"], files: ["/d.conf": ConfFixtures.dottedKeys])
        XCTAssertEqual(demo.webServer, "https://demoapp.demo.clear.ml")
        XCTAssertEqual(demo.filesServer, "https://demofiles.demo.clear.ml")
        let local = try resolve(["CLEARML_API_HOST": "http://10.0.0.5:8008"])
        XCTAssertEqual(local.webServer, "http://10.0.0.5:8080")
        XCTAssertEqual(local.filesServer, "http://10.0.0.5:8081")
        let hosted = try resolve([:])
        XCTAssertEqual([hosted.apiServer, hosted.webServer, hosted.filesServer], ["https://api.clear.ml", "https://app.clear.ml", "https://files.clear.ml"])
        XCTAssertNil(hosted.credentials)
        let custom = try resolve(["CLEARML_API_HOST": "https://ml.corp/api", "CLEARML_WEB_HOST": "https://ml.corp"])
        XCTAssertEqual(custom.filesServer, "https://ml.corp:8081")
    }

    func testHalfCredentialsAreAnErrorThatShowsNoValue() {
        XCTAssertThrowsError(try resolve(["CLEARML_API_ACCESS_KEY": "LONEKEY123"])) { error in
            XCTAssertEqual("\(error)", "configuration: the ClearML secret key is missing (the other one comes from CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY)")
        }
    }

    func testReportWebAddresses() {
        XCTAssertEqual(ReportLocator(webURL: "https://app.clear.ml/reports/4043a1657f37/5f2c9a0b11aa"), .id("5f2c9a0b11aa"))
        XCTAssertEqual(ReportLocator(webURL: "https://app.x/reports/p1/r2/?foo=1#x"), .id("r2"))
        XCTAssertNil(ReportLocator(webURL: "https://app.clear.ml/projects/4043a1657f37"))
    }
}
