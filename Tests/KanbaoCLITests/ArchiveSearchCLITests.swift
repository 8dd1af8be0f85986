import Foundation
import Testing

/// An archive of day folders from the command line: `--list`, `--search`, `--search --count`, and
/// the index's cache — rebuilt when damaged, done without when it cannot be kept, shared by two.
@Suite(.serialized) struct ArchiveSearchCLITests {
    static let month = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/crawler/2019-02")

    static func run(_ arguments: [String], cache: URL) throws -> KanbaoProcess.Result {
        try KanbaoProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    @Test func listOfAnArchiveIsAnIssueALine() throws {
        let result = try KanbaoProcess.run(["--list", Self.month.path])
        #expect(result.status == 0)
        #expect(result.stdout == "2019-02-01  5版  12篇\n2019-02-12  2版  3篇\n")
    }

    @Test func countIsAnIssueALineThenTheTotal() throws {
        let cache = try KanbaoProcess.temporaryDirectory()
        let result = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: cache)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("2019-02-01 ") && lines[1].hasPrefix("2019-02-12 "))
        let sum = lines.prefix(2).compactMap { Int($0.split(separator: " ")[1]) }.reduce(0, +)
        #expect(lines[2] == "total \(sum)" && sum > 20)
        // The same, from the index now built, and from a search without one.
        #expect(try Self.run(["--search", "习近平", "--count", Self.month.path], cache: cache).stdout == result.stdout)
        let noCache = try KanbaoProcess.run(["--search", "习近平", "--count", Self.month.path], environment: ["XDG_CACHE_HOME": "/dev/null/cache"])
        #expect(noCache.stdout == result.stdout)
        #expect(noCache.stderr.contains("searching without it"))
        // Full-width = half-width; no match is `total 0` alone.
        let fullWidth = try Self.run(["--search", "５Ｇ", "--count", Self.month.path], cache: cache)
        #expect(fullWidth.stdout == (try Self.run(["--search", "5G", "--count", Self.month.path], cache: cache)).stdout)
        #expect(try Self.run(["--search", "不存在的词", "--count", Self.month.path], cache: cache).stdout == "total 0\n")
    }

    @Test func searchPrintsEveryMatchWithItsContext() throws {
        let cache = try KanbaoProcess.temporaryDirectory()
        let result = try Self.run(["--search", "卡塔尔埃米尔", Self.month.path], cache: cache)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2019-02-01 第01版 习近平同卡塔尔埃米尔塔米姆举行会谈: 习近平同卡塔尔埃米尔塔米姆举行会谈")
        // (Twenty characters either side, within the paragraph.)
        #expect(lines[1] == "2019-02-01 第01版 习近平同卡塔尔埃米尔塔米姆举行会谈: …一菲）国家主席习近平31日在人民大会堂同卡塔尔埃米尔塔米姆举行会谈。两国元首一致同意，深化相…")
        let count = try Self.run(["--search", "卡塔尔埃米尔", "--count", Self.month.path], cache: cache)
        #expect(count.stdout.hasSuffix("total \(lines.count)\n"))
        // Without an index, the same lines.
        let noIndex = try KanbaoProcess.run(["--search", "卡塔尔埃米尔", Self.month.path], environment: ["XDG_CACHE_HOME": "/dev/null/cache"])
        #expect(noIndex.stdout == result.stdout)
    }

    @Test func anEditedFileIsSearchedAsItIsNow() throws {
        let archive = try KanbaoProcess.temporaryDirectory(), cache = try KanbaoProcess.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.month.appendingPathComponent("20190212"), to: archive.appendingPathComponent("20190212"))
        try FileManager.default.copyItem(at: Self.month.appendingPathComponent("20190201"), to: archive.appendingPathComponent("20190201"))
        #expect(try Self.run(["--search", "鲲鹏", "--count", archive.path], cache: cache).stdout == "total 0\n")
        let file = archive.appendingPathComponent("20190212/20190212-08-02.txt")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\u{3000}\u{3000}鲲鹏展翅。\r\n".utf8))
        try handle.close()
        #expect(try Self.run(["--search", "鲲鹏", "--count", archive.path], cache: cache).stdout == "2019-02-12 1\ntotal 1\n")
    }

    @Test func aDamagedIndexIsBuiltAgain() throws {
        let cache = try KanbaoProcess.temporaryDirectory()
        let good = try Self.run(["--search", "工会", "--count", Self.month.path], cache: cache)
        let folder = cache.appendingPathComponent("kanbao")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name)
            if name.hasSuffix(".sqlite3") { try Data(repeating: 0x42, count: 10_000).write(to: path) } else { try FileManager.default.removeItem(at: path) }
        }
        let again = try Self.run(["--search", "工会", "--count", Self.month.path], cache: cache)
        #expect(again.status == 0)
        #expect(again.stdout == good.stdout)
        #expect(again.stderr.contains("damaged") && again.stderr.contains("building it again"))
    }

    @Test func twoAtOnceBothAnswerRight() throws {
        let cache = try KanbaoProcess.temporaryDirectory()
        let want = try KanbaoProcess.run(["--search", "中国", "--count", Self.month.path], environment: ["XDG_CACHE_HOME": "/dev/null/x"]).stdout
        let results = KanbaoResults()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            results.add(try? Self.run(["--search", "中国", "--count", Self.month.path], cache: cache))
        }
        #expect(results.all.count == 4)
        #expect(results.all.allSatisfy { $0.status == 0 && $0.stdout == want })
    }

    @Test func badUseIsSaid() throws {
        #expect(try KanbaoProcess.run(["--count", Self.month.path]).status == 64)
        #expect(try KanbaoProcess.run(["--search", "", Self.month.path]).status == 64)
        #expect(try KanbaoProcess.run(["--search", "x", "--json", Self.month.path]).status == 64)
        #expect(try KanbaoProcess.run(["--search", "x", "/nonexistent/archive"]).status == 66)
    }
}

