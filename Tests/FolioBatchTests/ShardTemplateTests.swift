import FolioBatch
import Foundation
import XCTest

/// Sharding and output names, without rendering.
final class ShardTemplateTests: XCTestCase {
    func testEveryIdLandsInExactlyOneShardForEveryCount() throws {
        let ids = (0..<500).map { "reports/r\($0).md" }
        for n in 1...6 {
            let shards = try (0..<n).map { try Shard(index: $0, count: n) }
            for id in ids { XCTAssertEqual(shards.filter { $0.contains(id: id) }.count, 1, "\(id) in \(n) shards") }
            // Stable hashing spreads reports: no shard is empty among 500.
            for s in shards { XCTAssertGreaterThan(ids.filter(s.contains(id:)).count, 500 / n / 2) }
        }
        XCTAssertThrowsError(try Shard(parsing: "2/2"))
        XCTAssertThrowsError(try Shard(parsing: "a/2"))
        XCTAssertEqual(try Shard(parsing: "1/4"), try Shard(index: 1, count: 4))
    }

    func testTemplatesMakeSafeUniqueNames() throws {
        let items = [
            BatchItem(id: "b", project: "p/q", name: "Loss", origin: .markdown(URL(fileURLWithPath: "/b.md"))),
            BatchItem(id: "a", project: "p/q", name: "loss", origin: .markdown(URL(fileURLWithPath: "/a.md"))),
            BatchItem(id: "c", project: "other", name: "loss", origin: .markdown(URL(fileURLWithPath: "/c.md"))),
            BatchItem(id: "d", project: "p/q", name: "../.x", origin: .markdown(URL(fileURLWithPath: "/d.md"))),
        ]
        let t = OutputTemplate.standard
        XCTAssertEqual(t.uniqueNames(items), ["a": "loss", "b": "Loss-2", "c": "loss", "d": "../.x"])
        XCTAssertEqual(t.path(project: "p/q", name: "../.x", theme: "dark", ext: "pdf"), "p-q/-.x.pdf")
        XCTAssertEqual(OutputTemplate.themed.path(project: "p", name: "n", theme: "dark", ext: "html"), "p/n-dark.html")
        XCTAssertThrowsError(try OutputTemplate("{project}.{ext}").validate(themes: 1))
        XCTAssertThrowsError(try OutputTemplate("../{name}.{ext}").validate(themes: 1))
        XCTAssertThrowsError(try OutputTemplate("{name}.{ext}").validate(themes: 2))
    }

    func testTheExitCodeIsTheWorstOutcome() {
        func summary(_ s: [BatchStatus]) -> BatchSummary {
            BatchSummary(
                results: s.map {
                    BatchResult(
                        id: "\($0)", name: "n", project: "p", status: $0, outputs: [], warnings: [], error: nil, seconds: 0)
                })
        }
        XCTAssertEqual(summary([.ok, .unchanged]).exitCode, 0)
        XCTAssertEqual(summary([.ok, .warnings]).exitCode, 3)
        XCTAssertEqual(summary([.failed, .warnings, .ok]).exitCode, 1)
    }
}
