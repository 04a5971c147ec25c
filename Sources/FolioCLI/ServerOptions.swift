import ArgumentParser
import FolioCore
import FolioExport
import FolioServer
import Foundation

/// How to reach the ClearML server; each flag wins over `CLEARML_*` variables and clearml.conf.
struct ServerOptions: ParsableArguments {
    @Option(name: .long, help: "ClearML API server (else CLEARML_API_HOST, else api.api_server in clearml.conf).")
    var apiHost: String?

    @Option(name: .long, help: "ClearML web app (else CLEARML_WEB_HOST, clearml.conf, or inferred from the API host).")
    var webHost: String?

    @Option(name: .long, help: "ClearML files server (else CLEARML_FILES_HOST, clearml.conf, or inferred).")
    var filesHost: String?

    @Option(name: .long, help: "Access key (prefer CLEARML_API_ACCESS_KEY or clearml.conf: flags show in process lists).")
    var accessKey: String?

    @Option(name: .long, help: "Secret key (prefer CLEARML_API_SECRET_KEY or clearml.conf).")
    var secretKey: String?

    @Option(name: .customLong("clearml-conf"), help: "The clearml.conf to read (default: $CLEARML_CONFIG_FILE, else ~/clearml.conf).")
    var clearmlConf: String?

    @Option(name: .long, help: "Also fetch report images from this host (without credentials); repeatable.")
    var allowHost: [String] = []

    @Option(name: .long, help: "Seconds before one server request times out.")
    var timeout: Double = 60

    func configuration() throws -> ServerConfiguration {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        let overrides = ServerOverrides(
            apiServer: apiHost, webServer: webHost, filesServer: filesHost, accessKey: accessKey, secretKey: secretKey,
            configFile: clearmlConf)
        var config: ServerConfiguration
        do { config = try ServerConfiguration.resolve(environment: ProcessInfo.processInfo.environment, overrides: overrides) } catch {
            throw FolioError(error.description)
        }
        config.requestTimeout = timeout
        config.allowedHosts = allowHost
        for w in config.warnings { FileHandle.standardError.write(Data("folio: warning: \(w)\n".utf8)) }
        return config
    }
}

/// Which server report: `--report ID`, or `--project NAME --name REPORT`, or a report's web URL.
struct ReportSelection: ParsableArguments {
    @Option(name: .long, help: "A report id on the ClearML server.")
    var report: String?

    @Option(name: .long, help: "With --name: the project holding the report.")
    var project: String?

    @Option(name: .long, help: "With --project: the report's name.")
    var name: String?

    /// The report to fetch, or nil when none was named (a local input then).
    func locator(input: String?) throws -> ReportLocator? {
        let url = input.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
        if let url, ReportLocator(webURL: url) == nil {
            throw ValidationError("'\(url)' is not a report address (…/reports/<project id>/<report id>)")
        }
        let chosen = [url != nil, report != nil, project != nil || name != nil].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("give one of: a report URL, --report ID, or --project NAME --name REPORT") }
        if project != nil || name != nil {
            guard let project, let name else { throw ValidationError("--project and --name go together") }
            return .named(project: project, name: name)
        }
        if let report { return .id(report) }
        return url.flatMap(ReportLocator.init(webURL:))
    }
}

/// A report that comes from a ClearML server or a bundle rather than a Markdown file.
enum RemoteReport {
    case server(ReportLocator, ServerConfiguration, saveBundle: URL?)
    case bundle(URL)

    /// Decides from the export arguments; nil means a Markdown file.
    static func resolve(input: String?, selection: ReportSelection, server: ServerOptions, saveBundle: String?, workspace: String?) throws -> RemoteReport? {
        let save = saveBundle.map { URL(fileURLWithPath: $0) }
        if let locator = try selection.locator(input: input) {
            guard workspace == nil else { throw ValidationError("--workspace answers widgets of local reports only; a server report uses its server") }
            return .server(locator, try server.configuration(), saveBundle: save)
        }
        guard let input else {
            throw ValidationError("give a Markdown file, a bundle folder, a report URL, --report ID, or --project NAME --name REPORT")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir), isDir.boolValue else {
            guard save == nil else { throw ValidationError("--save-bundle needs a server report") }
            return nil
        }
        guard save == nil, workspace == nil else { throw ValidationError("a bundle is exported as it is: no --save-bundle or --workspace") }
        return .bundle(URL(fileURLWithPath: input))
    }

    func export(with exporter: Exporter, options: ExportOptions) throws -> ExportReport {
        switch self {
        case .bundle(let folder):
            let bundle = try ReportBundle.open(folder)
            return try exporter.export(Self.source(bundle.report, options), options: options, dataSource: bundle)
        case .server(let locator, let config, let saveBundle):
            if let saveBundle { try BundleWriter.checkTarget(saveBundle) }
            let client = ClearMLClient(configuration: config)
            defer { try? client.syncShutdown() }
            let recorder = saveBundle.map { _ in BundleRecorder() }
            let source = ServerSource(client: client, recorder: recorder)
            let report = try awaiting { try await LoadedReport.load(locator, from: source) }
            let result = try exporter.export(Self.source(report, options), options: options, dataSource: source)
            if let saveBundle, let recorder {
                try awaiting {
                    try await BundleWriter(generator: "folio \(FolioVersion.current)").write(report, recorder: recorder, configuration: config, to: saveBundle)
                }
            }
            return result
        }
    }

    static func source(_ report: LoadedReport, _ options: ExportOptions) -> ReportSource {
        let d = report.document(sourceDateEpoch: options.sourceDateEpoch)
        return ReportSource(
            markdown: d.markdown, name: d.name, fileName: d.fileName, baseDirectory: d.baseDirectory, date: d.date,
            description: d.description, remoteImages: d.remoteImages)
    }
}

/// Runs async library work from a synchronous command; server errors become Folio errors (exit 1).
func awaiting<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let result: Result<T, Error> = blocking {
        do { return .success(try await work()) } catch { return .failure(error) }
    }
    do { return try result.get() } catch let error as ServerError { throw FolioError(error.description) }
}
