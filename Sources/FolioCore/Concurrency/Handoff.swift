import Foundation

/// A value one thread hands to others once; taking it waits until it is there, and every
/// later take returns it at once.
public final class Handoff<Value>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var value: Value?

    public init() {}

    public func hand(_ v: Value) {
        value = v
        ready.signal()
    }

    public func take() -> Value {
        ready.wait()
        ready.signal()
        return value!
    }
}
