import Glibc

/// A mutex with condition variables, one per kind of waiter (so a hand-off wakes only the thread
/// that can use it).
final class Monitor: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let conditions: UnsafeMutablePointer<pthread_cond_t>
    private let count: Int

    init(conditions count: Int = 1) {
        self.count = count
        conditions = .allocate(capacity: count)
        pthread_mutex_init(mutex, nil)
        for i in 0..<count { pthread_cond_init(conditions + i, nil) }
    }

    deinit {
        for i in 0..<count { pthread_cond_destroy(conditions + i) }
        pthread_mutex_destroy(mutex)
        conditions.deallocate()
        mutex.deallocate()
    }

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Waits on condition `i` (the lock held by the caller through `locked`) until signalled.
    func wait(_ i: Int = 0) { pthread_cond_wait(conditions + i, mutex) }

    /// Wakes one waiter of condition `i`.
    func signal(_ i: Int = 0) { pthread_cond_signal(conditions + i) }

    /// Wakes every waiter of condition `i`.
    func broadcast(_ i: Int = 0) { pthread_cond_broadcast(conditions + i) }

    func broadcastAll() { for i in 0..<count { pthread_cond_broadcast(conditions + i) } }
}

/// A POSIX thread running a closure; `join` waits for it.
final class WorkerThread {
    private var thread: pthread_t

    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    init(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(
            &thread, nil,
            { raw in
                guard let raw else { return nil }
                let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
                box.body()
                return nil
            }, box)
        precondition(status == 0, "pthread_create failed (\(status))")
        self.thread = thread
    }

    func join() { pthread_join(thread, nil) }

    /// Processors online.
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
