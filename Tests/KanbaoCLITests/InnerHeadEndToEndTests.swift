import Foundation
import Testing

/// Inner section heads as a user meets them: in `--json`, in `--dump` (across and down) and in the
/// reader, where search finds them.
@Suite(.serialized)
struct InnerHeadEndToEndTests {
    static let page = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/inner-heads/longArticle.txt").path

    @Test func jsonSaysWhichParagraphsAreHeads() throws {
        let result = try KanbaoProcess.run(["--json", Self.page])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let articles = try #require(object?["articles"] as? [[String: Any]])
        #expect(articles.count == 2)
        let paragraphs = try #require(articles[0]["paragraphs"] as? [String])
        let heads = try #require(articles[0]["heads"] as? [Int])
        #expect(heads.map { paragraphs[$0] } == [
            "关键词 教育", "讲述", "一段跨越千里的教育情缘", "【热议】", "纪律严明，筑牢作风“高压线”",
            "5G赋能：借势东风好扬帆", "“当前形势为出现新一轮难民危机敲响警钟”",
        ])
        // `--list` is unchanged: one line an article.
        let list = try KanbaoProcess.run(["--list", Self.page])
        #expect(list.stdout.split(separator: "\n").count == 2)
    }

    @Test func dumpSetsEachHeadOnItsOwnLineWithABlankLineAbove() throws {
        let result = try KanbaoProcess.run(["--dump", "--width", "60", "--columns", "1", Self.page])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for head in ["【热议】", "纪律严明，筑牢作风“高压线”", "5G赋能：借势东风好扬帆"] {
            let index = try #require(lines.firstIndex(of: head), "\(head) is not a line of its own")
            #expect(lines[index - 1].isEmpty)
            // The paragraph after it starts on a line of its own, indented.
            #expect(lines[index + 1].hasPrefix("    "))
        }
        let vertical = try KanbaoProcess.run(["--dump", "--vertical", "--height", "24", Self.page])
        #expect(vertical.status == 0)
        // 【 in its vertical form: the head is set down the page with the rest.
        #expect(vertical.stdout.contains("︻"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
    func theReaderShowsHeadsAndSearchFindsThem() throws {
        let session = try TmuxSession([Self.page], width: 80, height: 40)
        try session.wait { $0.contains("代表委员热议教育强国建设") }
        try session.send("Enter")
        let article = try session.wait { $0.contains("关键词 教育") }
        let rows = article.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows.contains("讲述"))
        try session.search("热议】")
        let found = try session.wait { $0.contains("「热议】」1/1") }
        #expect(found.contains("【热议】"))
    }
}
