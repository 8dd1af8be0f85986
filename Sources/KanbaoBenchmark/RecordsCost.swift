import Foundation

/// An archive in one file of records through the real `kanbao`: a JSON Lines file of the seed's
/// articles over 300 days (1,000, 10,000 and 100,000 records: 1×, 10×, 100×; 1.7 to 170 MB) — `--list` (which
/// reads the whole file for its dates), the first `--search 工会 --count` (which builds the index, a
/// row an article) and the same search warm, each with its peak RSS. Cost grows with the file.
struct RecordsCost {
    let records: Int
    var megabytes = 0.0
    var list: (seconds: Double, peakMB: Double) = (0, 0)
    var build: (seconds: Double, peakMB: Double) = (0, 0)
    var search: (seconds: Double, peakMB: Double) = (.infinity, 0)

    init(records: Int) {
        self.records = records
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-records-\(records).jsonl")
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-records-cache-\(records)")
        try? FileManager.default.removeItem(at: cache)
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: cache)
        }
        var lines = ""
        for number in 0..<records {
            let day = number * 300 / records
            let text = OpeningFolders.articleTexts[number % OpeningFolders.articleTexts.count]
            let record = ["title": "第\(number)篇", "content": text, "date": String(format: "2020-%02d-%02d", day / 28 + 1, day % 28 + 1)]
            lines += String(decoding: (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) ?? Data(), as: UTF8.self) + "\n"
        }
        try? Data(lines.utf8).write(to: file)
        megabytes = Double(lines.utf8.count) / 1_000_000
        setenv("XDG_CACHE_HOME", cache.path, 1)
        list = OpeningCost.run(["--list", file.path])
        build = OpeningCost.run(["--search", "工会", "--count", file.path])
        for _ in 0..<3 {
            let run = OpeningCost.run(["--search", "工会", "--count", file.path])
            if run.seconds < search.seconds { search = run }
        }
    }
}
