import Foundation

/// An access key and secret, with where they came from. Printing one never shows the values.
public struct Credentials: Sendable, Equatable, CustomStringConvertible {
    /// The access key (sent only inside the Basic header of `auth.login`).
    public var accessKey: String
    /// The secret key (sent only inside the Basic header of `auth.login`).
    public var secretKey: String
    /// Where they were read, for messages: `~/clearml.conf`, `CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY`, `--access-key/--secret-key`.
    public var source: String

    /// Credentials and where they were read.
    public init(accessKey: String, secretKey: String, source: String) {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.source = source
    }

    /// `credentials from <source>`, never the values.
    public var description: String { "credentials from \(source)" }

    /// `text` with every occurrence of the key or secret replaced by `***`.
    public func redact(_ text: String) -> String {
        var out = text
        for secret in [secretKey, accessKey] where secret.count >= 4 {
            out = out.replacingOccurrences(of: secret, with: "***")
        }
        return out
    }
}
