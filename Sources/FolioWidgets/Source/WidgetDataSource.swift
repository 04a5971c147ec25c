import Foundation

/// The seam between rendering and data: anything that can answer a widget query the way
/// `reports.get_task_data` would. The local workspace, a ClearML server and a frozen bundle
/// all implement it, so rendering never knows which one answered.
public protocol WidgetDataSource: Sendable {
    /// The server's answer for this widget's query (its effective request body).
    func taskData(for query: WidgetQuery) async throws -> WidgetData

    /// The bytes behind a URL found in an answer (a debug image's `url`, an image in a plot).
    func resource(_ url: String) async throws -> Data
}
