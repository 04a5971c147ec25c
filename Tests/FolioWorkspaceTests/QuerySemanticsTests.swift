import FolioTestSupport
import FolioWidgets
import Foundation
import XCTest

@testable import FolioWorkspace

/// Dynamic queries on a synthetic workspace of many generated tasks, checked against a
/// brute-force reference written from the documented semantics.
final class QuerySemanticsTests: XCTestCase {
    struct Generated {
        var id: String
        var name: String
        var project: String
        var type: String
        var tags: Set<String>
        var lastAcc: Double
        var lastUpdate: Int64
    }

    static let tagPool = ["best", "draft", "a", "b", "-odd"]
    static let projects = ["vision", "vision/sub", "vision/sub/deep", "nlp", "vision-2"]

    /// 120 tasks with random tags, projects, types, names and one `acc/val` series each.
    static let fixture: (Workspace, [Generated]) = {
        var rng = SeededGenerator(seed: 42)
        let dir = try! temporaryFolder("synthetic")
        var generated: [Generated] = []
        for i in 0..<120 {
            let id = String(format: "offline-%032x", i * 7919)
            var s = SessionFixture(id: id, name: (i % 3 == 0 ? "exp-" : "run-") + "\(i % 17)")
            s.project = projects[Int.random(in: 0..<projects.count, using: &rng)]
            s.type = Bool.random(using: &rng) ? "training" : "testing"
            s.tags = tagPool.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
            // Ties in the metric value exercise the id tie-break.
            let values = (0..<Int.random(in: 1...6, using: &rng)).map { _ in Double(Int.random(in: 0...20, using: &rng)) / 20 }
            let base = Int64(1_795_760_000_000 + Int.random(in: 0...1_000_000, using: &rng))
            s.metricLines = [
                "["
                    + values.enumerated().map { it, v in
                        SessionFixture.scalar(task: id, metric: "acc", variant: "val", iter: it, value: "\(v)", ts: base + Int64(it))
                    }.joined(separator: ", ") + "]"
            ]
            try! s.write(under: dir)
            generated.append(
                Generated(
                    id: id, name: s.name, project: s.project, type: s.type, tags: Set(s.tags), lastAcc: values.last!,
                    lastUpdate: base + Int64(values.count - 1)))
        }
        let ws = try! Workspace.inMemory()
        let report = ws.import(paths: [dir])
        precondition(report.failures.isEmpty && report.entries.count == 120, "\(report)")
        return (ws, generated)
    }()

    private func ids(_ url: String) throws -> [String] {
        try Self.fixture.0.taskData(request: WidgetQuery(url: url).effectiveRequestBody).tasks.map(\.id)
    }

    /// Reference tag semantics, evaluated term by term from the documentation (§4.6).
    static func referenceTags(_ list: [String], _ tags: Set<String>) -> Bool {
        var context = "or", global: String? = nil, legacy = true, negateNext = false
        var ors: [Bool] = [], ands: [Bool] = [], nots: [Bool] = []
        for v in list {
            if ["__$and", "__$all"].contains(v) { context = "and"; legacy = false; global = global ?? "and"; continue }
            if ["__$or", "__$any"].contains(v) { context = "or"; legacy = false; global = global ?? "or"; continue }
            if v == "__$not" { negateNext = true; continue }
            global = global ?? "and"
            if negateNext { nots.append(!tags.contains(v)); negateNext = false; continue }
            if legacy && v.hasPrefix("-") { nots.append(!tags.contains(String(v.dropFirst()))); continue }
            if context == "and" { ands.append(tags.contains(v)) } else { ors.append(tags.contains(v)) }
        }
        var parts: [Bool] = []
        if !ors.isEmpty { parts.append(ors.contains(true)) }
        if !ands.isEmpty { parts.append(!ands.contains(false)) }
        if !nots.isEmpty { parts.append(!nots.contains(false)) }
        if parts.isEmpty { return true }
        return global == "or" ? parts.contains(true) : !parts.contains(false)
    }

