import FolioCore
import Foundation

extension WidgetQuery {
    /// The endpoint every widget calls.
    public static let endpoint = "reports.get_task_data"

    /// The JSON body the web app POSTs for this widget (reference §4.3), keys in its order.
    public var requestBody: JSONObject {
        let ids = JSONValue.array(objects.map(JSONValue.string))
        // Every metric gets the same full variants list (§4.3).
        let metricList = JSONValue.array(
            metrics.map { m in
                .object(JSONObject([("metric", .string(m)), ("variants", .array(variants.map(JSONValue.string)))]))
            })
        switch type {
        case .plot:
            return JSONObject([
                ("id", ids), ("model_events", .bool(isModel)),
                ("plots", .object(JSONObject([("iters", .int(1)), ("metrics", metricList)]))),
            ])
        case .scalar:
            return JSONObject([
                ("id", ids), ("model_events", .bool(isModel)),
                (
                    "scalar_metrics_iter_histogram",
                    .object(JSONObject([("metrics", metricList), ("key", .string((xaxis ?? .iter).rawValue))]))
                ),
            ])
        case .sample:
            // No model_events: model debug samples are not supported by the widget (§7.7).
            return JSONObject([
                ("id", ids), ("debug_images", .object(JSONObject([("iters", .int(1)), ("metrics", metricList)]))),
            ])
        case .single:
            return JSONObject([
                ("id", ids), ("model_events", .bool(isModel)), ("single_value_metrics", .object(JSONObject())),
            ])
        case .parcoords:
            let fields = ["last_metrics", "name", "last_iteration", "project"] + variants.map { "hyperparams.\($0)" }
            return JSONObject([("id", ids), ("only_fields", .array(fields.map(JSONValue.string)))])
        }
    }

    /// The forwarded parameters as the web app appends them to the endpoint URL
    /// (`URLSearchParams.toString()`: form encoding, `[]` as `%5B%5D`, space as `+`).
    public var otherParametersQueryString: String {
        otherParameters.map { FormEncoding.encode($0.key) + "=" + FormEncoding.encode($0.value) }
            .joined(separator: "&")
    }

    /// The request path with its query string, relative to the API root
    /// (e.g. `reports.get_task_data?project=…&order_by%5B%5D=-last_update`).
    public var requestPath: String {
        let query = otherParametersQueryString
        return query.isEmpty ? WidgetQuery.endpoint : WidgetQuery.endpoint + "?" + query
    }

    /// The body as the server sees it after merging the query string into it (§1.2):
    /// what a data source must answer.
    public var effectiveRequestBody: JSONObject {
        QueryStringMerger.merge(otherParameters.map { ($0.key, $0.value) }, into: requestBody)
    }
}
