import Foundation

/// Holds an async result for a synchronous caller.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

/// Runs async work to completion from synchronous code (the CLI and the synchronous export
/// pipeline); the work itself runs on the cooperative pool, never on the waiting thread.
public func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        box.value = await work()
        done.signal()
    }
    done.wait()
    return box.value!
}