    func testTagOperatorsAgainstReferenceOnRandomLists() throws {
        let (_, tasks) = Self.fixture
        var rng = SeededGenerator(seed: 3)
        let tokens = ["__$and", "__$or", "__$all", "__$any", "__$not", "best", "draft", "a", "b", "-draft", "-a", "-odd"]
        var checked = 0
        for _ in 0..<300 {
            var list = (0..<Int.random(in: 1...5, using: &rng)).map { _ in tokens.randomElement(using: &rng)! }
            while list.last == "__$not" { list.removeLast() }
            if list.isEmpty || zip(list, list.dropFirst()).contains(where: { $0 == "__$not" && $1.hasPrefix("__$") }) {
                continue
            }
            let url = "/widgets/?type=single&" + list.map { "tags[]=" + FormEncoding.encode($0) }.joined(separator: "&")
            let expected = tasks.filter { Self.referenceTags(list, $0.tags) }.map(\.id)
            XCTAssertEqual(try ids(url), expected, "\(list)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 150)
    }

    func testDocumentedTagExamples() throws {
        let (_, tasks) = Self.fixture
        func expect(_ list: [String], _ predicate: (Set<String>) -> Bool) throws {
            let url = "/widgets/?type=single&" + list.map { "tags[]=" + FormEncoding.encode($0) }.joined(separator: "&")
            XCTAssertEqual(try ids(url), tasks.filter { predicate($0.tags) }.map(\.id), "\(list)")
        }
        try expect(["best"]) { $0.contains("best") }
        try expect(["a", "b", "__$and", "best", "draft"]) {
            ($0.contains("a") || $0.contains("b")) && $0.contains("best") && $0.contains("draft")
        }
        try expect(["__$or", "a", "__$and", "b", "best"]) { $0.contains("a") || ($0.contains("b") && $0.contains("best")) }
        try expect(["-draft"]) { !$0.contains("draft") }
        try expect(["__$not", "draft"]) { !$0.contains("draft") }
        // After an operator `-odd` is a literal tag, not an exclusion.
        try expect(["__$and", "-odd"]) { $0.contains("-odd") }
        try expect(["__$not", "-odd", "a"]) { !$0.contains("-odd") && $0.contains("a") }
    }

    func testOrderByLastMetricWithPagingAgainstReference() throws {
        let (_, tasks) = Self.fixture
        let path = MetricHash.path(metric: "acc", variant: "val")
        let sorted = tasks.sorted { ($0.lastAcc, $1.id) > ($1.lastAcc, $0.id) }.map(\.id)
        for (size, page) in [(5, 0), (7, 3), (50, 2), (1, 119), (10, 12)] {
            let url = "/widgets/?type=scalar&metrics=acc&order_by[]=-last_metrics.\(path).value&page_size=\(size)&page=\(page)"
            let start = min(size * page, sorted.count)
            XCTAssertEqual(try ids(url), Array(sorted[start..<min(start + size, sorted.count)]), url)
        }
        let ascending = tasks.sorted { ($0.lastAcc, $0.id) < ($1.lastAcc, $1.id) }.map(\.id)
        XCTAssertEqual(try ids("/widgets/?type=single&order_by[]=last_metrics.\(path).value"), ascending)
        // Latest run of a project (the docs' example).
        let vision = Workspace.projectID(forName: "vision")
        let latest = tasks.filter { $0.project == "vision" }.max { ($0.lastUpdate, $1.id) < ($1.lastUpdate, $0.id) }!.id
        XCTAssertEqual(try ids("/widgets/?type=scalar&project=\(vision)&page_size=1&page=0&order_by[]=-last_update"), [latest])
        let byName = tasks.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map(\.id)
        XCTAssertEqual(try ids("/widgets/?type=single&order_by[]=name"), byName)
    }

    func testProjectsByIdOrNameWithSubprojectsStatusTypeAndName() throws {
        let (_, tasks) = Self.fixture
        func inProjects(_ names: Set<String>) -> [String] { tasks.filter { names.contains($0.project) }.map(\.id) }
        let vision = Workspace.projectID(forName: "vision")
        XCTAssertEqual(try ids("/widgets/?type=single&project=\(vision)"), inProjects(["vision"]))
        XCTAssertEqual(try ids("/widgets/?type=single&project=vision"), inProjects(["vision"]))
        XCTAssertEqual(
            try ids("/widgets/?type=single&project=vision&include_subprojects=true"),
            inProjects(["vision", "vision/sub", "vision/sub/deep"]))
        XCTAssertEqual(try ids("/widgets/?type=single&project=nlp&project=vision-2"), inProjects(["nlp", "vision-2"]))
        XCTAssertEqual(try ids("/widgets/?type=single&type[]=testing"), tasks.filter { $0.type == "testing" }.map(\.id))
        XCTAssertEqual(try ids("/widgets/?type=single&status[]=completed").count, 120)
        XCTAssertEqual(try ids("/widgets/?type=single&status[]=published"), [])
        XCTAssertEqual(try ids("/widgets/?type=single&name=%5Eexp-1"), tasks.filter { $0.name.hasPrefix("exp-1") }.map(\.id))
        XCTAssertEqual(try ids("/widgets/?type=single").count, 120)
    }

    func testObjectsAreExactAndErrorsNameTheProblem() throws {
        let (ws, tasks) = Self.fixture
        XCTAssertEqual(try ids("/widgets/?type=single&objects=\(tasks[5].id)&objects=\(tasks[2].id)"), [tasks[2].id, tasks[5].id])
        let cases: [(String, WorkspaceError.Kind)] = [
            ("/widgets/?type=single&objects=\(tasks[0].id)&objects=offline-nope", .unknownTask("offline-nope")),
            ("/widgets/?type=single&tags[]=__$xor&tags[]=a", .invalidQuery("tags: unsupported operator '__$xor'")),
            ("/widgets/?type=single&tags[]=2024", .invalidQuery("tags: invalid value type, string expected (got 2024)")),
            ("/widgets/?type=single&tags[]=__$not", .invalidQuery("tags: value is expected after __$not")),
            ("/widgets/?type=single&name=(", .invalidQuery("name: invalid regular expression '('")),
            ("/widgets/?type=single&page_size=0", .invalidQuery("page_size must be >0")),
            ("/widgets/?type=single&objectType=model", .modelsUnsupported),
        ]
        for (url, kind) in cases {
            let q = try WidgetQuery(url: url, name: "w1")
            XCTAssertThrowsError(try ws.taskData(request: q.effectiveRequestBody, widget: q.label), url) { error in
                XCTAssertEqual((error as? WorkspaceError)?.kind, kind, url)
                XCTAssertTrue("\(error)".hasPrefix("widget 'w1': "), "\(error)")
            }
        }
    }
}
