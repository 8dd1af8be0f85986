import Foundation
import Glibc
import Testing

/// One paragraph of many megabytes is laid out a piece at a time and kept small: `--dump` of a
/// single-paragraph page of 50 MB once peaked at 1.22 GB (24× the page).
@Suite struct LongParagraphMemoryTests {
    /// A page of one paragraph of about `megabytes` MB: ideographs and punctuation, no line breaks.
    static func page(megabytes: Int) throws -> String {
        let file = try KanbaoProcess.temporaryDirectory().appendingPathComponent("paragraph-\(megabytes).txt")
        let sentence = Array("工会驿站为户外劳动者提供休息场所，职工在这里喝水、热饭、充电。".utf8)
        var bytes = Array("一个很长的段落\n\n本报讯 ".utf8)
        bytes.reserveCapacity(megabytes * 1_000_000 + 100)
        while bytes.count < megabytes * 1_000_000 { bytes += sentence }
        try Data(bytes + [0x0A]).write(to: file)
        return file.path
    }

    /// Runs kanbao with its output to /dev/null: its exit status and peak resident memory in MB
    /// (VmHWM, read from /proc while it runs: its own, not the test runner's).
    static func peak(_ arguments: [String]) -> (status: Int32, megabytes: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([KanbaoProcess.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, KanbaoProcess.binary.path, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
        var status: Int32 = 0, peak = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                peak = max(peak, kilobytes)
            }
            // (Often: the seed's dump is over in about 20 ms, and a peak missed makes the base low.)
            usleep(1_000)
        }
        return ((status >> 8) & 0xFF, Double(peak) / 1024)
    }

    /// Beyond what the seed page costs (the runtime: about 20 MB), a 3 MB paragraph may cost at
    /// most 5 times itself (it was 24 times; now about 3.7; small enough to run in the debug build).
    @Test func aLongParagraphCostsAFewTimesItsSize() throws {
        // (The base as the largest of three: a sample can still land before the peak.)
        let bases = (0..<3).map { _ in Self.peak(["--dump", KanbaoProcess.seedPath]) }
        let base = bases.max { $0.megabytes < $1.megabytes }!
        let long = Self.peak(["--dump", try Self.page(megabytes: 3)])
        #expect(base.status == 0 && long.status == 0)
        #expect(long.megabytes - base.megabytes <= 5 * 3, "seed \(base.megabytes) MB, 3 MB paragraph \(long.megabytes) MB")
    }

    /// The release build (the one users run, and fast enough for it): a 20 MB paragraph peaks at
    /// no more than 5 times the page, runtime and all.
    @Test(.enabled(if: KanbaoProcess.binary.path.contains("/release/"), "the release binary only: the debug one takes 20 s"))
    func aTwentyMegabyteParagraphPeaksUnderFiveTimesItsSize() throws {
        let dump = Self.peak(["--dump", try Self.page(megabytes: 20)])
        #expect(dump.status == 0)
        #expect(dump.megabytes <= 5 * 20, "\(dump.megabytes) MB")
    }
}
