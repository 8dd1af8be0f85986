import Foundation
import IssueModel
import Testing
import TestSupport

/// The crawler layout's names and files: `YYYYMMDD-PP-AA.txt`, and lines 1–3 taken as they are.
@Suite struct CrawlerFileNameTests {
    @Test func aNameGivesTheDateThePageAndThePlace() throws {
        let name = try #require(CrawlerFileName("20191001-02-13.txt"))
        #expect(name.date == IssueDate(year: 2019, month: 10, day: 1))
        #expect(name.page == 2)
        #expect(name.article == 13)
        #expect(CrawlerFileName.pageName(name.page) == "第02版")
        #expect(CrawlerFileName.pageName(12) == "第12版")
    }

    @Test(arguments: [
        "20190201-01-01.txt~", "20190201-01-01.txt.bak", "20190201_01_01.txt", "2019021-01-01.txt",
        "x20190201-01-01.txt", "20190230-01-01.txt", "20191301-01-01.txt", "20190201-1-01.txt",
        "20190201-01-1.txt", "20190201-00-01.txt", "20190201-01-00.txt", "20190201-01-01.TXT", "20190201-01-01",
        "20190201-01-01-01.txt", "20190201-0a-01.txt", "２０１９０２０１-01-01.txt", "20190201-01-01.txt ",
    ])
    func aNearMissIsNotOne(name: String) {
        #expect(CrawlerFileName(name) == nil)
    }

    /// Any name at all, and above all long runs of digits where the numbers stand
    /// (`12345678901234567890.jpg` once trapped on overflow): a name or nil, never a crash; and a
    /// name is one only when it starts with its date and its numbers are in range.
    @Test func anyNameIsANameOrNilNeverATrap() {
        var random = SplitMix64(seed: 25)
        let pieces = ["0", "1", "9", "-", ".txt", "2019", "0201", "99999999999999999999", "x", "年", ".", "~"]
        for _ in 0..<20_000 {
            let name = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                Bool.random(using: &random) ? pieces.randomElement(using: &random)!
                    : String(repeating: "9", count: Int.random(in: 1...40, using: &random))
            }.joined()
            if let parsed = CrawlerFileName(name) {
                #expect(name.hasPrefix(parsed.date.iso.replacingOccurrences(of: "-", with: "") + "-") && name.hasSuffix(".txt"))
                #expect((1...999).contains(parsed.page) && (1...999).contains(parsed.article))
            }
        }
        #expect(CrawlerFileName("12345678901234567890.jpg") == nil)
        #expect(CrawlerFileName("20190201-" + String(repeating: "9", count: 30) + "-01.txt") == nil)
        #expect(CrawlerFileName(String(repeating: "2", count: 400) + "-01-01.txt") == nil)
    }

    @Test func theDateIsPrintedAsThePaperPrintsIt() throws {
        #expect(try #require(IssueDate(year: 2019, month: 10, day: 1)).chinese == "2019年10月1日 星期二")
        #expect(try #require(IssueDate(year: 2019, month: 2, day: 1)).chinese == "2019年2月1日 星期五")
        #expect(try #require(IssueDate(year: 2020, month: 2, day: 29)).chinese == "2020年2月29日 星期六")
        #expect(try #require(IssueDate(year: 2000, month: 1, day: 1)).chinese == "2000年1月1日 星期六")
        #expect(try #require(IssueDate(year: 2019, month: 10, day: 1)).iso == "2019-10-01")
        #expect(IssueDate(year: 2019, month: 2, day: 29) == nil)
        #expect(IssueDate(year: 2100, month: 2, day: 29) == nil)
        #expect(IssueDate(year: 2019, month: 4, day: 31) == nil)
    }
}

@Suite struct CrawlerArticleTests {
    @Test func anEmptyKickerLineMeansNoKickerAndTheHeadlineIsLineTwo() {
        let article = CrawlerArticle.parse("\n李克强会见2019年度中国政府友谊奖获奖外国专家\n韩正参加会见\n\u{3000}\u{3000}本报北京9月29日电 正文。\n")
        #expect(article.kicker == nil)
        #expect(article.headline == "李克强会见2019年度中国政府友谊奖获奖外国专家")
        #expect(article.subheadline == "韩正参加会见")
        #expect(article.paragraphs == ["本报北京9月29日电 正文。"])
    }

    @Test func linesOneToThreeAreTakenWhateverTheyLookLike() {
        let long = "牢记嘱托勇为人先 改革创新砥砺奋进（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）"
        let article = CrawlerArticle.parse("外交部发言人——\n\(long)\n——上海落实习近平总书记全国两会重要讲话精神纪实\n\u{3000}\u{3000}正文。\n")
        #expect(article.kicker == "外交部发言人——")
        #expect(article.headline == long)
        #expect(article.subheadline == "——上海落实习近平总书记全国两会重要讲话精神纪实")
    }

    @Test func everyNonBlankLineAfterThemIsAParagraphIndentRemovedNothingElseChanged() {
        let article = CrawlerArticle.parse("引题\n主题\n\n\u{3000}\u{3000}第一段，没有句号\n\n  第二段 A+H股  两个空格。 \n\u{3000}\u{3000}（完）\n")
        #expect(article.paragraphs == ["第一段，没有句号", "第二段 A+H股  两个空格。", "（完）"])
        #expect(article.credit == nil)
    }

    @Test func aPhotoIsAnArticleWithNoBody() {
        let article = CrawlerArticle.parse("\n广告\n\n")
        #expect(article == Article(headline: "广告", paragraphs: []))
        #expect(CrawlerArticle.parse("\n广告") == Article(headline: "广告", paragraphs: []))
    }

    @Test func aKickerWithNoHeadlineStaysTheKicker() {
        #expect(CrawlerArticle.parse("只有引题\n\n\n") == Article(kicker: "只有引题", headline: "", paragraphs: []))
        #expect(CrawlerArticle.parse("只有一行") == Article(kicker: "只有一行", headline: "", paragraphs: []))
    }

    @Test func theBylineIsReadFromTheLead() {
        let article = CrawlerArticle.parse("\n标题\n\n\u{3000}\u{3000}本报北京1月31日电\u{A0}（记者杜一菲）国家主席习近平31日会见。\n")
        #expect(article.byline == "记者杜一菲")
    }

    @Test func innerHeadsAreRecognisedButNotTheClosingLine() {
        let article = CrawlerArticle.parse("""

            标题

            \u{3000}\u{3000}本报讯 开头一段。
            \u{3000}\u{3000}【热议】
            \u{3000}\u{3000}大家都说好。
            \u{3000}\u{3000}守护界碑，使命如山
            \u{3000}\u{3000}“他们说，这里就是家。”
            \u{3000}\u{3000}版式：蔡华伟
            """)
        #expect(article.heads == [1, 3])
        #expect(article.paragraphs.count == 6)
    }
}
