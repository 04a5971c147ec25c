import Foundation

/// Why the workspace could not answer or open; messages name the widget or item concerned.
public struct WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: Sendable, Equatable {
        /// A requested task id is not in the workspace (the server's 400.101 invalid_task_id).
        case unknownTask(String)
        /// A query value the server would reject (400.12 / 400.16), e.g. an unknown `__$` operator.
        case invalidQuery(String)
        /// The workspace holds tasks only; `objectType=model` cannot be answered.
        case modelsUnsupported
        /// No stored file has this URL.
        case unknownResource(String)
    }

    /// What failed.
    public var kind: Kind
    /// The widget label (iframe name or URL) when the error concerns a widget.
    public var widget: String?

    public init(_ kind: Kind, widget: String? = nil) {
        self.kind = kind
        self.widget = widget
    }

    public var description: String {
        let prefix = widget.map { "widget '\($0)': " } ?? ""
        switch kind {
        case .unknownTask(let id): return prefix + "no task '\(id)' in the workspace"
        case .invalidQuery(let why): return prefix + "invalid query: \(why)"
        case .modelsUnsupported: return prefix + "objectType=model: the local workspace holds tasks only"
        case .unknownResource(let url): return prefix + "no stored file for '\(url)'"
        }
    }
}
