import Glibc

/// `--trace FILE`: when each stage of starting up was done, in milliseconds since `main` began, and
/// the peak memory so far — for finding where the time to the first frame and the memory go.
/// (Marks may come from several threads: `fputs` holds the stream's lock.)
final class Trace: @unchecked Sendable {
    private let file: UnsafeMutablePointer<FILE>?
    private let start: ContinuousClock.Instant

    init(path: String?) {
        start = ContinuousClock.now
        file = path.flatMap { fopen($0, "w") }
    }

    /// `mark`, when a trace is kept; nil when not (so that nothing is made for it).
    var marking: ((String) -> Void)? {
        guard file != nil else { return nil }
        return { [self] stage in mark(stage) }
    }

    func mark(_ stage: String) {
        guard let file else { return }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        fputs(String(format: "%8.2f ms  %6.1f MB peak  %@\n", milliseconds, Double(usage.ru_maxrss) / 1024, stage), file)
        fflush(file)
    }

    deinit { if let file { fclose(file) } }
}
