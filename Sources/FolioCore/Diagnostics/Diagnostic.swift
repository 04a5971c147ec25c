import Foundation

/// A warning or error with the place it concerns: `report.md:42: widget 'loss' (scalar): …`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is; warnings still produce output (exit 3), errors stop the export.
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    public var message: String
    public var file: String?
    public var line: Int?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
    }

    public static func warning(_ message: String, file: String? = nil, line: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line)
    }

    public var description: String {
        var place = ""
        if let file { place = file + (line.map { ":\($0)" } ?? "") + ": " }
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// An error that stops an export, carrying its location.
public struct FolioError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public var file: String?
    public var line: Int?
    public init(_ message: String, file: String? = nil, line: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
    }
    public var description: String {
        var place = ""
        if let file { place = file + (line.map { ":\($0)" } ?? "") + ": " }
        return place + message
    }
}
