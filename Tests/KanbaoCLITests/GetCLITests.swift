import Foundation
import Testing

/// `kanbao get rmrb` against a site served on 127.0.0.1 (`Scripts/serve-site.py` over the saved
/// e-paper sites of `Tests/Fixtures/epaper/`, with its faults): the days fetched into a library that
/// opens as their truth, nothing asked for twice, refused and missing days named, dropped
/// connections retried, a stopped get taken up again. The real site is never contacted.
@Suite(.serialized) struct GetCLITests {
    /// A site served from `folder` (under `Tests/Fixtures/epaper/`) until `stop()`.
    final class Site {
        let process = Process()
        let port: Int
        let log: URL

        convenience init(_ folder: String, _ faults: [String] = [], under root: String = "Tests/Fixtures/epaper/") throws {
            try self.init(serving: KanbaoProcess.repositoryRoot.appendingPathComponent(root + folder), faults)
        }

        init(serving folder: URL, _ faults: [String] = []) throws {
            log = try KanbaoProcess.temporaryDirectory().appendingPathComponent("requests.log")
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", KanbaoProcess.repositoryRoot.appendingPathComponent("Scripts/serve-site.py").path,
                                 folder.path,
                                 "--log", log.path] + faults
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            var line = Data()
            while line.firstIndex(of: UInt8(ascii: "\n")) == nil {
                let more = output.fileHandleForReading.availableData
                if more.isEmpty { break }
                line += more
            }
            port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }

