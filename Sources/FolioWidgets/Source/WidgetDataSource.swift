import Foundation

/// The seam between rendering and data: anything that can answer a widget query the way
/// `reports.get_task_data` would. The local workspace, a ClearML server and a frozen bundle
/// all implement it, so rendering never knows which one answered.
public protocol WidgetDataSource: Sendable {
    /// The server's answer for this widget's query (its effective request body).
    func taskData(for query: WidgetQuery) async throws -> WidgetData

    /// The bytes behind a URL found in an answer (a debug image's `url`, an image in a plot).
    func resource(_ url: String) async throws -> Data

    /// A fingerprint of everything this source could answer, when it is cheap to know (a local
    /// workspace: the digests of its imported sessions). Equal fingerprints and equal queries
    /// give equal answers, so snapshots can skip fetching. Nil for live sources.
    func contentFingerprint() -> String?
}

extension WidgetDataSource {
    /// Live sources cannot vouch for their answers without asking.
    public func contentFingerprint() -> String? { nil }
}
