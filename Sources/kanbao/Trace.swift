import Glibc

/// `--trace FILE`: when each stage of starting up was done, in milliseconds since `main` began —
/// for finding where the time to the first frame goes.
final class Trace {
    private let file: UnsafeMutablePointer<FILE>?
    private let start: ContinuousClock.Instant

    init(path: String?) {
        start = ContinuousClock.now
        file = path.flatMap { fopen($0, "w") }
    }

    func mark(_ stage: String) {
        guard let file else { return }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        fputs(String(format: "%8.2f ms  %@\n", milliseconds, stage), file)
        fflush(file)
    }

    deinit { if let file { fclose(file) } }
}