        var base: String { "http://127.0.0.1:\(port)" }
        var requests: [String] { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func get(_ arguments: [String], site: Site, into library: URL) throws -> KanbaoProcess.Result {
        try KanbaoProcess.run(["get", "rmrb"] + arguments + ["--base", site.base, "--into", library.path, "--pause", "0"])
    }

    /// The library's articles as `--json` gives them: (date, 版, kicker, headline, subheadline, paragraphs).
    static func articles(_ library: URL) throws -> [[String]] {
        let result = try KanbaoProcess.run(["--json", library.appendingPathComponent("rmrb").path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (object["pages"] as? [[String: Any]] ?? []).flatMap { page in
            (page["articles"] as? [[String: Any]] ?? []).map { article in
                row(date: page["date"] as? String ?? "", page: page["number"] as? Int ?? 0, article)
            }
        }
    }

    static func row(date: String, page: Int, _ article: [String: Any]) -> [String] {
        let titles: [String] = ["kicker", "headline", "subheadline"].map { article[$0] as? String ?? "" }
        let paragraphs: [String] = (article["paragraphs"] as? [String] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        return [date, String(page)] + titles + paragraphs
    }

    /// The truth of a fixture site, in the same form.
    static func truth(_ folder: String) throws -> [[String]] {
        let url = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/epaper/\(folder)/truth.json")
        let days = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        return days.flatMap { day -> [[String]] in
            let date = day["date"] as? String ?? ""
            let iso = "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))"
            return (day["pages"] as? [[String: Any]] ?? []).flatMap { page in
                (page["articles"] as? [[String: Any]] ?? []).map { article in
                    row(date: iso, page: page["number"] as? Int ?? 0, article)
                }
            }
        }
    }

    @Test(arguments: ["2018", "2024"]) func theDaysFetchedAreTheirTruthAndNotAskedForTwice(template: String) throws {
        let site = try Site(template)
        defer { site.stop() }
        let library = try KanbaoProcess.temporaryDirectory()
        let first = try Self.get(["2019-02-11..2019-02-12"], site: site, into: library)
        // (The 11th has no paper: named, and the status says a day asked for is missing.)
        #expect(first.status == 1 && first.stderr == "rmrb 2019-02-11: no paper that day (404)\nrmrb 2019-02-12: 3 articles\n")
        let truth = try Self.truth(template).filter { $0[0] == "2019-02-12" }
        #expect(try Self.articles(library) == truth)
        let asked = site.requests.count
        let again = try Self.get(["2019-02-12"], site: site, into: library)
        #expect(again.status == 0 && again.stderr == "rmrb 2019-02-12: already in the library\n")
        #expect(site.requests.count == asked)
    }

    @Test func droppedConnectionsAreRetriedAndRefusedDaysNamed() throws {
        let site = try Site("2024", ["--drop-every", "4", "--forbid-before", "20190205"])
        defer { site.stop() }
        let library = try KanbaoProcess.temporaryDirectory()
        let result = try Self.get(["2019-02-01..2019-02-01"], site: site, into: library)
        #expect(result.status == 1 && result.stderr.hasPrefix("rmrb 2019-02-01: refused by the site (403"))
        let kept = try Self.get(["2019-02-12"], site: site, into: library)
        #expect(kept.status == 0 && kept.stderr == "rmrb 2019-02-12: 3 articles\n")
        #expect(site.requests.contains { $0.hasPrefix("drop ") })
        #expect(try Self.articles(library) == (try Self.truth("2024").filter { $0[0] == "2019-02-12" }))
    }

    /// A get stopped in the middle leaves no day in sight; the next one completes it, asking only
    /// for what it did not have.
    @Test func aStoppedGetLeavesNoPartialDayAndIsTakenUpAgain() throws {
        let site = try Site("2024", ["--delay-ms", "150"])
        defer { site.stop() }
        let library = try KanbaoProcess.temporaryDirectory()
        let process = Process()
        process.executableURL = KanbaoProcess.binary
        process.arguments = ["get", "rmrb", "2019-02-01", "--base", site.base, "--into", library.path, "--pause", "0"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        while site.requests.filter({ $0.contains("/content/") }).count < 4 { usleep(20_000) }
        process.terminate()
        process.waitUntilExit()
        let month = library.appendingPathComponent("rmrb/2019/201902")
        #expect(!FileManager.default.fileExists(atPath: month.appendingPathComponent("20190201").path))
        let before = site.requests.filter { $0.contains("/content/") }
        let result = try Self.get(["2019-02-01"], site: site, into: library)
        #expect(result.status == 0 && result.stderr == "rmrb 2019-02-01: 12 articles\n")
        let after = site.requests.filter { $0.contains("/content/") }.dropFirst(before.count)
        #expect(Set(after).isDisjoint(with: Set(before.dropLast())))
        #expect(try Self.articles(library) == (try Self.truth("2024").filter { $0[0] == "2019-02-01" }))
    }

    /// A feed fetched from its URL is kept as its day, and opens with the same articles as the
    /// feed file opened directly.
    @Test func aFeedIsKeptAsItsDay() throws {
        let site = try Site("html/rss/input", under: "Tests/Fixtures/")
        defer { site.stop() }
        let library = try KanbaoProcess.temporaryDirectory()
        let url = site.base + "/rmrb_2026-05-01.xml"
        let fetched = try KanbaoProcess.run(["get", url, "--into", library.path, "--pause", "0"])
        #expect(fetched.status == 0 && fetched.stderr == "127.0.0.1 2026-05-01: 8 articles\n")
        let kept = library.appendingPathComponent("127.0.0.1/2026/202605/20260501.xml")
        let direct = try KanbaoProcess.run(["--json", KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/html/rss/input/rmrb_2026-05-01.xml").path])
        #expect(try KanbaoProcess.run(["--json", kept.path]).stdout == direct.stdout && direct.stdout.contains("以更大力度更实举措加强基础研究"))
        let again = try KanbaoProcess.run(["get", url, "--into", library.path, "--pause", "0"])
        // (Asked again with the answer's Last-Modified: the site says 304, and nothing changes.)
        #expect(again.status == 0 && again.stderr == "127.0.0.1: unchanged since the last get\n")
        #expect(site.requests == ["200 /rmrb_2026-05-01.xml", "304 /rmrb_2026-05-01.xml"])
    }

    /// A feed whose items are a title, a summary and a link: each linked page fetched and read in
    /// the item's place; one the site does not have named, and asked for again at the next get
    /// even though the feed itself answers 304.
    @Test func aFeedsLinkedPagesAreFetchedAndRead() throws {
        let served = try KanbaoProcess.temporaryDirectory()
        let pages = served.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let content = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/epaper/2024/rmrb/pc/content/201902/12")
        let page = try Data(contentsOf: content.appendingPathComponent("content_30017674.html"))
        try page.write(to: pages.appendingPathComponent("one.html"))
        let site = try Site(serving: served)
        defer { site.stop() }
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>要闻</title>
            <item><title>[01版：要闻] 页面里的标题</title><description>摘要。</description><link>pages/one.html</link><pubDate>Tue, 12 Feb 2019 08:00:00 +0800</pubDate></item>
            <item><title>还没有的一篇</title><description>另一个摘要。</description><link>\(site.base)/pages/two.html</link><pubDate>Tue, 12 Feb 2019 08:00:00 +0800</pubDate></item>
            </channel></rss>
            """.utf8).write(to: served.appendingPathComponent("feed.xml"))
        let library = try KanbaoProcess.temporaryDirectory()
        let url = site.base + "/feed.xml"
        let first = try KanbaoProcess.run(["get", url, "--into", library.path, "--pause", "0"])
        #expect(first.status == 1 && first.stderr == "127.0.0.1 2019-02-12: 2 articles; 1 of their pages could not be fetched (the next get tries again)\n")
        let direct = try JSONSerialization.jsonObject(with: Data(try KanbaoProcess.run(["--json", content.appendingPathComponent("content_30017674.html").path]).stdout.utf8))
        let pageArticle = try #require(((direct as? [String: Any])?["articles"] as? [[String: Any]])?.first)
        let kept = try JSONSerialization.jsonObject(with: Data(try KanbaoProcess.run(["--json", library.appendingPathComponent("127.0.0.1").path]).stdout.utf8))
        let articles = ((kept as? [String: Any])?["pages"] as? [[String: Any]] ?? []).flatMap { $0["articles"] as? [[String: Any]] ?? [] }
        #expect(articles.count == 2)
        // The first item is its page's article, on the feed's 版; the second its summary and link.
        #expect(articles.first?["headline"] as? String == pageArticle["headline"] as? String)
        #expect(articles.first?["paragraphs"] as? [String] == pageArticle["paragraphs"] as? [String] && (pageArticle["paragraphs"] as? [String])?.isEmpty == false)
        #expect(articles.last?["headline"] as? String == "还没有的一篇")
        try page.write(to: pages.appendingPathComponent("two.html"))
        let asked = site.requests.count
        let again = try KanbaoProcess.run(["get", url, "--into", library.path, "--pause", "0"])
        #expect(again.status == 0 && again.stderr == "127.0.0.1: unchanged; 1 of its items' pages fetched\n")
        #expect(Array(site.requests.dropFirst(asked)) == ["304 /feed.xml", "200 /pages/two.html"])
        let after = try KanbaoProcess.run(["--list", library.appendingPathComponent("127.0.0.1").path])
        #expect(!after.stdout.contains("还没有的一篇"))
    }

    @Test func noNetworkIs69AndABadDateIsUsage() throws {
        let library = try KanbaoProcess.temporaryDirectory()
        let none = try KanbaoProcess.run(["get", "rmrb", "2019-02-12", "--base", "http://127.0.0.1:9", "--into", library.path, "--pause", "0"])
        #expect(none.status == 69 && none.stderr.hasPrefix("kanbao: get: no answer from http://127.0.0.1:9"))
        #expect(try KanbaoProcess.run(["get", "rmrb", "2019-13-01"]).status == 64)
        #expect(try KanbaoProcess.run(["get", "xyz"]).status == 64)
    }
}
