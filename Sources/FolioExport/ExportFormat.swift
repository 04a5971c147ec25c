// FolioExport: one input -> the requested outputs; widgets resolved, files written atomically.
import Foundation

/// An output format. A struct with static members rather than a closed enum: new formats are
/// one more static member and one more writer.
public struct ExportFormat: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let fileExtension: String

    public static let pdf = ExportFormat(name: "pdf", fileExtension: "pdf")
    public static let png = ExportFormat(name: "png", fileExtension: "png")
    public static let html = ExportFormat(name: "html", fileExtension: "html")
    /// Every format, in the order outputs are written.
    public static let all: [ExportFormat] = [.pdf, .png, .html]

    /// `pdf`, `png`, `html` (also `htm`), case-insensitive.
    public static func named(_ s: String) -> ExportFormat? {
        let n = s.lowercased()
        return all.first { $0.name == n || (n == "htm" && $0 == .html) }
    }

    public var description: String { name }
}
