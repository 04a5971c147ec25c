import Foundation

extension ServerConfiguration {
    /// The hosted service's hosts, the SDK's defaults when nothing is configured.
    public static let hostedAPI = "https://api.clear.ml"
    /// The hosted web app.
    public static let hostedWeb = "https://app.clear.ml"
    /// The hosted files server.
    public static let hostedFiles = "https://files.clear.ml"

    /// Resolves the configuration as the ClearML SDK does: `clearml.conf` (from
    /// `CLEARML_CONFIG_FILE`, else `~/clearml.conf`), overridden by `CLEARML_*` variables, then by
    /// `overrides`; missing web and files hosts are inferred from the API host (reference §2.3).
    /// The environment is only what `environment` holds; files are read through `readFile`.
    public static func resolve(
        environment env: [String: String], overrides: ServerOverrides = ServerOverrides(),
        readFile: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }
    ) throws(ServerError) -> ServerConfiguration {
        func variable(_ names: String...) -> String? {
            names.lazy.compactMap { env[$0] }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let file = try loadFile(env: env, overrides: overrides, readFile: readFile)
        func setting(_ path: String) -> String? { file?.root.string(at: path).flatMap { $0.isEmpty ? nil : $0 } }

        let api = overrides.apiServer ?? variable("CLEARML_API_HOST", "TRAINS_API_HOST")
            ?? setting("api.api_server") ?? setting("api.host") ?? hostedAPI
        var config = ServerConfiguration(apiServer: api)
        config.webServer = (overrides.webServer ?? variable("CLEARML_WEB_HOST", "TRAINS_WEB_HOST") ?? setting("api.web_server"))
            .map(trimmed) ?? inferWeb(fromAPI: config.apiServer)
        config.filesServer = (overrides.filesServer ?? variable("CLEARML_FILES_HOST", "TRAINS_FILES_HOST") ?? setting("api.files_server"))
            .map(trimmed) ?? (config.apiServer == hostedAPI ? hostedFiles : config.webServer.flatMap(inferFiles(fromWeb:)))
        config.configFile = file?.label
        config.warnings = file?.warnings ?? []

        let fileLabel = file?.label ?? "clearml.conf"
        let key: (String, String)? =
            overrides.accessKey.map { ($0, "--access-key/--secret-key") }
            ?? variable("CLEARML_API_ACCESS_KEY", "TRAINS_API_ACCESS_KEY").map { ($0, "CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY") }
            ?? setting("api.credentials.access_key").map { ($0, fileLabel) }
        let secret: (String, String)? =
            overrides.secretKey.map { ($0, "--access-key/--secret-key") }
            ?? variable("CLEARML_API_SECRET_KEY", "TRAINS_API_SECRET_KEY").map { ($0, "CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY") }
            ?? setting("api.credentials.secret_key").map { ($0, fileLabel) }
        switch (key, secret) {
        case let (k?, s?):
            config.credentials = Credentials(accessKey: k.0, secretKey: s.0, source: k.1 == s.1 ? k.1 : "\(k.1) (key) and \(s.1) (secret)")
        case (nil, nil):
            config.credentials = nil
        case (let k, _):
            let missing = k == nil ? "access key" : "secret key"
            throw ServerError(.configuration, endpoint: "configuration", message: "the ClearML \(missing) is missing (the other one comes from \((k ?? secret)!.1))")
        }
        return config
    }

    /// `CLEARML_CONFIG_FILE` (or the override) must exist; `~/clearml.conf` may be absent.
    static func loadFile(env: [String: String], overrides: ServerOverrides, readFile: (String) -> String?) throws(ServerError)
        -> (root: HOCONObject, label: String, warnings: [String])?
    {
        var candidates: [(path: String, label: String, required: Bool)] = []
        if let explicit = overrides.configFile ?? env["CLEARML_CONFIG_FILE"] ?? env["TRAINS_CONFIG_FILE"], !explicit.isEmpty {
            candidates.append((explicit, explicit, true))
        } else if let home = env["HOME"], !home.isEmpty {
            candidates.append((home + "/clearml.conf", "~/clearml.conf", false))
            candidates.append((home + "/trains.conf", "~/trains.conf", false))
        }
        for c in candidates {
            guard let text = readFile(c.path) else {
                if c.required { throw ServerError(.configuration, endpoint: "configuration", message: "cannot read the ClearML configuration file \(c.label)") }
                continue
            }
            var parser = HOCONParser()
            do {
                let root = try parser.parse(text)
                return (root, c.label, parser.warnings.map { "\(c.label): \($0)" })
            } catch {
                throw ServerError(.configuration, endpoint: "configuration", message: "\(c.label): \(error)")
            }
        }
        return nil
    }

    /// The SDK's `get_app_server_host`: `api.` → `app.`, `demoapi.` → `demoapp.`, port 8008 → 8080.
    public static func inferWeb(fromAPI api: String) -> String? {
        if api == hostedAPI { return hostedWeb }
        if api.contains("://demoapi.") { return api.replacingFirst("://demoapi.", with: "://demoapp.") }
        if api.contains("://api.") { return api.replacingFirst("://api.", with: "://app.") }
        if URLComponents(string: api)?.port == 8008 { return api.replacingFirst(":8008", with: ":8080") }
        return nil
    }

    /// The SDK's `get_files_server_host`: any port → 8081, else `app.` → `files.`, `demoapp.` → `demofiles.`, else `:8081` appended.
    public static func inferFiles(fromWeb web: String) -> String? {
        guard var parts = URLComponents(string: web), let host = parts.host else { return nil }
        if parts.port != nil {
            parts.port = 8081
        } else if host.hasPrefix("demoapp.") {
            parts.host = "demofiles." + host.dropFirst("demoapp.".count)
        } else if host.hasPrefix("app.") {
            parts.host = "files." + host.dropFirst("app.".count)
        } else {
            parts.port = 8081
        }
        return parts.string.map(trimmed)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
