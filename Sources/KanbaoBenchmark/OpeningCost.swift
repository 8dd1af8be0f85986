import BundledFiles
import Foundation
import Glibc

/// What opening a page costs the real `kanbao` binary (built beside this one): wall time and peak
/// resident memory (VmHWM, polled every 2 ms) of `kanbao --list FILE` (read, decode, parse) and `kanbao --dump FILE` (and lay
/// every article out), on the seed repeated to 1, 10 and 100 MB.
struct OpeningCost {
    let megabytes: Int
    var listSeconds = 0.0, listPeakMB = 0.0
    var dumpSeconds = 0.0, dumpPeakMB = 0.0

    static var kanbao: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kanbao").path
    }

    init?(megabytes: Int) {
        self.megabytes = megabytes
        guard FileManager.default.isExecutableFile(atPath: Self.kanbao) else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-opening-\(megabytes)MB.txt")
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: file) else { return nil }
        let copy = Data(BundledSeed.bytes) + Data("\n\n".utf8)
        for _ in 0..<(megabytes * 1_000_000 / copy.count) { handle.write(copy) }
        try? handle.close()
        defer { try? FileManager.default.removeItem(at: file) }
        (listSeconds, listPeakMB) = Self.run(["--list", file.path])
        (dumpSeconds, dumpPeakMB) = Self.run(["--dump", file.path])
    }

    /// Runs kanbao with its output thrown away; the wall time and the child's peak RSS.
    static func run(_ arguments: [String], executable: String = kanbao) -> (seconds: Double, peakMB: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&pid, executable, &actions, nil, &argv, environ) == 0 else { return (0, 0) }
        // The peak is read from /proc while it runs (VmHWM, its own address space's high-water mark):
        // wait4's ru_maxrss would count this process's memory in, inherited at the spawn.
        var status: Int32 = 0, peakKB = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                peakKB = max(peakKB, kilobytes)
            }
            usleep(2_000)
        }
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, Double(peakKB) / 1024)
    }
}
