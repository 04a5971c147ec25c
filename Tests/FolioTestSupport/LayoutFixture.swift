import FolioCharts
import FolioCore
import FolioLayout
import FolioMarkdown
import FolioTestSupport
import Foundation

/// Lays out Markdown with the bundled fonts and the light theme, as the CLI would.
public enum LayoutFixture {
    nonisolated(unsafe) public static let fonts = try! FontSystem(
        fontsDirectory: repositoryRoot.appendingPathComponent("Fonts"),
        cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-fontconfig"))
    public static let theme = try! ThemeLoader(builtInDirectory: repositoryRoot.appendingPathComponent("Themes")).load("light")

    public static func layout(_ md: String, images: ImageStore = ImageStore(), pageSize: PageSize = .a4, lineNumbers: Bool = false) -> LayoutResult {
        let doc = MarkdownParser().parse(md, sourcePath: "t.md").document
        let options = LayoutOptions(pageSize: pageSize, theme: theme, lineNumbers: lineNumbers, footerTitle: doc.title, sourceName: "t.md")
        return LayoutEngine(fonts: fonts, options: options).layout(doc, images: images, widgets: PlaceholderWidgetPresenter(theme: theme))
    }

    /// Body text lines of a page in paint order (footer excluded), with their baselines.
    public static func lines(_ page: Page) -> [(text: String, y: Double, x: Double)] {
        var out: [(String, Double, Double)] = []
        for item in page.items.dropLast(2) {
            if case .text(let block, let range, let origin) = item {
                for i in range { out.append((block.lines[i].text, origin.y + block.lines[i].baseline, origin.x + block.lines[i].x)) }
            }
        }
        return out
    }
}
