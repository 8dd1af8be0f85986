import Foundation
import Testing

/// The corpora people keep, from the command line: records whose fields are named with `--fields`,
/// the error that names the fields seen, a folder of two layouts, and the archive screen on the
/// 1946 run's Markdown month (`Tests/Fixtures/layouts/`).
@Suite struct CorporaCLITests {
    static let layouts = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/layouts")

    @Test func fieldsWithOtherNamesAreNamedOnTheCommandLine() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("稿件.csv")
        try Data("题目,文章,发表\n\"头一篇\",\"第一段，有逗号。\n第二段。\",2021年3月4日\n次一篇,另一段。,2021-03-04\n".utf8).write(to: file)
        let refused = try KanbaoProcess.run(["--json", file.path])
        #expect(refused.status == 65)
        #expect(refused.stderr == "kanbao: \(file.path): no title or text among its fields (发表, 文章, 题目); say which is which with --fields headline=…,body=…\n")
        let named = try KanbaoProcess.run(["--json", "--fields", "headline=题目, body=文章,date=发表", file.path])
        #expect(named.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(named.stdout.utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2021-03-04")
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.map { $0["headline"] as? String } == ["头一篇", "次一篇"])
        #expect(articles[0]["paragraphs"] as? [String] == ["第一段，有逗号。", "第二段。"])
        let bad = try KanbaoProcess.run(["--json", "--fields", "title", file.path])
        #expect(bad.status == 64 && bad.stderr.contains("--fields: \"title\" is not ROLE=FIELD"))
    }

    /// The day's JSON and the same as CSV side by side: the folder is read as JSON records, the CSVs
    /// said to be skipped.
    @Test func aFolderOfTwoLayoutsIsReadInTheFirst() throws {
        let result = try KanbaoProcess.run(["--json", Self.layouts.appendingPathComponent("daily-json/input").path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.map { $0["date"] as? String } == ["2026-07-31", "2026-08-03", "2026-08-04", "2026-08-05", "2026-08-06", "2026-08-07"])
        #expect(pages.allSatisfy { $0["number"] as? Int == 5 })
        #expect(pages.last?["name"] as? String == "2026年8月7日 星期五 第05版：评论")
        #expect(pages.reduce(0) { $0 + (($1["articles"] as? [Any])?.count ?? 0) } == 7)
        #expect(result.stderr.contains("daily_2026-08-05.csv: not JSON records (.json, .jsonl) like those beside it"))
    }

    /// The same two days as a saved e-paper site (2024 markup) and as crawler day folders: the
    /// same search counts; and a day of the paper as RSS opens with its 版 named.
    @Test func aSavedSiteCountsAsItsDayFoldersDo() throws {
        let root = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures")
        let cache = try KanbaoProcess.temporaryDirectory()
        for query in ["习近平", "合作", "的"] {
            let site = try KanbaoProcess.run(["--search", query, "--count", root.appendingPathComponent("epaper/2024/rmrb").path],
                                             environment: ["XDG_CACHE_HOME": cache.path])
            let days = try KanbaoProcess.run(["--search", query, "--count", root.appendingPathComponent("crawler/2019-02").path],
                                             environment: ["XDG_CACHE_HOME": cache.path])
            #expect(site.status == 0 && site.stdout == days.stdout && days.stdout.count > 10, "\(query)")
        }
        let feed = try KanbaoProcess.run(["--json", root.appendingPathComponent("html/rss/input/rmrb_2026-05-01.xml").path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(feed.stdout.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.first?["name"] as? String == "2026年5月1日 星期五 第01版：要闻" && pages.first?["number"] as? Int == 1)
    }

    /// The same two days as feeds (a file a day, each item an article page of the saved site, its
    /// title `[01版：要闻] …`): an archive whose counts are the day folders'.
    @Test func feedsOfTheSameDaysCountAsTheirDayFoldersDo() throws {
        let root = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures")
        let site = root.appendingPathComponent("epaper/2024")
        let truth = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("truth.json"))) as? [[String: Any]])
        let feeds = try KanbaoProcess.temporaryDirectory()
        for day in truth {
            let date = try #require(day["date"] as? String)
            var items = ""
            for page in try #require(day["pages"] as? [[String: Any]]) {
                let number = try #require(page["number"] as? Int), name = try #require(page["name"] as? String)
                for article in try #require(page["articles"] as? [[String: Any]]) {
                    let html = try String(contentsOf: site.appendingPathComponent(try #require(article["url"] as? String)), encoding: .utf8)
                    let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    items += "<item><title>[\(String(format: "%02d", number))版：\(name)] \(article["headline"] as? String ?? "")</title>"
                        + "<description>\(escaped)</description></item>\n"
                }
            }
            let name = "rmrb_\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2)).xml"
            try Data("<?xml version='1.0' encoding='UTF-8'?>\n<rss version=\"2.0\"><channel><title>人民日报</title>\n\(items)</channel></rss>\n".utf8)
                .write(to: feeds.appendingPathComponent(name))
        }
        let cache = try KanbaoProcess.temporaryDirectory()
        let list = try KanbaoProcess.run(["--list", feeds.path], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(list.stdout == "2019-02-01  5版  12篇\n2019-02-12  2版  3篇\n")
        for query in ["习近平", "合作", "的"] {
            let fromFeeds = try KanbaoProcess.run(["--search", query, "--count", feeds.path], environment: ["XDG_CACHE_HOME": cache.path])
            let fromDays = try KanbaoProcess.run(["--search", query, "--count", root.appendingPathComponent("crawler/2019-02").path],
                                                 environment: ["XDG_CACHE_HOME": cache.path])
            #expect(fromFeeds.status == 0 && fromFeeds.stdout == fromDays.stdout, "\(query)")
        }
    }

    /// A Markdown file with front matter: the title, the date and the author, no `---` and no shortcode.
    @Test func frontMatterIsNotText() throws {
        let result = try KanbaoProcess.run(["--json", Self.layouts.appendingPathComponent("frontmatter-md/input/article_176.md").path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let article = try #require((object["articles"] as? [[String: Any]])?.first)
        #expect(article["headline"] as? String == "《太空潛航者》：太空災難片新經典？" && article["byline"] as? String == "林兆彬")
        #expect(object["date"] as? String == "2017-01-03")
        #expect(!result.stdout.contains("{{<") && !result.stdout.contains("title:"))
    }
}

/// The 1946 run's Markdown month on the archive screen, in tmux: its days, an issue opened.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct CorporaArchiveEndToEndTests {
    @Test func theMarkdownMonthOpensOnTheArchiveScreen() throws {
        let month = CorporaCLITests.layouts.appendingPathComponent("md-1946/input").path
        let session = try TmuxSession(["--forget", month], width: 100, height: 30)
        let archive = try session.wait { $0.contains("合订本 archive — 5期 issues") && $0.contains("1946年5月19日") }
        #expect(archive.contains("▌ 1946年5月15日 星期三  2版  2篇") && archive.contains("1946年5月19日 星期日  2版  2篇"))
        try session.send("Enter")
        // (Waited for whole: a capture can land mid-frame, the issue's top drawn over the archive's list.)
        let issue = try session.wait { $0.contains(" 1946年5月15日 第01版 · ") && $0.contains("发刊词") && $0.contains(" q 回到合订本 ") }
        #expect(issue.contains("q 回到合订本 back to the archive"))
        try session.send("q")
        _ = try session.wait { $0.contains("合订本 archive — 5期 issues") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// 300 days in one JSON Lines file: the archive screen on its days, a search's count there the
    /// same as the command line's, and a day opened on its article.
    @Test func threeHundredDaysOfJSONLinesOnTheArchiveScreen() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("days.jsonl")
        let lines = (0..<300).map { day in
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: 1_577_836_800))!
            let iso = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            return "{\"title\": \"第\(day)天的消息\", \"content\": \"\(String(repeating: "今天读报。", count: day % 3))第\(day)天。\", \"date\": \"\(iso)\"}"
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let cache = try KanbaoProcess.temporaryDirectory()
        let plain = try KanbaoProcess.run(["--search", "读报", "--count", file.path], environment: ["XDG_CACHE_HOME": cache.path])
        let total = try #require(plain.stdout.split(separator: "\n").last.flatMap { Int($0.dropFirst("total ".count)) })
        #expect(total == (0..<300).reduce(0) { $0 + $1 % 3 })
        let session = try TmuxSession(["--forget", file.path], width: 100, height: 30, environment: ["XDG_CACHE_HOME": cache.path], traced: true)
        _ = try session.wait { $0.contains("合订本 archive — 300期 issues · 300篇 articles") && $0.contains("▌ 2020年1月1日 星期三    1版  1篇") }
        try session.search("读报")
        // The count is said once, until the next key (the frame drawn is checked: see waitDrawn);
        // the `&` list's foot keeps the total.
        let counted = try session.wait { $0.contains("▌ 2020年1月2日") && !$0.contains("请稍候 working") && !$0.contains("搜索 searching") }
        #expect(counted.contains("「读报」"))
        try session.waitDrawn("「读报」\(total)处 matches in 200期")
        try session.send("&")
        _ = try session.wait { $0.contains(" 1/\(total) ↓↑") }
        try session.send("Enter")
        // (The search put the cursor on the first day with matches — day 1, not day 0 — and the
        // list on its first match.)
        // (The issue's own status line: the list over the archive shows the same headline and text.)
        let issue = try session.wait { $0.contains("「读报」1/1") && $0.contains("第1/1页") && $0.contains("今天读报。第1天。") }
        #expect(issue.contains("第1天的消息") && !issue.contains("第0天的消息"))
        // (Opened at a match, the issue has the search: Esc clears it, then q goes back, and q quits.)
        try session.send("Escape")
        _ = try session.wait { !$0.contains("「读报」1/1") && $0.contains("第1/1页") }
        try session.send("q")
        _ = try session.wait { $0.contains("合订本 archive — 300期 issues") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
