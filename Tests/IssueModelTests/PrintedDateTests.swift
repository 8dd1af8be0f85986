import IssueModel
import Testing

/// Dates and 版 numbers in the forms files write them.
@Suite struct PrintedDateTests {
    @Test(arguments: [
        ("2016年01月05日", "2016-01-05"), ("\n  人民日报\n  2016年01月05日 星期二\n", "2016-01-05"), ("2018年7月10日第13版", "2018-07-10"),
        ("2026-08-07", "2026-08-07"), ("2017-01-01T08:00:00+08:00", "2017-01-01"), ("2019/02/01", "2019-02-01"), ("20020101", "2002-01-01"),
    ])
    func dates(text: String, iso: String) {
        #expect(PrintedDate.date(in: text)?.iso == iso)
    }

    @Test func notDates() {
        for text in ["123456789", "2019年13月1日", "第05版", "", "2019-02-30"] { #expect(PrintedDate.date(in: text) == nil, "\(text)") }
    }

    @Test func pages() {
        #expect(PrintedDate.page(in: "第13版") == 13 && PrintedDate.page(in: "05") == 5 && PrintedDate.page(in: "《人民日报》（ 2026年08月05日 第 05 版）") == 5)
        #expect(PrintedDate.page(in: "评论") == nil && PrintedDate.page(in: "第二版") == nil)
    }

    /// The title the body repeats is not repeated; lines of their own are the title's lines.
    @Test func repeatedTitlesLeaveTheBody() {
        let lines = ArticleAssembly.article(titles: ["热中我军奋战两昼夜  光复宁城"], body: "热中我军奋战两昼夜\n光复宁城\n【新华社】正文。")
        #expect(lines.headline == "热中我军奋战两昼夜" && lines.subheadline == "光复宁城" && lines.paragraphs == ["【新华社】正文。"])
        let marked = ArticleAssembly.article(titles: ["我们伟大的祖国（图片）"], body: "我们伟大的祖国\n北京天安门。")
        #expect(marked.headline == "我们伟大的祖国" && marked.paragraphs == ["北京天安门。"])
        let run = ArticleAssembly.article(titles: ["霸王嫖妓　肉金爭執"], body: "霸王嫖妓 肉金爭執 【本報訊】正文。")
        #expect(run.paragraphs == ["【本報訊】正文。"])
        let other = ArticleAssembly.article(titles: ["标题"], body: "标题党不是标题。")
        #expect(other.paragraphs == ["标题党不是标题。"])
    }
}
