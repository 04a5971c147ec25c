import ArgumentParser
import FolioCore
import FolioExport
import FolioMarkdown
import Foundation

/// `folio inspect model FILE`: the document model as a text tree (what tests snapshot).
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show a stage's intermediate result, for debugging reports.",
        subcommands: [Model.self, Frames.self])

    struct Frames: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the laid-out pages as a frame dump.")
        @Argument var input: String
        @OptionGroup var render: RenderOptions
        @OptionGroup var data: DataOptions
        func run() throws {
            let options = try render.exportOptions(formats: [.pdf])
            let source = try Exporter.source(markdownFile: URL(fileURLWithPath: input), sourceDateEpoch: options.sourceDateEpoch)
            print(try Session.exporter().layout(source, options: options, dataSource: try data.dataSource()).dump(), terminator: "")
        }
    }

    struct Model: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the parsed document model.")
        @Argument var input: String
        func run() throws {
            guard let text = try? String(contentsOfFile: input, encoding: .utf8) else { throw FolioError("cannot read", file: input) }
            let result = MarkdownParser().parse(text, sourcePath: input)
            print(result.document.dump(), terminator: "")
            for d in result.diagnostics { FileHandle.standardError.write(Data("folio: \(d)\n".utf8)) }
        }
    }
}
