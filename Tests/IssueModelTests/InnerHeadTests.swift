import TestSupport
import Testing
@testable import IssueModel

/// Inner section heads (issue 14, part 1), each rule with the real line it was made for.
@Suite struct InnerHeadTests {
    static func heads(_ article: Article) -> [String] { article.heads.map { article.paragraphs[$0] } }

    @Test func aLongArticleWithInnerHeadsIsOneArticleAndKnowsItsHeads() throws {
        let issue = PageParser.parse(Pages.innerHeads)
        #expect(issue.header == "人民日报 2025年03月10日 第01版 要闻")
        #expect(issue.articles.count == 2)
        let article = try #require(issue.articles.first)
        #expect(article.kicker == "2025年全国两会——")
        #expect(article.headline == "代表委员热议教育强国建设")
        #expect(article.credit == "王华斌摄（影像中国）")
        #expect(Self.heads(article) == [
            "关键词 教育", "讲述", "一段跨越千里的教育情缘", "【热议】", "纪律严明，筑牢作风“高压线”",
            "5G赋能：借势东风好扬帆", "“当前形势为出现新一轮难民危机敲响警钟”",
        ])
        #expect(article.paragraphs.count == 14)
        // A kicker ending in `——` opens the next article, it does not close this one.
        #expect(issue.articles[1].kicker == "网友热议任仲平文章——")
        #expect(issue.articles[1].headline == "在新的起点上奋勇前进")
        #expect(issue.articles[1].heads.isEmpty)
    }

    /// On a page whose articles all stand apart (two blank lines before each), a head with one blank
    /// line above it is not a headline, even before a paragraph that opens with a date (the real
    /// line, from February 2019, had opened an article of its own).
    @Test func onASpacedPageAHeadBeforeADatedParagraphStaysInItsArticle() {
        let page = """
            英雄模范是民族最闪亮的坐标

            本报北京2月1日电 （记者 张三）尊崇军人的社会氛围日益浓厚。

            荣誉感、获得感、认同感与日俱增，崇尚英雄的社会氛围不断形成。

            “永远做党和人民的忠诚卫士”

            2018年9月30日，烈士纪念日，北京天安门。习近平等党和国家领导人向人民英雄敬献花篮。


            春节假期全国接待游客4.15亿人次

            本报北京2月10日电 （记者 李四）记者从文化和旅游部获悉，春节假期全国旅游市场平稳有序。
            """
        let issue = PageParser.parse(page)
        #expect(issue.articles.map(\.headline) == ["英雄模范是民族最闪亮的坐标", "春节假期全国接待游客4.15亿人次"])
        #expect(Self.heads(issue.articles[0]) == ["“永远做党和人民的忠诚卫士”"])
    }

    /// On such a page only a line set apart opens an article: a head with a paragraph's space above
    /// it goes on as body text of the article it is in.
    @Test func onASpacedPageOnlyALineSetApartOpensAnArticle() {
        let page = """
            加快建设现代化经济体系

            本报北京2月1日电 （记者 张三）会议强调，要坚持以供给侧结构性改革为主线。

            构建现代产业体系

            要推动制造业高质量发展，加快发展先进制造业和现代服务业。

            深化经济体制改革

            要加快完善社会主义市场经济体制，激发各类市场主体活力。


            春节假期全国接待游客4.15亿人次

            本报北京2月10日电 （记者 李四）记者从文化和旅游部获悉，春节假期全国旅游市场平稳有序。
            """
        let issue = PageParser.parse(page)
        #expect(issue.articles.map(\.headline) == ["加快建设现代化经济体系", "春节假期全国接待游客4.15亿人次"])
        #expect(Self.heads(issue.articles[0]) == ["构建现代产业体系", "深化经济体制改革"])
    }

    @Test func aHeadIsNeverJoinedToTheParagraphAfterIt() {
        let article = PageParser.parse("标题\n\n第一段说完了。\n\n纪律严明，筑牢作风“高压线”\n\n“进入房间，桌上摆放的是一份日程。”\n").articles[0]
        #expect(article.paragraphs == ["第一段说完了。", "纪律严明，筑牢作风“高压线”", "“进入房间，桌上摆放的是一份日程。”"])
        #expect(article.heads == [1])
    }

    @Test func aParagraphIsNeverJoinedToAHeadAfterIt() {
        // The paragraph before the head does not end its sentence (a column break could have cut
        // it), and still the head stands alone: it is followed by a paragraph of its own.
        let article = PageParser.parse("标题\n\n第一段说完了。\n\n讲述\n\n一段跨越千里的教育情缘\n\n“我们村的孩子，现在也能上网课了。”\n").articles[0]
        #expect(article.paragraphs == ["第一段说完了。", "讲述", "一段跨越千里的教育情缘", "“我们村的孩子，现在也能上网课了。”"])
        #expect(article.heads == [1, 2])
    }

    @Test(arguments: [
        // The seed's column break: 12 characters that end mid-name, continued by an ordinary line.
        ("朝阳区医疗卫生工会主席刘", "政华介绍，作为全区卫生系统的工会组织。"),
        // Continued by a line that starts with a comma.
        ("今年春节期间各地举办的活动", "，吸引了大批游客前来参观。"),
        // A piece that leaves a quote open.
        ("“影视作品能潜移默化地加深了", "解。”他说。"),
    ])
    func aPieceOfAParagraphIsMendedNotMadeAHead(piece: String, rest: String) {
        let article = PageParser.parse("标题\n\n第一段说完了。\n\n\(piece)\n\n\(rest)\n").articles[0]
        #expect(article.heads.isEmpty)
        #expect(article.paragraphs == ["第一段说完了。", piece + rest])
    }

    @Test func notesAndAttributionsAreNotHeads() {
        let article = PageParser.parse("标题\n\n第一段说完了。\n\n——编者\n\n第二段说完了。\n\n（完）\n").articles[0]
        #expect(article.heads.isEmpty)
        // `——编者` closes the note above it: the next paragraph is not glued to it.
        #expect(article.paragraphs == ["第一段说完了。", "——编者", "第二段说完了。", "（完）"])
    }

    @Test func numberedHeadsAreHeadsAndNumberedParagraphsAreNot() {
        let article = PageParser.parse("标题\n\n第一段说完了。\n\n四、提高政治能力\n\n要坚持学习。\n\n（一）稳定完善政策。保持土地承包关系稳定\n").articles[0]
        #expect(Self.heads(article) == ["四、提高政治能力"])
    }

    @Test func headsKeepEveryCharacter() {
        let issue = PageParser.parse(Pages.innerHeads)
        let source = Pages.innerHeads.unicodeScalars.filter { !TextShape.isWhitespace($0) }
        let parsed = issue.sourceTexts.joined().unicodeScalars.filter { !TextShape.isWhitespace($0) }
        #expect(String(String.UnicodeScalarView(parsed)) == String(String.UnicodeScalarView(source)))
    }
}
