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
    // PNG output: Folio encodes page and chart PNGs itself (cairo's encoder is fixed to slow settings).
    .systemLibrary(
        name: "CDeflate", pkgConfig: "zlib",
        providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    // JPEG debug samples and report images must decode for PNG output (cairo reads PNG only).
    .systemLibrary(
        name: "CTurboJPEG", pkgConfig: "libturbojpeg",
        providers: [.apt(["libturbojpeg0-dev"]), .brew(["jpeg-turbo"])]),
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
                "FolioWorkspace", "FolioWidgetCharts", "FolioLayout", "FolioRender", "FolioHTML", "FolioExport",
                "FolioServer", "FolioBatch",
            ]),
        .executable(name: "folio", targets: ["FolioCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
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
        .target(name: "FolioWidgets", dependencies: ["FolioCore", crypto]),
        // Widget data + theme + size -> Scene: the web app's presentation rules, drawn natively.
        .target(name: "FolioWidgetCharts", dependencies: ["FolioCore", "FolioWidgets", "FolioCharts"]),
        // ClearML offline sessions -> an embedded SQLite workspace answering widget queries.
        .target(
            name: "FolioWorkspace",
            dependencies: [
                "FolioCore", "FolioWidgets", crypto,
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Document + theme -> pages of frames (Pango).
        .target(
            name: "FolioLayout",
            dependencies: ["FolioCore", "FolioHighlight", "FolioCharts", "CPangoCairo", "CCairo", "CFontconfig", "CPangoSync"]),
        // Pango's font matching on the calling thread instead of two new threads per pattern
        // (see Sources/CPangoSync/pangosync.c).
        .target(name: "CPangoSync", linkerSettings: [.linkedLibrary("glib-2.0")]),
        // Pages of frames -> PDF / PNG (Cairo).
        // cairo's PDF streams compressed by libdeflate (see Sources/CFastDeflate/fastdeflate.c).
        .target(name: "CFastDeflate", linkerSettings: [.linkedLibrary("z"), .linkedLibrary("deflate")]),
        // The numbers cairo writes into a PDF, formatted exactly without glibc's bignum printf
        // (see Sources/CFastFormat/fastformat.c).
        .target(name: "CFastFormat", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "FolioRender", dependencies: ["FolioLayout", "FolioCharts", "CCairo", "CPangoCairo", "CTurboJPEG", "CDeflate", "CFastDeflate", "CFastFormat"]),
        // Document + scenes -> one self-contained HTML file.
        .target(name: "FolioHTML", dependencies: ["FolioCore", "FolioHighlight", "FolioCharts"]),
        // Orchestration: input -> outputs, widgets resolved, files written atomically.
        .target(
            name: "FolioExport",
            dependencies: [
                "FolioCore", "FolioMarkdown", "FolioLayout", "FolioRender", "FolioHTML", "FolioWidgets",
                "FolioWorkspace", "FolioCharts", "FolioHighlight", "FolioWidgetCharts",
            ]),
        // Times a session import plus its scalar widget (scripts/workspace/bench.sh).
        .executableTarget(
            name: "folio-workspace-bench", dependencies: ["FolioWorkspace", "FolioWidgets"],
            path: "scripts/workspace/bench"),
        // A ClearML server and frozen report bundles as widget data sources (clearml.conf, REST, bundles).
        .target(
            name: "FolioServer",
            dependencies: [
                "FolioCore", "FolioWidgets", "FolioMarkdown", "FolioWidgetCharts", crypto,
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]),
        // Many reports (a folder, a workspace project) -> batch exports, dated snapshots, verification.
        .target(
            name: "FolioBatch",
            dependencies: [
                "FolioCore", "FolioExport", "FolioWidgets", "FolioWorkspace", "FolioServer", "FolioMarkdown",
                "FolioWidgetCharts", crypto,
            ]),
        // Times the plot widgets: 500-task parcoords and a 1000 x 1000 heatmap (scripts/plots/bench.sh).
        .executableTarget(
            name: "folio-plots-bench",
            dependencies: ["FolioWidgetCharts", "FolioWidgets", "FolioCharts", "FolioMarkdown", "FolioLayout", "FolioRender"],
            path: "scripts/plots/bench"),
        // glibc's heap growth step, set by `folio` at start-up (see Sources/CMallocTuning/malloctuning.c).
        .target(name: "CMallocTuning"),
        // Argument parsing only.
        .executableTarget(
            name: "FolioCLI",
            dependencies: ["CMallocTuning", "FolioExport", "FolioMarkdown", "FolioLayout", "FolioWidgets", "FolioWorkspace", "FolioServer", "FolioBatch", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["folio.exports", "StaticCxx"],
            linkerSettings: [
                .unsafeFlags([
                    "-Xlinker", "--version-script=\(Context.packageDirectory)/Sources/FolioCLI/folio.exports",
                    // The C++ runtime linked in rather than loaded: StaticCxx/libstdc++.so is a linker
                    // script naming libstdc++.a, found before the toolchain's shared libstdc++. Loading
                    // libstdc++.so.6 cost every export about 1,700 symbol lookups and its static
                    // initialisers (2-3 ms of a small report). No other library Folio loads uses it.
                    "-L", "\(Context.packageDirectory)/Sources/FolioCLI/StaticCxx",
                ])
            ]),
        // A 3 × 1,000,000-point chart built and painted to PDF and PNG (bench/charts.py).
        .executableTarget(
            name: "folio-chart-render-bench", dependencies: ["FolioCharts", "FolioLayout", "FolioRender"],
            path: "Sources/FolioChartRenderBench"),
        // Times the chart engine on 3 × 1,000,000 points (scripts/charts/bench.sh).
        .executableTarget(name: "folio-chart-bench", dependencies: ["FolioCharts"], path: "Sources/FolioChartBench"),
        // Token dumps and timings for scripts/highlight (Pygments agreement, benchmark).
        .executableTarget(name: "folio-highlight-dump", dependencies: ["FolioHighlight"], path: "Sources/FolioHighlightDump"),
        // assertSnapshot and friends for every test target.
        .target(name: "FolioTestSupport", dependencies: ["FolioCore", "FolioMarkdown", "FolioLayout", "FolioCharts"], path: "Tests/FolioTestSupport"),

        .testTarget(name: "FolioCoreTests", dependencies: ["FolioCore", "FolioTestSupport"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown", "FolioTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "FolioHighlightTests", dependencies: ["FolioHighlight", "FolioTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts", "FolioTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "FolioWidgetsTests", dependencies: ["FolioWidgets", "FolioTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "FolioWorkspaceTests",
            dependencies: [
                "FolioWorkspace", "FolioWidgets", "FolioTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ], exclude: ["Snapshots"]),
        .testTarget(
            name: "FolioWidgetChartsTests", dependencies: ["FolioWidgetCharts", "FolioWorkspace", "FolioTestSupport"],
            exclude: ["Snapshots"]),
        .testTarget(name: "FolioLayoutTests", dependencies: ["FolioLayout", "FolioMarkdown", "FolioTestSupport", "CPangoCairo", "CPangoSync"], exclude: ["Snapshots"]),
        .testTarget(name: "FolioRenderTests", dependencies: ["FolioRender", "FolioMarkdown", "FolioTestSupport", "CCairo", "CDeflate", "CFastFormat"], exclude: ["Snapshots"]),
        .testTarget(name: "FolioHTMLTests", dependencies: ["FolioHTML", "FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioExportTests", dependencies: ["FolioExport", "FolioTestSupport"]),
        .testTarget(name: "FolioCLITests", dependencies: ["FolioCLI"]),
        .testTarget(
            name: "FolioServerTests",
            dependencies: [
                "FolioServer", "FolioExport", "FolioWidgets", "FolioTestSupport",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ], exclude: ["Snapshots"]),
        .testTarget(name: "FolioBatchTests", dependencies: ["FolioBatch", "FolioExport", "FolioWorkspace", "FolioTestSupport"]),
    ]
)
