// folio-workspace-bench: times importing an offline session and answering its scalar widget.
// Usage: folio-workspace-bench [session.zip] [runs]
import FolioWidgets
import FolioWorkspace
import Foundation

let arguments = CommandLine.arguments
let session = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "samples/sessions/offline-0d5f3ba61a804ee788f0139afb40d01c.zip")
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let taskID = session.deletingPathExtension().lastPathComponent
let budget = Duration.seconds(1)

func seconds(_ d: Duration) -> String { String(format: "%.3f s", Double(d.components.attoseconds) / 1e18 + Double(d.components.seconds)) }

var totals: [Duration] = []
for run in 1...runs {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bench-\(ProcessInfo.processInfo.processIdentifier)-\(run)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let clock = ContinuousClock()
    let start = clock.now
    let workspace = try Workspace.open(at: dir.appendingPathComponent("workspace.sqlite"))
    let report = workspace.import(paths: [session])
    let imported = clock.now
    guard report.failures.isEmpty else {
        print(report)
        exit(2)
    }
    let query = try WidgetQuery(url: "/widgets/?type=scalar&objects=\(taskID)&metrics=loss&metrics=learning_rate")
    let data = try await workspace.taskData(for: query)
    let answered = clock.now
    let points = data.scalarMetricsIterHistogram?.values.flatMap(\.values).flatMap(\.values).reduce(0) { $0 + $1.x.count } ?? 0
    totals.append(answered - start)
    print("run \(run): import \(seconds(imported - start)), scalar answer \(seconds(answered - imported)) (\(points) points), total \(seconds(answered - start))")
}
let best = totals.min()!
let median = totals.sorted()[totals.count / 2]
print("import + scalar answer: best \(seconds(best)), median \(seconds(median)), budget \(seconds(budget)): \(median < budget ? "OK" : "OVER BUDGET")")
exit(median < budget ? 0 : 1)
