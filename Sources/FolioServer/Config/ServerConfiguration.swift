import Foundation

/// Everything needed to talk to one ClearML server: resolved hosts, credentials, limits.
public struct ServerConfiguration: Sendable {
    /// API server root, no trailing slash (`https://api.clear.ml`, `http://host:8008`, `https://app.x/api`).
    public var apiServer: String
    /// Web app root (used to recognise report URLs).
    public var webServer: String?
    /// Files server root: debug samples and report images are fetched from here with the token.
    public var filesServer: String?
    /// Access key and secret; nil when none are configured (login then fails, saying so).
    public var credentials: Credentials?
    /// The version in every request path (`/v999.0/…` is what the web app sends: the server's newest).
    public var apiVersion = "999.0"
    /// Seconds one request (with its body) may take before it fails as a timeout.
    public var requestTimeout: Double = 60
    /// Retries on 429/5xx and dropped connections.
    public var retry = RetryPolicy()
    /// Extra hosts (`host` or `host:port`) from which report images may be fetched, without the token.
    public var allowedHosts: [String] = []
    /// The clearml.conf that was read, if any.
    public var configFile: String?
    /// Non-fatal findings while reading the configuration.
    public var warnings: [String] = []

    /// A configuration from explicit hosts (trailing slashes dropped).
    public init(apiServer: String, webServer: String? = nil, filesServer: String? = nil, credentials: Credentials? = nil) {
        self.apiServer = ServerConfiguration.trimmed(apiServer)
        self.webServer = webServer.map(ServerConfiguration.trimmed)
        self.filesServer = filesServer.map(ServerConfiguration.trimmed)
        self.credentials = credentials
    }

    static func trimmed(_ url: String) -> String {
        var s = url.trimmingCharacters(in: .whitespaces)
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }
}

/// Values given on the command line; each wins over the environment and the file.
public struct ServerOverrides: Sendable {
    /// `--api-host`.
    public var apiServer: String?
    /// `--web-host`.
    public var webServer: String?
    /// `--files-host`.
    public var filesServer: String?
    /// `--access-key`.
    public var accessKey: String?
    /// `--secret-key`.
    public var secretKey: String?
    /// A clearml.conf to read instead of `$CLEARML_CONFIG_FILE` / `~/clearml.conf`.
    public var configFile: String?

    /// Overrides; nil leaves a setting to the environment and the file.
    public init(
        apiServer: String? = nil, webServer: String? = nil, filesServer: String? = nil, accessKey: String? = nil,
        secretKey: String? = nil, configFile: String? = nil
    ) {
        self.apiServer = apiServer
        self.webServer = webServer
        self.filesServer = filesServer
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.configFile = configFile
    }
}
