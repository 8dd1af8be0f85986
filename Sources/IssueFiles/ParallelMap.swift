import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map`, its elements transformed at once on every core, the results in the elements' order:
    /// for work on many folders, which is mostly waiting on the kernel.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Slots<Result>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let elements = self
            DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, transform(elements[index])) }
        }
        return results.all
    }
}

/// Results made on several threads, each into a slot of its own.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [Value] { slots.map { $0! } }
}
