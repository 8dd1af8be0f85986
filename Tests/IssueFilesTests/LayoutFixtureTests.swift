import Foundation
import IssueFiles
import IssueModel
import Testing

/// The floor of every corpus layout and of the paper's own pages (`Tests/Fixtures/layouts/`,
/// `Tests/Fixtures/html/`: real files cut small by `Scripts/make-layout-fixtures.py`, each with the
/// truth read from its source): each expected
/// article found in order, with its titles, date, 版 and body — as `corpora.py` scores them.
@Suite struct LayoutFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let root = fixtures.appendingPathComponent("layouts")

    struct Got {
        let date: String?
        let page: Int?
        let titles: [String]
        let headline: String
        let body: String
        let byline: String?
    }

    static func flat(_ text: String?) -> String {
        String(String.UnicodeScalarView((text ?? "").precomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The articles as `--json` gives them, each with its page's date and number.
    static func read(_ path: String) throws -> [Got] {
        let plan = try IssuePlan.of([path])
        var got: [Got] = [], page = 0
        let reading = IssueReading(plan, text: { (path) throws(PageInputError) in
            try TextDecoding.decode(try PageSource.readBytes(path: path ?? ""), name: path ?? "").text
        }, warn: { _ in })
        _ = try reading.walk(beginPage: { page = $0 }, header: { _ in }) { article in
            let planned = plan.pages[page]
            got.append(Got(date: planned.date?.iso, page: planned.number,
                           titles: [article.kicker, article.headline, article.subheadline].compactMap { $0 }.map(flat).sorted(),
                           headline: article.headline, body: flat(article.paragraphs.joined() + (article.credit ?? "")),
                           byline: article.byline))
        }
        return got
    }

    /// `layouts/jsonl`, `html/rss`, …
    static var samples: [String] {
        ["layouts", "html"].flatMap { kind in
            ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(kind).path)) ?? []).sorted().map { kind + "/" + $0 }
        }
    }

    @Test(arguments: samples) func everyArticleIsFoundWithItsTitlesDateAnd版(sample: String) throws {
        let folder = Self.fixtures.appendingPathComponent(sample)
        let expect = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expect.json"))) as? [String: Any])
        let want = try #require(expect["articles"] as? [[String: Any]])
        let got = try Self.read(folder.appendingPathComponent("input").path)
        var next = 0
        for article in want {
            let titles = (article["titles"] as? [String]) ?? ["kicker", "headline", "subheadline"].compactMap { article[$0] as? String }
            let key = Self.flat((article["headline"] as? String) ?? titles.first)
            let hit = got.indices.dropFirst(next).prefix(40).first { got[$0].titles.joined().contains(key) }
            guard let hit else {
                Issue.record("\(sample): not found: \(key)")
                continue
            }
            next = hit + 1
            let found = got[hit]
            #expect(found.titles == titles.map(Self.flat).filter { !$0.isEmpty }.sorted()
                    || found.titles.joined().count == titles.map(Self.flat).joined().count, "\(sample): titles of \(key)")
            if let date = article["date"] as? String { #expect(found.date == date, "\(sample): date of \(key)") }
            if let page = article["page"] as? Int { #expect(found.page == page, "\(sample): 版 of \(key)") }
            if let body = article["body"] as? String {
                let byline = Self.flat(article["byline"] as? String)
                #expect(found.body == Self.flat(body) || (!byline.isEmpty && found.body.replacingOccurrences(of: byline, with: "") == Self.flat(body)),
                        "\(sample): body of \(key)")
            }
            if let byline = article["byline"] as? String { #expect(Self.flat(found.byline).contains(Self.flat(byline)), "\(sample): byline of \(key)") }
        }
    }

    /// A record's raw line breaks inside its strings (as a scrapy export leaves them), objects one
    /// after another, and a field of HTML: read, not refused.
    @Test func recordsWithRawLineBreaksOneAfterAnother() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("items.json")
        try Data("{\"title\": \"<h1>第一篇</h1>\n\", \"content\": \"甲段。\n乙段。\", \"date\": \"2020年3月4日第5版\"}\n{\"标题\": \"第二篇\", \"正文\": \"丙段。\", \"日期\": \"2020-03-05\"}".utf8)
            .write(to: file)
        let got = try Self.read(file.path)
        #expect(got.map(\.headline) == ["第一篇", "第二篇"])
        #expect(got.map(\.date) == ["2020-03-04", "2020-03-05"] && got[0].page == 5)
        #expect(got[0].body == "甲段。乙段。")
    }

    /// A file whose fields cannot be told says which fields it saw.
    @Test func recordsWithoutTitleOrTextNameTheirFields() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-\(UUID().uuidString).csv")
        try Data("编号,数量\n1,2\n".utf8).write(to: file)
        #expect(throws: PageInputError.notArticles(file.path, reason: "no title or text among its fields (数量, 编号); say which is which with --fields headline=…,body=…")) {
            _ = try Self.read(file.path)
        }
    }

    /// A CSV with a BOM, CRLF rows and quoted fields over several lines (the day's CSV beside its
    /// JSON): its title, date, 版, and as text its excerpt, a paragraph a line.
    @Test func csvWithBOMCRLFAndQuotedLineBreaks() throws {
        let got = try Self.read(Self.root.appendingPathComponent("daily-json/input/daily_2026-08-05.csv").path)
        #expect(got.count == 1)
        #expect(got[0].headline == "“无边”剧场 为民“现场”（人民时评）" && got[0].date == "2026-08-05" && got[0].page == 5)
        #expect(got[0].body.hasPrefix("从街头剧到直播间") && got[0].body.contains("不少短视频用户发现"))
    }

    /// Markdown's markup is not text: shortcodes, images, links (their text kept), emphasis, headings.
    @Test func markdownMarkupIsNotShown() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-\(UUID().uuidString).md")
        try Data("""
            ---
            title: "标题"
            date: 2017-01-02
            author: 作者甲
            ---

            # 标题

            {{< video src="https://example.org/v" >}}
            ![图](https://example.org/a.jpg)
            第一段有**重点**和[链接](https://example.org)。

            ## 小标题

            第二段。
            """.utf8).write(to: file)
        let got = try Self.read(file.path)
        #expect(got.count == 1 && got[0].headline == "标题" && got[0].date == "2017-01-02" && got[0].byline == "作者甲")
        #expect(got[0].body == "第一段有重点和链接。小标题第二段。")
    }
}
