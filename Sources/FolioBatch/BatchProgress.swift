import Foundation

/// Progress on stderr: one line per finished report, a redrawn bar on a terminal, or nothing.
public final class BatchProgress: @unchecked Sendable {
    /// How progress is shown.
    public enum Style: Sendable { case lines, bar, none }

    let style: Style
    let total: Int
    let write: @Sendable (String) -> Void
    let start = DispatchTime.now().uptimeNanoseconds
    private let lock = NSLock()
    private var done = 0

    /// Progress over `total` reports, written through `write` (stderr by default).
    public init(
        style: Style, total: Int, write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.style = style
        self.total = total
        self.write = write
    }

    /// A report has started (the bar names it as current).
    public func started(_ item: BatchItem) {
        guard style == .bar else { return }
        lock.withLock { write(bar(current: item.name)) }
    }

    /// A report has finished.
    public func finished(_ result: BatchResult) {
        lock.withLock {
            done += 1
            switch style {
            case .none: break
            case .lines:
                let detail =
                    result.error.map { ": \($0)" } ?? (result.warnings.isEmpty ? "" : ": \(result.warnings.count) warning(s)")
                write("[\(done)/\(total)] \(result.status.rawValue) \(result.label)\(detail)\n")
            case .bar:
                write(bar(current: result.name))
                if done == total { write("\n") }
            }
        }
    }

    private func bar(current: String) -> String {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let eta = done == 0 ? "--" : Self.clock(elapsed / Double(done) * Double(total - done))
        let name = current.count > 30 ? String(current.prefix(29)) + "…" : current
        return
            "\r\u{1B}[K[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)  \(name)  \(Self.clock(elapsed)) elapsed, ETA \(eta)"
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
