import Foundation

/// A detached POSIX thread running one closure. Foundation's `Thread` was measured to take
/// 1-4 ms from `start()` to its body the first time a process uses it (its own set-up); a
/// short export feels that, since the fonts are warmed on such a thread. A bare pthread
/// starts in microseconds. The stack is 8 MiB, what a main thread gets.
public enum PlainThread {
    public static func start(_ body: @escaping @Sendable () -> Void) {
        final class Box: @unchecked Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, context)
        if status != 0 {
            // No thread to be had (resource limits): run it here rather than lose the work.
            Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
        }
    }
}
