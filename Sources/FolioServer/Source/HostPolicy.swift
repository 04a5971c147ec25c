import Foundation

/// Which hosts Folio may contact for a URL found in a report or an answer: the configured API
/// and files hosts (with the token), hosts the user allowed (without it), nothing else.
public struct HostPolicy: Sendable {
    /// How a URL may be fetched.
    public enum Decision: Sendable, Equatable {
        /// A configured host: send the Bearer token.
        case withToken(String)
        /// A host the user allowed: no credentials.
        case withoutToken(String)
        /// Not fetched, with the reason.
        case refused(String)
    }

    let trusted: [String]
    let allowed: Set<String>
    let filesRoot: String?

    /// The policy for a configuration.
    public init(configuration: ServerConfiguration) {
        trusted = [configuration.apiServer, configuration.filesServer].compactMap { $0 }.compactMap(HostPolicy.authority)
        allowed = Set(configuration.allowedHosts.map { $0.lowercased() })
        filesRoot = configuration.filesServer
    }

    /// Decides for `url`; a relative URL (`/reports/…`) is resolved against the files server.
    public func decide(_ url: String) -> Decision {
        var absolute = url
        if url.hasPrefix("/") && !url.hasPrefix("//"), let root = filesRoot { absolute = root + url }
        guard let parts = URLComponents(string: absolute), let scheme = parts.scheme?.lowercased(), let host = parts.host?.lowercased() else {
            return .refused("not a URL Folio can fetch")
        }
        guard scheme == "http" || scheme == "https" else {
            return .refused("\(scheme):// storage is not fetched (only the ClearML files server is)")
        }
        let authority = HostPolicy.authority(absolute) ?? host
        if trusted.contains(authority) { return .withToken(absolute) }
        if allowed.contains(host) || allowed.contains(authority) { return .withoutToken(absolute) }
        return .refused("host '\(authority)' is not the configured ClearML server; not fetched (allow it with --allow-host \(host))")
    }

    /// `host[:port]` in lower case, the port only when not the scheme's default.
    static func authority(_ url: String) -> String? {
        guard let parts = URLComponents(string: url), let host = parts.host?.lowercased() else { return nil }
        let defaultPort = parts.scheme?.lowercased() == "https" ? 443 : 80
        guard let port = parts.port, port != defaultPort else { return host }
        return "\(host):\(port)"
    }
}
