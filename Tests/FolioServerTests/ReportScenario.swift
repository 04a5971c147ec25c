import FolioCore
import FolioTestSupport
import Foundation

/// A fake server holding one full report: text, a report image on the files server, an image
/// on a foreign host, scalar, single-value and debug-sample widgets, and a plot widget the
/// credentials may not see (403).
enum ReportScenario {
    static let reportImage = try! Data(contentsOf: repositoryRoot.appendingPathComponent("samples/sweep-summary/images/val-loss-overview.png"))
    static let sampleImage = try! Data(contentsOf: repositoryRoot.appendingPathComponent("samples/sweep-summary/images/train-batch-iter0.jpeg"))

    static func markdown(files: String, foreign: String) -> String {
        """
        # Sprint 12 results

        Weekly summary of the **resnet** runs.

        ![loss overview](\(files)/reports/r1/loss.png)

        <iframe src="https://app.example.com/widgets/?type=scalar&objectType=task&objects=aa11&metrics=loss&variants=train" name="loss" width="100%" height="400"></iframe>

        <iframe src="https://app.example.com/widgets/?type=single&objectType=task&objects=aa11" name="summary" width="100%" height="400"></iframe>

        <iframe src="https://old-host.example.com/widgets/?type=plot&objectType=task&objects=bb22&metrics=Confusion&variants=val" name="confusion" width="100%" height="400"></iframe>

        <iframe src="https://app.example.com/widgets/?type=sample&objectType=task&objects=aa11&metrics=predictions&variants=batch_0" name="predictions" width="100%" height="400"></iframe>

        An image elsewhere: ![elsewhere](\(foreign)/pic.png)
        """
    }

    static func make(foreign: String) throws -> FakeClearML {
        let fake = try FakeClearML()
        fake.projects = [("p1", "Vision")]
        let record: [String: Any] = [
            "id": "r1", "name": "Sprint 12 results", "comment": "Weekly summary", "status": "published",
            "tags": ["weekly"], "system_tags": ["hidden", "reports"], "report": markdown(files: fake.filesRoot, foreign: foreign),
            "report_assets": [fake.filesRoot + "/reports/r1/loss.png"], "created": "2024-05-01T10:00:00.123000+00:00",
            "last_update": "2024-05-02T08:30:00.000000+00:00", "project": ["id": "rp1", "name": "Vision/.reports"],
            "user": ["id": "u1", "name": "Ada"],
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        fake.reports = [("p1", json)]
        fake.files["/files/reports/r1/loss.png"] = reportImage
        let sampleURL = fake.filesRoot + "/proj/run.aa11/metrics/predictions/batch_0/predictions_batch_0_00000040.jpeg"
        fake.files["/files/proj/run.aa11/metrics/predictions/batch_0/predictions_batch_0_00000040.jpeg"] = sampleImage
        fake.taskData = { r in
            let body = r.bodyText
            let task = #"{"id":"aa11","name":"resnet-run-3","status":"completed","project":{"id":"p1"}}"#
            if body.contains("scalar_metrics_iter_histogram") {
                return .json(FakeClearML.envelope(#"{"tasks":[\#(task)],"scalar_metrics_iter_histogram":{"loss":{"train":{"aa11":{"name":"resnet-run-3","x":[0,10,20,30],"y":[2.31,1.12,0.87,0.61]}}}}}"#))
            }
            if body.contains("single_value_metrics") {
                return .json(FakeClearML.envelope(#"{"tasks":[\#(task)],"single_value_metrics":[{"task":"aa11","task_name":"resnet-run-3","values":[{"metric":"Summary","variant":"test_accuracy","value":0.913,"timestamp":1714557600000}]}]}"#))
            }
            if body.contains("debug_images") {
                return .json(FakeClearML.envelope(#"{"tasks":[\#(task)],"debug_images":[{"task":"aa11","iterations":[{"iter":40,"events":[{"task":"aa11","iter":40,"metric":"predictions","variant":"batch_0","type":"training_debug_image","timestamp":1714557600000,"url":"\#(sampleURL)"}]}]}]}"#))
            }
            return FakeClearML.error(403, 0, "Forbidden: task bb22 is not accessible")
        }
        return fake
    }
}
