import Glibc

/// `kanbao: reading 1234/10000 files` on standard error while many files are read: only when standard
/// error is a terminal, only once reading has taken a quarter of a second, redrawn at most ten times
/// a second, and wiped when the last file is read — so that a large archive never opens to silence.
final class ReadingProgress {
    private let shown = isatty(STDERR_FILENO) != 0
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    func update(done: Int, of total: Int) {
        guard shown else { return }
        let now = ContinuousClock.now
        if done == total {
            if lastDrawn != nil { Output.write("\r\u{1B}[K", to: STDERR_FILENO) }
            return
        }
        guard now - start > .milliseconds(250), lastDrawn.map({ now - $0 > .milliseconds(100) }) ?? true else { return }
        lastDrawn = now
        Output.write("\rkanbao: reading \(done)/\(total) files\u{1B}[K", to: STDERR_FILENO)
    }
}
