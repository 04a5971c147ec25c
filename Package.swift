// swift-tools-version:6.0
// Folio: ClearML reports (Markdown + widget embeds) to PDF, PNG and self-contained HTML.
import PackageDescription

/// Pango, Cairo, fontconfig and cmark-gfm are reached through one thin target each;
/// every other target sees Swift value types only.
let cLibraries: [Target] = [
    .systemLibrary(
        name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
        providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
    .systemLibrary(
        name: "CCairo", pkgConfig: "cairo",
        providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]),
    .systemLibrary(
        name: "CPangoCairo", pkgConfig: "pangocairo",
        providers: [.apt(["libpango1.0-dev"]), .brew(["pango"])]),
    .systemLibrary(
        name: "CFontconfig", pkgConfig: "fontconfig",
        providers: [.apt(["libfontconfig-dev"]), .brew(["fontconfig"])]),
]

let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .library(
            name: "Folio",
            targets: [
                "FolioCore", "FolioMarkdown", "FolioHighlight", "FolioCharts", "FolioWidgets",
                "FolioWorkspace", "FolioLayout", "FolioRender", "FolioHTML", "FolioExport",
            ]),
        .executable(name: "folio", targets: ["FolioCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: cLibraries + [
        // Shared value types: document model, theme, colours, chart scene, diagnostics.
        .target(name: "FolioCore"),
        // Markdown (cmark-gfm) -> Document.
        .target(name: "FolioMarkdown", dependencies: ["FolioCore", "CCmarkGFM"]),
        // Code -> [Token]; pure Swift, no colours.
        .target(name: "FolioHighlight"),
        // Chart specs -> Scene, and Scene -> SVG; pure Swift.
        .target(name: "FolioCharts", dependencies: ["FolioCore"]),
        // Widget URLs -> WidgetQuery; the data-source seam and response shapes.
        .target(name: "FolioWidgets", dependencies: ["FolioCore", "FolioCharts", crypto]),
        // ClearML offline sessions -> an embedded SQLite workspace answering widget queries.
        .target(
            name: "FolioWorkspace",
            dependencies: [
                "FolioWidgets", crypto,
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Document + theme -> pages of frames (Pango).
        .target(
            name: "FolioLayout",
            dependencies: ["FolioCore", "FolioHighlight", "FolioCharts", "CPangoCairo", "CCairo", "CFontconfig"]),
        // Pages of frames -> PDF / PNG (Cairo).
        .target(name: "FolioRender", dependencies: ["FolioLayout", "FolioCharts", "CCairo", "CPangoCairo"]),
        // Document + scenes -> one self-contained HTML file.
        .target(name: "FolioHTML", dependencies: ["FolioCore", "FolioHighlight", "FolioCharts"]),
        // Orchestration: input -> outputs, widgets resolved, files written atomically.
        .target(
            name: "FolioExport",
            dependencies: [
                "FolioCore", "FolioMarkdown", "FolioLayout", "FolioRender", "FolioHTML", "FolioWidgets",
                "FolioWorkspace", "FolioCharts", "FolioHighlight",
            ]),
        // Argument parsing only.
        .executableTarget(
            name: "FolioCLI",
            dependencies: ["FolioExport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Token dumps and timings for scripts/highlight (Pygments agreement, benchmark).
        .executableTarget(name: "folio-highlight-dump", dependencies: ["FolioHighlight"], path: "Sources/FolioHighlightDump"),
        // assertSnapshot and friends for every test target.
        .target(name: "FolioTestSupport", dependencies: ["FolioCore"], path: "Tests/FolioTestSupport"),

        .testTarget(name: "FolioCoreTests", dependencies: ["FolioCore", "FolioTestSupport"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioHighlightTests", dependencies: ["FolioHighlight", "FolioTestSupport"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioTestSupport"]),
        .testTarget(name: "FolioWidgetsTests", dependencies: ["FolioWidgets", "FolioTestSupport"]),
        .testTarget(name: "FolioWorkspaceTests", dependencies: ["FolioWorkspace", "FolioTestSupport"]),
        .testTarget(name: "FolioLayoutTests", dependencies: ["FolioLayout", "FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioRenderTests", dependencies: ["FolioRender", "FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioHTMLTests", dependencies: ["FolioHTML", "FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioExportTests", dependencies: ["FolioExport", "FolioTestSupport"]),
    ]
)
