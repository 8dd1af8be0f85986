import Foundation
@testable import IssueFiles
import IssueModel
import MarkupTree
import Testing
import TestSupport

/// Markup made to hurt: deep nesting, entity expansion, scripts inside paragraphs, broken bytes —
/// and a seeded fuzz of the real page and feed. A page or a clear error; no crash, no hang.
@Suite struct HostileMarkupTests {
    static let html = LayoutFixtureTests.fixtures.appendingPathComponent("html")

    @Test func tenThousandNestedDivsAreAPage() throws {
        let page = "<html><body><h1>标题</h1>" + String(repeating: "<div>", count: 10_000) + "<p>正文。</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let tree = try #require(MarkupParser.html(Array(page.utf8), encoding: "UTF-8"))
        // (libxml2 stops going deeper at its limit; what it kept is read, without a deep recursion here.)
        _ = PageArticle.placed(in: tree)
        #expect(tree.textContent.contains("标题"))
    }

    @Test func entityExpansionIsNotFollowed() {
        let lol = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
            <rss><channel><item><title>[01版：要闻] 标题&f;</title><description>正文</description></item></channel></rss>
            """
        let tree = MarkupParser.xml(Array(lol.utf8))
        #expect((tree?.textContent.count ?? 0) < 10_000)
    }

    @Test func scriptsInsideParagraphsAndHiddenCopiesAreNotText() throws {
        let page = """
            <html><body><h1>标题</h1><div id="ozoom"><p>甲<script>document.write("乙")</script>丙</p>
            <p style="display: none">藏起来的</p><p><strong>小标题</strong></p><p>丁。</p></div>
            <div style="display:none" id="articleContent"><p>甲丙</p></div></body></html>
            """
        let tree = try #require(MarkupParser.html(Array(page.utf8), encoding: "UTF-8"))
        let placed = try #require(PageArticle.placed(in: tree))
        #expect(placed.article.headline == "标题")
        #expect(placed.article.paragraphs == ["甲丙", "小标题", "丁。"] && placed.article.heads.contains(1))
    }

    /// A GBK page that names its charset, and one that does not: the same text.
    @Test func pagesInGBKWithAndWithoutTheirCharset() throws {
        let body = "<h1>标题</h1><div id=\"ozoom\"><p>正文。</p></div></body></html>"
        for head in ["<html><head><meta charset=\"gbk\"></head><body>", "<html><body>"] {
            let bytes = try gbk(head + body)
            let placed = try HTMLPageLayout().articles(inBytes: [UInt8](bytes), name: "page.html").articles
            #expect(placed.first?.article.headline == "标题" && placed.first?.article.paragraphs == ["正文。"], "\(head)")
        }
    }

    func gbk(_ text: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GBK"]
        let input = Pipe(), output = Pipe()
        (process.standardInput, process.standardOutput) = (input, output)
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// 400 seeded mutations of the real page and feed (bytes flipped, cut, repeated, tags torn):
    /// each an article, none, or an error — never a crash.
    @Test func mutatedRealPagesAndFeedsDoNotCrash() throws {
        var random = SplitMix64(seed: 2026_12_03)
        let sources: [(bytes: [UInt8], layout: any ArticleFileLayout, name: String)] = [
            (Array(try Data(contentsOf: Self.html.appendingPathComponent("epaper-2018/input/rmrb2.html"))), HTMLPageLayout(), "page.html"),
            (Array(try Data(contentsOf: Self.html.appendingPathComponent("rss/input/rmrb_2026-05-01.xml")).prefix(40_000)), FeedLayout(), "feed.xml"),
        ]
        for round in 0..<400 {
            let source = sources[round % sources.count]
            var bytes = source.bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...500, using: &random)))
                case 2: bytes.insert(contentsOf: Array("<div><p><h1>".utf8), at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 200)], at: at)
                }
                if bytes.isEmpty { bytes = [0x3C] }
            }
            _ = try? source.layout.articles(inBytes: bytes, name: source.name)
        }
    }

    /// An Atom feed whose entries carry only a summary: each its title, summary and link, dated by
    /// its `updated`.
    @Test func atomEntriesWithASummaryOnly() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>某报</title>
            <entry><title>第一条消息</title><link href="https://example.org/1"/><updated>2026-05-02T08:00:00Z</updated>
            <summary>只有摘要。</summary></entry>
            <entry><title>[03版：经济] 第二条</title><link href="https://example.org/2"/><updated>Sat, 02 May 2026 08:00:00 +0000</updated>
            <content type="html">&lt;h1&gt;第二条&lt;/h1&gt;&lt;div id="ozoom"&gt;&lt;p&gt;全文。&lt;/p&gt;&lt;/div&gt;</content></entry></feed>
            """
        let placed = try FeedLayout().articles(inBytes: Array(atom.utf8), name: "feed.atom").articles
        #expect(placed.map(\.article.headline) == ["第一条消息", "第二条"])
        #expect(placed[0].article.paragraphs == ["只有摘要。", "https://example.org/1"] && placed[0].date?.iso == "2026-05-02")
        #expect(placed[1].article.paragraphs == ["全文。"] && placed[1].page == 3 && placed[1].pageName == "经济" && placed[1].date?.iso == "2026-05-02")
    }

    /// A page saved as Apple Daily's archive keeps it (`data/20210617/<ID>/index.html`): dated by its folder.
    @Test func aPageIsDatedByItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-data-\(UUID().uuidString)/data/20210617/ABC")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("index.html")
        try Data(contentsOf: Self.html.appendingPathComponent("appledaily/input/plain.html")).write(to: page)
        let placed = try HTMLPageLayout().read(page.path).articles
        #expect(placed.first?.date?.iso == "2021-06-17" && placed.first?.article.headline.hasPrefix("【財經專題】") == true)
        #expect(placed.first?.article.heads.count == 2)
    }
}
