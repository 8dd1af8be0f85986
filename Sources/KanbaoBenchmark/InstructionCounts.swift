import BundledFiles
import Foundation
import Glibc
import IssueModel
import Reader

/// Instructions, counted by `valgrind --tool=callgrind`: the same for the same binary and input
/// whatever else the machine is doing, where a timing on a shared two-core machine swings by ±40%.
/// `kanbao-benchmark --instructions` prints them against the committed baseline;
/// `--check` exits 1 if one rose by more than 10% (CI runs it), `--record` writes the baseline
/// (deliberately: say why in the commit).
///
/// The dumps are the real `kanbao --dump` (whole process, with startup taken off but for the one
/// line's, which is startup); the rest run in this binary (`--workload NAME` under callgrind), the
/// work itself being the whole run less a run that stops before it (`--setup-only`): a frame and a
/// key are cheap beside startup. (Whole processes, every thread: callgrind's toggle counts only
/// the thread that enters the region, and a page is made into lines on several.)
enum InstructionCounts {
    struct Workload {
        let name: String
        let meaning: String
    }

    static let workloads = [
        Workload(name: "startup", meaning: "kanbao --dump of a one-line page, whole process"),
        Workload(name: "dump-seed", meaning: "kanbao --dump --width 80 of the seed, less startup"),
        Workload(name: "dump-1mb", meaning: "kanbao --dump --width 80 of the seed ×100 (1 MB), less startup"),
        Workload(name: "first-frame-seed", meaning: "parse the seed, the reader's state at 120×40, its frame"),
        Workload(name: "first-frame-1mb", meaning: "the same for 1 MB"),
        Workload(name: "search-keystroke-1mb", meaning: "/工 typed, then 会: the reducer and the frame"),
        Workload(name: "page-turn-1mb", meaning: "in the first article, 10 × Space, each with its frame"),
    ]

    /// How far above its baseline a count may go.
    static let tolerance = 0.10

    static let baseline = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/instructions.tsv")

    // MARK: The measuring side

    /// `--instructions [--check | --record]`: the exit status.
    static func run(check: Bool, record: Bool) -> Int32 {
        guard let valgrind = ["/usr/bin/valgrind", "/usr/local/bin/valgrind"].first(where: FileManager.default.isExecutableFile) else {
            print("kanbao-benchmark: valgrind is needed for instruction counts (apt-get install valgrind)")
            return 2
        }
        let folder = URL(fileURLWithPath: "/tmp/kanbao-instructions")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder.appendingPathComponent("config"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // (Valgrind 3.19 cannot read the DWARF 5 the toolchain writes: copies without debug
        // information, their symbols kept for --toggle-collect.)
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        guard let kanbao = stripped(here.deletingLastPathComponent().appendingPathComponent("kanbao").path, into: folder),
              let benchmark = stripped(here.path, into: folder)
        else {
            print("kanbao-benchmark: kanbao is not built beside kanbao-benchmark, or objcopy failed")
            return 2
        }
        let seed = folder.appendingPathComponent("seed.txt"), oneMB = folder.appendingPathComponent("1mb.txt"),
            line = folder.appendingPathComponent("line.txt")
        let seedText = String(decoding: BundledSeed.bytes, as: UTF8.self)
        try? Data(BundledSeed.bytes).write(to: seed)
        try? Data(Array(repeating: seedText, count: 100).joined(separator: "\n\n").utf8).write(to: oneMB)
        try? Data("本报讯\u{3000}一行。\n".utf8).write(to: line)

        func counted(_ arguments: [String]) -> Int? {
            let out = folder.appendingPathComponent("callgrind.out")
            let options = ["--tool=callgrind", "--callgrind-out-file=" + out.path]
            guard spawn([valgrind] + options + arguments, folder: folder) == 0,
                  let text = try? String(contentsOf: out, encoding: .utf8),
                  let summary = text.split(separator: "\n").first(where: { $0.hasPrefix("summary:") }) else { return nil }
            return Int(summary.dropFirst("summary:".count).trimmingCharacters(in: .whitespaces))
        }
        func dump(_ file: URL) -> Int? { counted([kanbao, "--dump", "--width", "80", file.path]) }
        var now: [String: Int] = [:]
        now["startup"] = dump(line)
        if let startup = now["startup"] {
            now["dump-seed"] = dump(seed).map { $0 - startup }
            now["dump-1mb"] = dump(oneMB).map { $0 - startup }
        }
        for workload in workloads.dropFirst(3) {
            let run = [benchmark, "--workload", workload.name, seed.path]
            if let whole = counted(run), let setup = counted(run + ["--setup-only"]) { now[workload.name] = whole - setup }
        }
        return report(now, check: check, record: record)
    }

    /// Compares `now` with the baseline (and writes it, with `record`); the exit status.
    static func report(_ now: [String: Int], check: Bool, record: Bool) -> Int32 {
        let base = (try? String(contentsOf: baseline, encoding: .utf8)).map(parse) ?? [:]
        print("instructions (callgrind), against \(baseline.lastPathComponent); more than +\(Int(tolerance * 100))% fails --check")
        print([column("workload", 22), column("baseline", 14), column("now", 14), column("change", 9)].joined(separator: " ") + "  what")
        var failed: [String] = []
        for workload in workloads {
            let count = now[workload.name], old = base[workload.name]
            var change = "—"
            if let count, let old, old > 0 {
                let ratio = Double(count) / Double(old) - 1
                change = String(format: "%+.1f%%", ratio * 100)
                if ratio > tolerance { failed.append(workload.name) }
            }
            if count == nil { failed.append(workload.name) }
            print([column(workload.name, 22), column(old.map(String.init) ?? "—", 14), column(count.map(String.init) ?? "failed", 14),
                   column(change, 9)].joined(separator: " ") + "  " + workload.meaning)
        }
        if record {
            let lines = workloads.compactMap { workload in now[workload.name].map { "\(workload.name)\t\($0)" } }
            let text = "# kanbao-benchmark --instructions --record: instructions per workload (callgrind), release build.\n"
                + lines.joined(separator: "\n") + "\n"
            do {
                try text.write(to: baseline, atomically: true, encoding: .utf8)
                print("recorded in \(baseline.path)")
            } catch {
                print("kanbao-benchmark: cannot write \(baseline.path): \(error.localizedDescription)")
                return 1
            }
            return lines.count == workloads.count ? 0 : 1
        }
        if check && !failed.isEmpty {
            print("FAILED: \(failed.joined(separator: ", ")) — more than +\(Int(tolerance * 100))% instructions (or not measured)")
            return 1
        }
        return 0
    }

    static func parse(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let count = Int(fields[1]) { counts[String(fields[0])] = count }
        }
        return counts
    }

