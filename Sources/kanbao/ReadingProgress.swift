import Glibc

/// `kanbao: reading [######----------]  4000/10000 files` on standard error while many files are
/// read or indexed: only when standard error is a terminal, only once the work has taken a quarter
/// of a second, redrawn at most ten times a second, and wiped when the last file is done — so that
/// a large archive never opens to silence.
final class ReadingProgress {
    private let verb: String
    private let shown = isatty(STDERR_FILENO) != 0
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    init(_ verb: String = "reading") {
        self.verb = verb
    }

    func update(done: Int, of total: Int) {
        guard shown else { return }
        let now = ContinuousClock.now
        if done >= total {
            if lastDrawn != nil { Output.write("\r\u{1B}[K", to: STDERR_FILENO) }
            return
        }
        guard now - start > .milliseconds(250), lastDrawn.map({ now - $0 > .milliseconds(100) }) ?? true else { return }
        lastDrawn = now
        let filled = total > 0 ? done * 20 / total : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: 20 - filled)
        Output.write("\rkanbao: \(verb) [\(bar)] \(done)/\(total) files\u{1B}[K", to: STDERR_FILENO)
    }
}
