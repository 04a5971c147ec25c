import FolioCore
import FolioTestSupport
import FolioWidgets
import XCTest

/// URL grammar: every embed form parses into the same typed query; malformed ones name the widget.
final class WidgetQueryParsingTests: XCTestCase {
    /// A one-line dump of the typed fields, for table-driven comparisons.
    private func dump(_ q: WidgetQuery) -> String {
        var parts = ["type=\(q.type.rawValue)", "objectType=\(q.objectType.rawValue)"]
        if !q.objects.isEmpty { parts.append("objects=\(q.objects)") }
        if !q.metrics.isEmpty { parts.append("metrics=\(q.metrics)") }
        if !q.variants.isEmpty { parts.append("variants=\(q.variants)") }
        if !q.series.isEmpty { parts.append("series=\(q.series)") }
        if let x = q.xaxis { parts.append("xaxis=\(x.rawValue)") }
        if let v = q.valueType { parts.append("valueType=\(v.rawValue)") }
        if let l = q.light { parts.append("light=\(l)") }
        if let c = q.company { parts.append("company=\(c)") }
        if !q.filters.members.isEmpty { parts.append("filters=\(JSONValue.object(q.filters).jsonText)") }
        return parts.joined(separator: " ")
    }

    func testReferenceExamplesAndEncodings() throws {
        let table: [(String, String)] = [
            (
                "https://app.example.com/widgets/?type=scalar&objectType=task&objects=aa11&metrics=loss&variants=train",
                #"type=scalar objectType=task objects=["aa11"] metrics=["loss"] variants=["train"]"#
            ),
            // The §4.3 example: dynamic query, xaxis forwarded too.
            (
                "https://app.example.com/widgets/?type=scalar&objectType=task&xaxis=iter&metrics=loss&variants=train&variants=val&project=4043a1&page_size=1&page=0&order_by[]=-last_update",
                #"type=scalar objectType=task metrics=["loss"] variants=["train", "val"] xaxis=iter filters={"xaxis":"iter","project":"4043a1","page_size":1,"page":0,"order_by":["-last_update"]}"#
            ),
            // Relative, singular /widget/, HTML-escaped ampersands, form spaces and %20.
            (
                "/widget/?type=plot&amp;objectType=model&amp;objects=m1&amp;metrics=Confusion+matrix&amp;variants=val%20set",
                #"type=plot objectType=model objects=["m1"] metrics=["Confusion matrix"] variants=["val set"]"#
            ),
            // %2E decodes to a dot; encoded brackets; repeated keys become lists.
            (
                "widgets/?type=parcoords&value_type=max_value&metrics=81513effdf5790b79549208838404407%2E61b3a8faa9c1091806675c230a9abe64&variants=General%2Elr&tags%5B%5D=a&tags%5B%5D=b&status[]=completed",
                #"type=parcoords objectType=task metrics=["81513effdf5790b79549208838404407.61b3a8faa9c1091806675c230a9abe64"] variants=["General.lr"] valueType=max_value filters={"tags":["a","b"],"status":["completed"]}"#
            ),
            // No comma splitting; `-tag`, numbers, booleans and dotted keys.
            (
                "https://h:8080/base/widgets?type=single&tags[]=a,b&tags[]=-draft&include_subprojects=true&page_size=5&a.b=1.5&light=true&company=c1",
                #"type=single objectType=task light=true company=c1 filters={"tags":["a,b","-draft"],"include_subprojects":true,"page_size":5,"a":{"b":1.5}}"#
            ),
            // Legacy tasks= and models= (the models ids are not used, only the flag).
            (
                "https://x/widgets/?type=sample&tasks=t1&tasks=t2&models=zz&metrics=samples&iterations=3#frag",
                #"type=sample objectType=model objects=["t1", "t2"] metrics=["samples"]"#
            ),
            // A repeated plain key becomes a list; `type[]` is a filter, `type` the widget type.
            (
                "https://x/widgets/?type=scalar&series=s1&series=s2&project=p1&project=p2&type[]=training&name=%5Eexp-.*",
                #"type=scalar objectType=task series=["s1", "s2"] filters={"series":["s1","s2"],"project":["p1","p2"],"type":["training"],"name":"^exp-.*"}"#
            ),
        ]
        for (url, expected) in table {
            XCTAssertEqual(dump(try WidgetQuery(url: url)), expected, url)
        }
    }

    func testMalformedURLsThrowTypedErrorsNamingTheWidget() {
        let table: [(String, WidgetError.Reason)] = [
            ("https://x/widgets/?type=histogram&objects=a", .unknownType("histogram")),
            ("https://x/widgets/?objects=a", .missingType),
            ("https://x/widgets/", .missingType),
            ("https://x/reports/?type=scalar", .notAWidgetURL),
            ("https://widgets.example.com/?type=scalar", .notAWidgetURL),
            ("https://x/widgets/?type=scalar&metrics=%ZZ", .badEncoding("%ZZ")),
            ("https://x/widgets/?type=scalar&metrics=%C3%28", .badEncoding("%C3%28")),
            ("https://x/widgets/?type=scalar&objectType=dataset", .unknownObjectType("dataset")),
            ("https://x/widgets/?type=scalar&xaxis=epoch", .unknownXAxis("epoch")),
            ("https://x/widgets/?type=parcoords&value_type=median", .unknownValueType("median")),
        ]
        for (url, reason) in table {
            do {
                _ = try WidgetQuery(url: url, name: "loss-chart")
                XCTFail("expected an error for \(url)")
            } catch {
                XCTAssertEqual(error, WidgetError(widget: "loss-chart", reason: reason), url)
                XCTAssertTrue(error.description.hasPrefix("widget 'loss-chart': "))
            }
        }
        // Without an iframe name the URL names the widget.
        XCTAssertThrowsError(try WidgetQuery(url: "https://x/widgets/?type=bad")) {
            XCTAssertEqual(($0 as? WidgetError)?.widget, "https://x/widgets/?type=bad")
        }
    }

    func testParcoordsHelpersSplitHashesAndHyperParameterPaths() throws {
        let q = try WidgetQuery(
            url: "/widgets/?type=parcoords&metrics=m5.v5.min_value&metrics=m6.v6&metrics=bad"
                + "&variants=General.lr&variants=model.drop%252Eout&variants=nodot")
        XCTAssertEqual(
            q.parcoordsMetrics,
            [
                ParcoordsMetric(metricHash: "m5", variantHash: "v5", valueType: .minValue),
                ParcoordsMetric(metricHash: "m6", variantHash: "v6"),
            ])
        XCTAssertEqual(
            q.hyperParameters,
            [HyperParameterPath(section: "General", name: "lr"), HyperParameterPath(section: "model", name: "drop.out")])
        XCTAssertEqual(q.hyperParameters[1].escaped, "model.drop%2Eout")
    }

    func testQueryRoundTripsThroughCodable() throws {
        let q = try WidgetQuery(url: "/widgets/?type=scalar&objects=a&metrics=loss&tags[]=x&xaxis=iso_time", name: "w")
        let back = try JSONDecoder().decode(WidgetQuery.self, from: JSONEncoder().encode(q))
        XCTAssertEqual(back, q)
    }
}