    static func column(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A copy of `binary` in `folder` without its debug information.
    static func stripped(_ binary: String, into folder: URL) -> String? {
        let copy = folder.appendingPathComponent((binary as NSString).lastPathComponent).path
        return spawn(["/usr/bin/objcopy", "--strip-debug", binary, copy], folder: folder) == 0 ? copy : nil
    }

    /// Runs `argv` in a fixed, small environment (the same from run to run: hashing seeded the same,
    /// no config read), output thrown away; its exit status.
    static func spawn(_ argv: [String], folder: URL) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let environment = ["SWIFT_DETERMINISTIC_HASHING=1", "LANG=C.UTF-8", "HOME=/nonexistent", "PATH=/usr/bin:/bin",
                           "XDG_CONFIG_HOME=" + folder.appendingPathComponent("config").path]
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    // MARK: The measured side

    /// `--workload NAME SEED [--setup-only]`: the workload, its work inside `measured` (left out
    /// with `setupOnly`: what the counted run's work is told from); the exit status.
    static func workload(_ name: String, seedPath: String, setupOnly: Bool) -> Int32 {
        guard let bytes = FileManager.default.contents(atPath: seedPath) else { return 2 }
        let seed = String(decoding: bytes, as: UTF8.self)
        let oneMB = Array(repeating: seed, count: 100).joined(separator: "\n\n")
        var checksum = 0
        func measured(_ body: () -> Void) {
            if setupOnly { checksum = 1 } else { body() }
        }
        switch name {
        case "first-frame-seed", "first-frame-1mb":
            let text = name == "first-frame-seed" ? seed : oneMB
            measured {
                let state = Reducer.reduce(ReaderState(issue: PageParser.parse(text), width: 120, height: 40), .resized(width: 120, height: 40)).0
                checksum = ReaderView.frame(state).cells.count
            }
        case "search-keystroke-1mb":
            let start = ReaderState(issue: PageParser.parse(oneMB), width: 120, height: 40)
            let typed = Reducer.reduce(Reducer.reduce(start, .key(.character("/"))).0, .key(.character("工"))).0
            measured {
                let after = Reducer.reduce(typed, .key(.character("会"))).0
                checksum = ReaderView.frame(after).cells.count + (after.search?.results.count ?? 0)
            }
        case "page-turn-1mb":
            var state = Reducer.reduce(ReaderState(issue: PageParser.parse(oneMB), width: 120, height: 40), .key(.enter)).0
            _ = ReaderView.frame(state)
            measured {
                for _ in 0..<10 {
                    state = Reducer.reduce(state, .key(.character(" "))).0
                    checksum &+= ReaderView.frame(state).cells.count
                }
            }
        default:
            print("kanbao-benchmark: no workload \(name)")
            return 64
        }
        return checksum > 0 ? 0 : 1
    }
}
