import Foundation

/// The Bearer token, fetched once by `auth.login` however many requests ask at the same time,
/// and dropped when the server says it is no longer valid. A failed login is remembered, so a
/// report with many widgets does not log in (and fail) once per widget.
actor TokenCache {
    private var token: String?
    private var failure: Error?
    private var pending: Task<String, Error>?

    func token(login: @escaping @Sendable () async throws -> String) async throws -> String {
        if let token { return token }
        if let failure { throw failure }
        if let pending { return try await pending.value }
        let task = Task { try await login() }
        pending = task
        do {
            let value = try await task.value
            token = value
            pending = nil
            return value
        } catch {
            failure = error
            pending = nil
            throw error
        }
    }

    /// Forgets `stale` (unless another caller already replaced it).
    func invalidate(_ stale: String) {
        if token == stale { token = nil }
    }
}
