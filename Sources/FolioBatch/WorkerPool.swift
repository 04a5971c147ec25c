import FolioCore
import FolioExport
import Foundation

/// Runs jobs on N threads, each with its own `Exporter`: Pango and fontconfig objects belong to
/// the thread that made them, so a worker never shares its font system.
enum WorkerPool {
    final class Box<R>: @unchecked Sendable {
        var results: [R?]
        var next = 0
        let lock = NSLock()
        init(count: Int) { results = Array(repeating: nil, count: count) }
    }

    /// `work(exporter, index)` for every index in `0..<count`, results in index order.
    static func run<R: Sendable>(
        count: Int, threads: Int, makeExporter: @escaping @Sendable () throws -> Exporter,
        work: @escaping @Sendable (Exporter?, Int) -> R
    ) -> [R] {
        let box = Box<R>(count: count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(threads, count)) {
            group.enter()
            PlainThread.start {
                // An exporter that cannot be made (fonts missing) still lets every job report its failure.
                let exporter = try? makeExporter()
                while true {
                    let i: Int? = box.lock.withLock {
                        guard box.next < count else { return nil }
                        defer { box.next += 1 }
                        return box.next
                    }
                    guard let i else { break }
                    let r = work(exporter, i)
                    box.lock.withLock { box.results[i] = r }
                }
                group.leave()
            }
        }
        group.wait()
        return box.results.map { $0! }
    }
}
