import Foundation

/// Everything visual that is not structure: colours, fonts, sizes, spacing. Loaded from
/// `Themes/<name>.json`; later stages read it, none of them hard-codes a colour.
public struct Theme: Sendable, Codable, Equatable {
    public var name: String
    public var page: PageStyle
    public var fonts: Fonts
    public var colors: TextColors
    /// Font-size multipliers for H1…H6 relative to the body size.
    public var headingScale: [Double]
    public var code: CodeStyle
    public var quote: QuoteStyle
    public var table: TableStyle
    public var spacing: Spacing
    /// Syntax token colours by token kind name (`keyword`, `doc-comment`, …).
    public var tokens: [String: Color]
    /// Chart colours and sizes, handed to the chart engine as is.
    public var chart: ChartStyle

    /// Page background and margins in points.
    public struct PageStyle: Sendable, Codable, Equatable {
        public var background: Color
        public var marginTop: Double
        public var marginBottom: Double
        public var marginLeft: Double
        public var marginRight: Double
    }

    /// Font families (Pango family lists, comma-separated fallbacks) and sizes in points.
    public struct Fonts: Sendable, Codable, Equatable {
        public var body: String
        public var mono: String
        public var bodySize: Double
        public var codeSize: Double
        public var footerSize: Double
        /// Line height as a multiple of the font size.
        public var lineHeight: Double
    }

    /// Colours of running text.
    public struct TextColors: Sendable, Codable, Equatable {
        public var text: Color
        public var muted: Color
        public var heading: Color
        public var link: Color
        public var rule: Color
        public var checkbox: Color
        public var placeholderBackground: Color
        public var placeholderBorder: Color
    }

    /// Code blocks and inline code.
    public struct CodeStyle: Sendable, Codable, Equatable {
        public var background: Color
        public var foreground: Color
        public var border: Color
        public var inlineBackground: Color
        public var inlineForeground: Color
        public var lineNumber: Color
        public var padding: Double
    }

    /// Block quotes and expanded `<details>` sections.
    public struct QuoteStyle: Sendable, Codable, Equatable {
        public var bar: Color
        public var text: Color
        public var barWidth: Double
        public var detailsBar: Color
    }

    /// GFM tables.
    public struct TableStyle: Sendable, Codable, Equatable {
        public var headerBackground: Color
        public var headerText: Color
        public var stripe: Color
        public var border: Color
        public var cellPaddingX: Double
        public var cellPaddingY: Double
    }

    /// Vertical rhythm and indents, in points.
    public struct Spacing: Sendable, Codable, Equatable {
        public var paragraph: Double
        public var headingAbove: Double
        public var headingBelow: Double
        public var listIndent: Double
        public var quoteIndent: Double
        public var listItem: Double
    }
}
