import Foundation
import Glibc

/// Search at the size of the archives people keep: a month of real day folders
/// (`KANBAO_MONTH`, else `../shared/corpus/people-daily-2019-02`) copied 1, 28 and 280 times, each
/// copy a month of its own (about 1,800, 50,000 and 500,000 files) — the real `kanbao`'s index built,
/// then a warm `--search 工会 --count` (best of 3; its stages from `--trace`: the archive checked —
/// its folders against the listing note, or every file listed —, counted in the index), the same
/// with `--check-every-file` (every file listed, as before the note), a word no file holds, and `grep -rcF` and `rg -c -F` of the same word on the same tree
/// in the same run (best of 3), with the index's size beside the text's.
struct ArchiveScaleCost {
    let copies: Int
    var files = 0, textMB = 0.0, indexMB = 0.0
    var buildSeconds = 0.0, searchSeconds = Double.infinity, everyFileSeconds = Double.infinity, absentSeconds = Double.infinity
    var grepSeconds = Double.infinity, ripgrepSeconds: Double?
    var checkedMS = 0.0, countedMS = 0.0

    static var month: String? {
        let path = ProcessInfo.processInfo.environment["KANBAO_MONTH"] ?? "../shared/corpus/people-daily-2019-02"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// `keep`: the tree and its cache left in the temporary folder (`kanbao-scale-N`,
    /// `kanbao-scale-cache-N`), for looking into.
    init?(copies: Int, keep: Bool = false) {
        self.copies = copies
        guard let month = Self.month else { return nil }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-scale-\(copies)")
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-scale-cache-\(copies)")
        for folder in [root, cache] { try? FileManager.default.removeItem(at: folder) }
        defer { if !keep { for folder in [root, cache] { try? FileManager.default.removeItem(at: folder) } } }
        guard let written = Self.copy(month, times: copies, into: root) else { return nil }
        (files, textMB) = (written.files, Double(written.bytes) / 1_000_000)
        setenv("XDG_CACHE_HOME", cache.path, 1)
        buildSeconds = OpeningCost.run(["--search", "工会", "--count", root.path]).seconds
        // (Warm: the folders' times settled past the listing note's two seconds, and one search
        // made — as an archive searched again is, not one just written.)
        sleep(3)
        _ = OpeningCost.run(["--search", "工会", "--count", root.path])
        let trace = cache.appendingPathComponent("trace.txt").path
        let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first { FileManager.default.isExecutableFile(atPath: $0) }
        for _ in 0..<3 {
            let seconds = OpeningCost.run(["--search", "工会", "--count", "--trace", trace, root.path]).seconds
            if seconds < searchSeconds {
                searchSeconds = seconds
                let lines = (try? String(contentsOfFile: trace, encoding: .utf8))?.split(separator: "\n") ?? []
                func stage(_ name: String) -> Double {
                    lines.first { $0.contains(name) }.flatMap { Double($0.split(separator: " ").first ?? "") } ?? 0
                }
                (checkedMS, countedMS) = (max(stage("folders as listed"), stage("archive listed")), stage("counted in the index"))
            }
            everyFileSeconds = min(everyFileSeconds, OpeningCost.run(["--search", "工会", "--count", "--check-every-file", root.path]).seconds)
            absentSeconds = min(absentSeconds, OpeningCost.run(["--search", "没有这个词", "--count", root.path]).seconds)
            grepSeconds = min(grepSeconds, OpeningCost.run(["-rcF", "工会", root.path], executable: "/usr/bin/grep").seconds)
            if let rg { ripgrepSeconds = min(ripgrepSeconds ?? .infinity, OpeningCost.run(["-c", "-F", "工会", root.path], executable: rg).seconds) }
        }
        indexMB = Double(ArchiveSearchCost.size(of: cache)) / 1_000_000
    }

    /// The month's day folders written `times` times, copy `k` as month `k` from January 2000 on
    /// (`2000/200001/20000101/20000101-01-01.txt`): the files written and their bytes.
    static func copy(_ month: String, times: Int, into root: URL) -> (files: Int, bytes: Int)? {
        let files = FileManager.default
        guard let days = try? files.contentsOfDirectory(atPath: month).sorted() else { return nil }
        let texts = days.map { day in
            ((try? files.contentsOfDirectory(atPath: month + "/" + day)) ?? []).sorted().compactMap { name in
                files.contents(atPath: month + "/" + day + "/" + name).map { (String(name.dropFirst(8)), $0) }
            }
        }
        var count = 0, bytes = 0
        for copy in 0..<times {
            let year = 2000 + copy / 12, monthNumber = copy % 12 + 1
            for (index, day) in texts.enumerated() {
                let stamp = String(format: "%04d%02d%02d", year, monthNumber, index + 1)
                let folder = root.appendingPathComponent("\(year)/\(stamp.prefix(6))/\(stamp)")
                guard (try? files.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
                for (rest, data) in day {
                    guard files.createFile(atPath: folder.appendingPathComponent(stamp + rest).path, contents: data) else { return nil }
                    count += 1
                    bytes += data.count
                }
            }
        }
        return (count, bytes)
    }
}

extension ArchiveScaleCost {
    /// The table: a row for each number of copies of the month.
    static func printTable(copies: [Int] = [1, 28, 280], keep: Bool = false) {
        print([column("files", 7), column("text MB", 8), column("index MB", 9), column("index s", 8), column("search s", 9), column("checked ms", 10),
               column("counted ms", 11), column("every file s", 12), column("absent s", 9), column("grep s", 7), column("rg s", 6), column("÷grep", 6),
               column("÷rg", 6), column("÷prev", 6)]
            .joined(separator: " "))
        // (÷prev: the search's time over the row above's — ten times the files.)
        var previous: ArchiveScaleCost?
        for copies in copies {
            guard let cost = ArchiveScaleCost(copies: copies, keep: keep) else { print("(no scale figures: kanbao not built, or no room)"); break }
            defer { previous = cost }
            print([column("\(cost.files)", 7), column(String(format: "%.0f", cost.textMB), 8), column(String(format: "%.0f", cost.indexMB), 9),
                   column(String(format: "%.1f", cost.buildSeconds), 8), column(String(format: "%.3f", cost.searchSeconds), 9),
                   column(String(format: "%.0f", cost.checkedMS), 10), column(String(format: "%.0f", cost.countedMS), 11),
                   column(String(format: "%.3f", cost.everyFileSeconds), 12), column(String(format: "%.3f", cost.absentSeconds), 9), column(String(format: "%.2f", cost.grepSeconds), 7),
                   column(cost.ripgrepSeconds.map { String(format: "%.2f", $0) } ?? "-", 6),
                   column(String(format: "%.2f", cost.searchSeconds / cost.grepSeconds), 6),
                   column(cost.ripgrepSeconds.map { String(format: "%.2f", cost.searchSeconds / $0) } ?? "-", 6),
                   column(previous.map { String(format: "%.2f", cost.searchSeconds / $0.searchSeconds) } ?? "-", 6)].joined(separator: " "))
        }
    }
}
