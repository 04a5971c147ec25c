import Foundation

extension ExportRequest {
    /// `folio export FILE [-o OUT] [--format F]… [--theme T]… [--page-size P] [--ppi N]
    /// [--strict] [--line-numbers] [--workspace DIR] [--timings]`, read without ArgumentParser.
    ///
    /// ArgumentParser's first parse of the export command costs about 6 ms (reflection over every
    /// option, and the runtime's conformance lookups behind it), on the critical path of a short
    /// export. This reads only that common local form, with `--name value`, `--name=value` and
    /// `-o value` spellings. Anything else (help, `help` as the input, a report URL, a bundle
    /// folder, server options, `--`, a repeated single-value option, a value that looks like an
    /// option, a number that is not one) gives nil and goes through ArgumentParser, so its checks
    /// and messages stay the only ones. The request then runs exactly as the parsed command's would.
    init?(fastArguments args: [String]) {
        guard args.first == "export" else { return nil }
        var rest = args.dropFirst()[...]
        var seen: Set<String> = []
        while let arg = rest.popFirst() {
            guard arg.hasPrefix("-") else {
                guard input == nil else { return nil }
                input = arg
                continue
            }
            let (spelled, inline) = Self.split(arg)
            let name = spelled == "-o" ? "--output" : spelled
            // Single-value options and flags once only: ArgumentParser decides what a repeat means.
            guard name == "--format" || name == "--theme" || seen.insert(name).inserted else { return nil }
            func value() -> String? {
                if let inline { return inline }
                guard let next = rest.first, !next.hasPrefix("-") else { return nil }
                return rest.popFirst()
            }
            switch name {
            case "--output": guard let v = value() else { return nil }; output = v
            case "--format": guard let v = value() else { return nil }; formats.append(v)
            case "--theme": guard let v = value() else { return nil }; render.themes.append(v)
            case "--page-size": guard let v = value() else { return nil }; render.pageSize = v
            case "--ppi": guard let v = value(), let ppi = Double(v) else { return nil }; render.ppi = ppi
            case "--workspace": guard let v = value() else { return nil }; workspace = v
            case "--strict": guard inline == nil else { return nil }; render.strict = true
            case "--line-numbers": guard inline == nil else { return nil }; render.lineNumbers = true
            case "--timings": guard inline == nil else { return nil }; timings = true
            default: return nil
            }
        }
        // A report URL or a bundle folder is RemoteReport's to resolve (and check).
        guard let input, input != "help", !input.hasPrefix("http://"), !input.hasPrefix("https://") else { return nil }
        var info = stat()
        if stat(input, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return nil }
    }

    /// `--name=value` into its two halves; `-o` and bare flags have no inline value.
    private static func split(_ arg: String) -> (name: String, inline: String?) {
        guard arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
        return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }
}
