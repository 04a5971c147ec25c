import FolioCore

/// A page size in points.
public struct PageSize: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    public static let a4 = PageSize(width: 595.276, height: 841.89)
    public static let letter = PageSize(width: 612, height: 792)

    /// `a4` or `letter` (case-insensitive).
    public static func named(_ name: String) -> PageSize? {
        switch name.lowercased() {
        case "a4": return .a4
        case "letter": return .letter
        default: return nil
        }
    }
}

/// Everything layout needs besides the document.
public struct LayoutOptions: Sendable {
    public var pageSize: PageSize
    public var theme: Theme
    public var lineNumbers: Bool
    /// Shown in every page footer.
    public var footerTitle: String
    /// File name used in diagnostics.
    public var sourceName: String?

    public init(pageSize: PageSize = .a4, theme: Theme, lineNumbers: Bool = false, footerTitle: String, sourceName: String? = nil) {
        self.pageSize = pageSize
        self.theme = theme
        self.lineNumbers = lineNumbers
        self.footerTitle = footerTitle
        self.sourceName = sourceName
    }

    var contentWidth: Double { pageSize.width - theme.page.marginLeft - theme.page.marginRight }
    var contentHeight: Double { pageSize.height - theme.page.marginTop - theme.page.marginBottom }
}

