// folio-highlight-dump: files in, token spans out, for scripts/highlight (agreement and bench).
import FolioHighlight
import Foundation

/// Usage: folio-highlight-dump [--time N] LANGUAGE FILE...
/// Prints, per file, `# FILE` then one `KIND<TAB>SCALARS` line per token (KIND `-` for plain).
/// With `--time N`, highlights each file N times and prints only the seconds taken.
var args = Array(CommandLine.arguments.dropFirst())
var repeats = 0
if args.first == "--time", args.count > 1 {
    repeats = Int(args[1]) ?? 1
    args.removeFirst(2)
}
guard args.count >= 2 else {
    FileHandle.standardError.write("usage: folio-highlight-dump [--time N] LANGUAGE FILE...\n".data(using: .utf8)!)
    exit(2)
}
let language = Highlighter.language(named: args[0])
var out = ""
for path in args.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write("cannot read \(path)\n".data(using: .utf8)!)
        exit(1)
    }
    let code = String(decoding: data, as: UTF8.self)
    if repeats > 0 {
        let start = DispatchTime.now().uptimeNanoseconds
        var tokenCount = 0
        for _ in 0..<repeats { tokenCount += Highlighter.highlight(code, language: language).count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        out += String(format: "%.4f %d\n", seconds / Double(repeats), tokenCount / repeats)
        continue
    }
    let tokens = Highlighter.highlight(code, language: language)
    if tokens.map(\.text).joined() != code {
        FileHandle.standardError.write("NOT LOSSLESS: \(path)\n".data(using: .utf8)!)
        exit(3)
    }
    out += "# \(path)\n"
    for t in tokens { out += "\(t.kind?.rawValue ?? "-")\t\(t.text.unicodeScalars.count)\n" }
}
FileHandle.standardOutput.write(out.data(using: .utf8)!)
