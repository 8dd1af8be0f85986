import Foundation

/// The reader end to end on a pseudo-terminal (see `TerminalTiming`): first frame, and the median
/// time and bytes of each kind of keystroke.
struct ReaderLatency {
    var firstFrame = 0.0, firstFrameBytes = 0
    /// Median milliseconds and bytes per kind of key, in the order measured.
    var keys: [(name: String, milliseconds: Double, bytes: Int)] = []

    init?(file: String, width: Int = 80, height: Int = 24) {
        // --forget: no remembered place read or kept, so that every run starts at the front page.
        guard let terminal = TerminalTiming(["--forget", file], width: width, height: height),
              let first = terminal.read(until: "help") else { return nil }
        firstFrame = TerminalTiming.milliseconds(first.last - terminal.spawned)
        firstFrameBytes = first.bytes
        func measure(_ name: String, times: Int = 5, _ action: (Int) -> (milliseconds: Double, bytes: Int)?) {
            let samples = (0..<times).compactMap(action)
            guard !samples.isEmpty else { return }
            let times = samples.map(\.milliseconds).sorted(), bytes = samples.map(\.bytes).sorted()
            keys.append((name, times[times.count / 2], bytes[bytes.count / 2]))
        }
        measure("↓ headline") { _ in terminal.key("j", until: "") }
        _ = terminal.key("g", until: "")
        _ = terminal.key("\r", until: "")
        // The first article takes pages at this size: turn them, and jump to the last and back.
        measure("Space/b page") { terminal.key($0 % 2 == 0 ? " " : "b", until: "") }
        measure("G/g last/first") { terminal.key($0 % 2 == 0 ? "G" : "g", until: "") }
        _ = terminal.key("/", until: "")
        _ = terminal.key("工会", until: "")
        _ = terminal.key("\r", until: "")
        measure("n match") { _ in terminal.key("n", until: "") }
        // The list of every match: opened (and closed by any other key), and its cursor moved.
        // (An even number of times, so that it ends closed.)
        measure("& list/x", times: 6) { terminal.key($0 % 2 == 0 ? "&" : "x", until: "") }
        _ = terminal.key("&", until: "")
        measure("j in & list") { _ in terminal.key("j", until: "") }
        _ = terminal.key("x", until: "")
        measure("]/[ article") { terminal.key($0 % 2 == 0 ? "]" : "[", until: "") }
        measure("resize", times: 4) {
            $0 % 2 == 0 ? terminal.resize(width: 100, height: 30, until: "") : terminal.resize(width: 80, height: 24, until: "")
        }
        // A reader that does not stop when asked makes every figure above worthless to a user.
        guard let status = terminal.terminate(within: 1) else {
            FileHandle.standardError.write(Data("kanbao-benchmark: FAILED: kanbao did not stop within a second of SIGTERM\n".utf8))
            exit(1)
        }
        guard status == 128 + SIGTERM else {
            FileHandle.standardError.write(Data("kanbao-benchmark: FAILED: kanbao ended with status \(status) on SIGTERM, not 143\n".utf8))
            exit(1)
        }
    }
}