/// Results gathered from several threads.
private final class KanbaoResults: @unchecked Sendable {
    private var results: [KanbaoProcess.Result] = []
    private let lock = NSLock()

    func add(_ result: KanbaoProcess.Result?) {
        lock.lock()
        if let result { results.append(result) }
        lock.unlock()
    }

    var all: [KanbaoProcess.Result] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}

/// An archive in one file of records: 300 days of JSON Lines, listed, counted and searched as an
/// archive of day folders is — the counts equal to a plain count of the same text.
@Suite struct RecordsArchiveCLITests {
    @Test func threeHundredDaysInOneJSONLinesFile() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("days.jsonl")
        var lines: [String] = [], expected: [String: Int] = [:]
        var date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2020, month: 1, day: 1)
        for day in 0..<300 {
            date.day = 1 + day
            let when = date.calendar!.date(from: date)!
            let parts = date.calendar!.dateComponents(in: date.timeZone!, from: when)
            let iso = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            let times = day % 7
            expected[iso] = times
            let body = String(repeating: "今天读报。", count: times) + "第\(day)天。"
            lines.append("{\"title\": \"第\(day)天的消息\", \"content\": \"\(body)\", \"publish_date\": \"\(iso)\", \"page\": \"\(day % 4 + 1)\"}")
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let list = try KanbaoProcess.run(["--list", file.path])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 300)
        #expect(list.stdout.hasPrefix("2020-01-01  1版  1篇\n"))
        let cache = try KanbaoProcess.temporaryDirectory()
        for _ in 0..<2 {  // (built, then from the index)
            let counted = try KanbaoProcess.run(["--search", "读报", "--count", file.path], environment: ["XDG_CACHE_HOME": cache.path])
            #expect(counted.status == 0)
            let want = expected.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)\n" }.joined()
                + "total \(expected.values.reduce(0, +))\n"
            #expect(counted.stdout == want)
        }
        let matches = try KanbaoProcess.run(["--search", "第299天。", file.path], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(matches.stdout.hasPrefix("2020-10-26 第04版 第299天的消息: "))
        // The file changed — its last hundred days gone — is read again, its rows replaced.
        try Data(lines.prefix(200).joined(separator: "\n").utf8).write(to: file)
        let fewer = try KanbaoProcess.run(["--search", "读报", "--count", file.path], environment: ["XDG_CACHE_HOME": cache.path])
        let kept = expected.filter { $0.key < "2020-07-19" && $0.value > 0 }
        #expect(fewer.stdout.split(separator: "\n").count == kept.count + 1)
        #expect(fewer.stdout.hasSuffix("total \(kept.values.reduce(0, +))\n"))
        #expect(try KanbaoProcess.run(["--search", "第299天。", file.path], environment: ["XDG_CACHE_HOME": cache.path]).stdout.isEmpty)
    }
}
