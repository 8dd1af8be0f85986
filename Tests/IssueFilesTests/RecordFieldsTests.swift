@testable import IssueFiles
import Testing

/// Which field of a record is which: the usual names, the user's, and what is refused.
@Suite struct RecordFieldsTests {
    @Test func usualNamesChineseAndEnglish() {
        let scrapy = RecordFields().assignment(of: ["keyword", "text", "title1", "title2", "title3", "date"])
        #expect(scrapy == [.kicker: "title1", .headline: "title2", .subheadline: "title3", .body: "text", .date: "date"])
        let chinese = RecordFields().assignment(of: ["标题", "正文", "发布时间", "版面", "作者"])
        #expect(chinese == [.headline: "标题", .body: "正文", .date: "发布时间", .page: "版面", .author: "作者"])
        // (A summary is the text only where there is no text.)
        #expect(RecordFields().assignment(of: ["title", "excerpt", "content"])[.body] == "content")
        #expect(RecordFields().assignment(of: ["Publish_Date", "TITLE"]) == [.date: "Publish_Date", .headline: "TITLE"])
    }

    @Test func theUsersNamesComeFirst() throws {
        let fields = try RecordFields.parse("headline=题目, body=文章,date=发表").get()
        #expect(fields.assignment(of: ["题目", "文章", "发表", "title"]) == [.headline: "题目", .body: "文章", .date: "发表"])
        #expect(fields.fingerprint != 0 && RecordFields().fingerprint == 0)
        for bad in ["title", "headline=", "colour=red"] {
            #expect(throws: RecordFields.FieldsError.self) { try RecordFields.parse(bad).get() }
        }
    }
}
