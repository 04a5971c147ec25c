import Foundation

/// How often and how patiently a request is retried on 429, 500, 502, 503, 504 and dropped
/// connections: exponential backoff with full jitter, a bounded number of attempts.
public struct RetryPolicy: Sendable {
    /// Total attempts, the first included.
    public var maxAttempts = 4
    /// Delay before the first retry, seconds; doubled for each further one.
    public var baseDelay = 0.5
    /// No single wait is longer than this (a `Retry-After` header included).
    public var maxDelay = 8.0
    /// The statuses that mean "try again later".
    public var retryStatuses: Set<Int> = [429, 500, 502, 503, 504]

    /// A policy; tests use tiny delays.
    public init(maxAttempts: Int = 4, baseDelay: Double = 0.5, maxDelay: Double = 8.0) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Seconds to wait before retry number `retry` (1-based); `retryAfter` is the server's hint.
    public func delay(beforeRetry retry: Int, retryAfter: Double? = nil) -> Double {
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(retry - 1)))
        let jittered = Double.random(in: (ceiling / 2)...max(ceiling, ceiling / 2 + 1e-9))
        return min(maxDelay, max(jittered, retryAfter ?? 0))
    }
}
