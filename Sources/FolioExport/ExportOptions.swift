import FolioCore
import FolioLayout
import Foundation

/// What an export should produce; the CLI maps flags onto this, the library never reads flags.
public struct ExportOptions: Sendable {
    public var formats: [ExportFormat]
    /// `light`, `dark` or a theme file path.
    public var theme: String
    public var pageSize: PageSize
    public var ppi: Double
    public var strict: Bool
    public var lineNumbers: Bool
    /// Output file (one format) or directory (several); nil writes beside the current directory.
    public var output: URL?
    /// Fixed creation date (seconds since 1970) for reproducible PDFs; from SOURCE_DATE_EPOCH.
    public var sourceDateEpoch: Int?

    public init(
        formats: [ExportFormat] = [.pdf], theme: String = "light", pageSize: PageSize = .a4, ppi: Double = 144,
        strict: Bool = false, lineNumbers: Bool = false, output: URL? = nil, sourceDateEpoch: Int? = nil
    ) {
        self.formats = formats
        self.theme = theme
        self.pageSize = pageSize
        self.ppi = ppi
        self.strict = strict
        self.lineNumbers = lineNumbers
        self.output = output
        self.sourceDateEpoch = sourceDateEpoch
    }
}

/// What an export did.
public struct ExportReport: Sendable {
    public var written: [URL]
    public var diagnostics: [Diagnostic]
    public var timings: [(stage: String, seconds: Double)]
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }
}
