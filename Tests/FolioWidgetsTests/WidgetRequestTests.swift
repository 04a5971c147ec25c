import FolioCore
import FolioTestSupport
import FolioWidgets
import XCTest

/// The request bodies (§4.3), the forwarded query string and the server's merge rules (§1.2).
final class WidgetRequestTests: XCTestCase {
    func testBodiesPerTypeMatchTheWebApp() throws {
        let base = "/widgets/?objectType=task&objects=a1&objects=b2&metrics=loss&metrics=acc&variants=train&variants=val"
        let expected: [WidgetType: String] = [
            .plot:
                #"{"id":["a1","b2"],"model_events":false,"plots":{"iters":1,"metrics":[{"metric":"loss","variants":["train","val"]},{"metric":"acc","variants":["train","val"]}]}}"#,
            .scalar:
                #"{"id":["a1","b2"],"model_events":false,"scalar_metrics_iter_histogram":{"metrics":[{"metric":"loss","variants":["train","val"]},{"metric":"acc","variants":["train","val"]}],"key":"iter"}}"#,
            .sample:
                #"{"id":["a1","b2"],"debug_images":{"iters":1,"metrics":[{"metric":"loss","variants":["train","val"]},{"metric":"acc","variants":["train","val"]}]}}"#,
            .single: #"{"id":["a1","b2"],"model_events":false,"single_value_metrics":{}}"#,
            .parcoords:
                #"{"id":["a1","b2"],"only_fields":["last_metrics","name","last_iteration","project","hyperparams.train","hyperparams.val"]}"#,
        ]
        for type in WidgetType.allCases {
            let q = try WidgetQuery(url: base + "&type=\(type.rawValue)")
            XCTAssertEqual(JSONValue.object(q.requestBody).jsonText, expected[type], type.rawValue)
        }
    }

    func testReferenceDynamicExampleGivesPathAndEffectiveBody() throws {
        let q = try WidgetQuery(
            url: "https://app.example.com/widgets/?type=scalar&objectType=model&xaxis=timestamp&metrics=loss&variants=train"
                + "&variants=val&project=4043a1&page_size=1&page=0&order_by[]=-last_update&name=run+1")
        XCTAssertEqual(
            q.requestPath,
            "reports.get_task_data?xaxis=timestamp&project=4043a1&page_size=1&page=0&order_by%5B%5D=-last_update&name=run+1")
        XCTAssertEqual(
            JSONValue.object(q.effectiveRequestBody).jsonText,
            #"{"id":[],"model_events":true,"scalar_metrics_iter_histogram":{"metrics":[{"metric":"loss","variants":["train","val"]}],"key":"timestamp"},"xaxis":"timestamp","project":"4043a1","page_size":1,"page":0,"order_by":["-last_update"],"name":"run 1"}"#
        )
    }

    func testServerConversionRules() {
        let cases: [(String, JSONValue)] = [
            ("12", .int(12)), ("1.5", .double(1.5)), ("1.", .double(1)), (".5", .double(0.5)),
            ("1.2.3", .string("1.2.3")), ("-5", .string("-5")), (".", .string(".")), ("", .string("")),
            ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("tRue", .string("tRue")),
            ("false", .bool(false)), ("FALSE", .bool(false)), ("1e5", .string("1e5")), ("abc", .string("abc")),
        ]
        for (text, value) in cases { XCTAssertEqual(QueryStringMerger.convert(text), value, text) }
    }

    func testMergeListsNestingOverwriteAndNoCommaSplit() {
        let merged = QueryStringMerger.merge(
            [("tags[]", "a,b"), ("k", "1"), ("k", "x"), ("a.b.c", "true"), ("a.d", "2"), ("id[]", "t9"), ("x[][]", "1")],
            into: JSONObject([("id", .array([])), ("keep", .int(1))]))
        XCTAssertEqual(
            JSONValue.object(merged).jsonText,
            #"{"id":["t9"],"keep":1,"tags":["a,b"],"k":[1,"x"],"a":{"b":{"c":true},"d":2},"x":[1]}"#)
    }

    func testFormEncodingMatchesURLSearchParams() throws {
        XCTAssertEqual(FormEncoding.encode("order_by[]"), "order_by%5B%5D")
        XCTAssertEqual(FormEncoding.encode("a b/ü*-._~"), "a+b%2F%C3%BC*-._%7E")
        XCTAssertEqual(try FormEncoding.decode("a+b%2F%C3%BC%2e"), "a b/ü.")
        XCTAssertThrowsError(try FormEncoding.decode("50%"))
    }

    func testMetricHashIsMD5OfUTF8() {
        XCTAssertEqual(MetricHash.md5Hex("loss"), "81513effdf5790b79549208838404407")
        XCTAssertEqual(MetricHash.md5Hex("Summary"), "290612199861c31d1036b185b4e69b75")
        XCTAssertEqual(MetricHash.md5Hex("✓ ünïcode 🚀"), "72565cc499f9ca8bec8dccd8c1f562b0")
        XCTAssertEqual(
            MetricHash.path(metric: "loss", variant: "train"),
            "81513effdf5790b79549208838404407.61b3a8faa9c1091806675c230a9abe64")
    }
}
