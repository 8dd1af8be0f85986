import Foundation
import Testing

/// Search that knows Chinese is written two ways: an archive of People's Daily (simplified), the
/// same days as Hong Kong writes them (traditional, made by OpenCC's s2hk) and Hong Kong film
/// reviews, searched in either script — counting what OpenCC's t2s conversion of every text counts.
@Suite struct ScriptFoldCLITests {
    static let fixtures = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures")
    static let archive = ["crawler/2019-02", "traditional/2019-03", "layouts/frontmatter-md/input"].map { fixtures.appendingPathComponent($0).path }
    static let queries = ["习近平", "習近平", "发展", "经济", "中国", "电影", "合作"]
    static var hasOpenCC: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/opencc") }

    func count(_ query: String, _ paths: [String], _ options: [String] = [], cache: URL) throws -> String {
        let result = try KanbaoProcess.run(["--search", query, "--count"] + options + paths, environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Every text converted with `opencc -c t2s`, then the simplified query counted exactly: the
    /// same lines, day by day, as the folded count of the archive as it is.
    @Test(.enabled(if: hasOpenCC, "needs opencc")) func countsAreThoseOfOpenCCsConversion() throws {
        let copy = try KanbaoProcess.temporaryDirectory(), cache = try KanbaoProcess.temporaryDirectory()
        func t2s(_ text: String) throws -> String {
            try KanbaoProcess.run(["-c", "t2s"], stdin: Array(text.utf8), executable: URL(fileURLWithPath: "/usr/bin/opencc")).stdout
        }
        var copies: [String] = []
        for (number, path) in Self.archive.enumerated() {
            let target = copy.appendingPathComponent("\(number)")
            try FileManager.default.copyItem(atPath: path, toPath: target.path)
            for case let file as String in FileManager.default.enumerator(atPath: target.path) ?? FileManager.default.enumerator(atPath: "/nonexistent")! {
                let url = target.appendingPathComponent(file)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                try Data(try t2s(text).utf8).write(to: url)
            }
            copies.append(target.path)
        }
        for query in Self.queries {
            let folded = try count(query, Self.archive, cache: cache)
            #expect(folded == (try count(try t2s(query), copies, ["--exact-script"], cache: cache)), "\(query)")
            #expect(folded.contains("2019-02-01 ") == folded.contains("2019-03-01 "), "\(query): both scripts")
        }
    }

    @Test func exactScriptTellsThemApart() throws {
        let cache = try KanbaoProcess.temporaryDirectory()
        let both = try count("習近平", Self.archive, cache: cache)
        #expect(both.contains("2019-02-01 ") && both.contains("2019-03-01 "))
        let exact = try count("習近平", Self.archive, ["--exact-script"], cache: cache)
        #expect(!exact.contains("2019-02-01 ") && exact.contains("2019-03-01 "))
        // The simplified days alone: the same counts with the fold and without.
        for query in Self.queries.filter({ $0 != "習近平" }) {
            let simplified = [Self.archive[0]]
            #expect(try count(query, simplified, cache: cache) == (try count(query, simplified, ["--exact-script"], cache: cache)), "\(query)")
        }
        // A match's context shows the text as written.
        let lines = try KanbaoProcess.run(["--search", "习近平", Self.archive[1]], environment: ["XDG_CACHE_HOME": cache.path]).stdout
        #expect(lines.hasPrefix("2019-03-01 第01版 習近平同卡塔爾埃米爾塔米姆舉行會談: 習近平"))
    }

    /// Counts to take away: two queries a column each, by month, as CSV — the month's numbers the
    /// per-day counts summed; by day with every day of the range, those without an issue as 0.
    @Test func countsByPeriodAsCSVAndJSON() throws {
        let cache = try KanbaoProcess.temporaryDirectory()
        let month = Self.archive[0]
        func total(_ query: String) throws -> Int {
            Int(try count(query, [month], cache: cache).split(separator: "\n").last!.split(separator: " ")[1])!
        }
        let csv = try KanbaoProcess.run(["--search", "改革", "--search", "开放", "--count", "--by", "month", "--format", "csv", month],
                                        environment: ["XDG_CACHE_HOME": cache.path])
        let (reform, opening) = (try total("改革"), try total("开放"))
        #expect(csv.status == 0 && csv.stdout == "month,改革,开放\r\n2019-02,\(reform),\(opening)\r\n")
        let days = try KanbaoProcess.run(["--search", "合作", "--count", "--by", "day", "--since", "2019-01-31", "--until", "2019-02-03",
                                          "--format", "json", month], environment: ["XDG_CACHE_HOME": cache.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(days.stdout.utf8)) as? [String: Any])
        let periods = try #require(object["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2019-01-31", "2019-02-01", "2019-02-02", "2019-02-03"])
        let first = try count("合作", [month], cache: cache).split(separator: "\n").first { $0.hasPrefix("2019-02-01 ") }
        #expect((periods.map { ($0["counts"] as? [Int])?.first } as [Int?]) == [0, first.map { Int($0.split(separator: " ")[1])! } ?? 0, 0, 0])
        let weeks = try KanbaoProcess.run(["--search", "合作", "--search", "发展", "--count", "--by", "week", month],
                                          environment: ["XDG_CACHE_HOME": cache.path])
        #expect(weeks.stdout.hasPrefix("week        合作  发展\n2019-01-28  ") && weeks.stdout.contains("\n2019-02-11  "))
        #expect(try KanbaoProcess.run(["--search", "a", "--search", "b", month]).status == 64)
        #expect(try KanbaoProcess.run(["--search", "a", "--count", "--since", "2019-02-30", month]).status == 64)
        #expect(try KanbaoProcess.run(["--search", "a", "--count", "--by", "day", KanbaoProcess.seedPath]).status == 65)
    }
}

/// On the archive screen, in tmux: `/习近平` counts both scripts as the command line does, and `+`
/// puts a second search beside it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ScriptFoldEndToEndTests {
    @Test func theArchiveScreenFindsBothScriptsAndComparesTwoSearches() throws {
        let archive = Array(ScriptFoldCLITests.archive.prefix(2))
        let cache = try KanbaoProcess.temporaryDirectory()
        let counted = try KanbaoProcess.run(["--search", "习近平", "--count"] + archive, environment: ["XDG_CACHE_HOME": cache.path])
        let total = try #require(counted.stdout.split(separator: "\n").last.flatMap { Int($0.dropFirst("total ".count)) })
        let session = try TmuxSession(["--forget"] + archive, width: 100, height: 30, environment: ["XDG_CACHE_HOME": cache.path])
        _ = try session.wait { $0.contains("合订本 archive — 4期 issues") }
        try session.search("习近平")
        // (The count is said until the next key; the `&` list's foot keeps the total.)
        let found = try session.wait { $0.contains("「习近平」\(total)处 matches in 4期") || $0.contains("「习近平」 n/N") }
        #expect(found.contains("2019年3月1日"))
        try session.send("&")
        _ = try session.wait { $0.contains(" 1/\(total) ↓↑") }
        try session.send("Escape")
        _ = try session.wait { !$0.contains(" 1/\(total) ↓↑") }
        try session.send("+")
        try session.type("合作")
        try session.send("Enter")
        let compared = try session.wait { $0.contains("「习近平」 「合作」 · 每日 per day") }
        #expect(compared.contains("「习近平」+「合作」") || compared.contains("对比 compared"))
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
