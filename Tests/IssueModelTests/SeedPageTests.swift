import TestSupport
import Testing
@testable import IssueModel

/// The seed page must give exactly these six articles (issue #2).
@Suite struct SeedPageTests {
    let issue = PageParser.parse(Seed.text)

    struct Expected: Sendable {
        var kicker: String?
        var headline: String
        var byline: String?
        var paragraphs: Int
        var credit: String?
    }

    static let expected: [Expected] = [
        .init(kicker: "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面", headline: "北京市总工会到国资公司调研并慰问一线职工",
              byline: "记者 白莹", paragraphs: 5),
        .init(kicker: "“党建带工建”推进工会驿站建设", headline: "潞源街道总工会打造户外劳动者“温馨港湾”",
              byline: "记者 卢继延", paragraphs: 4),
        .init(headline: "中铁建工西北分公司工会邀职工家属共享“家”文化", byline: "记者 马超 通讯员 刘甜", paragraphs: 3),
        .init(headline: "心脏除颤仪“上岗” 职工健身场所", paragraphs: 1, credit: "本报记者 盛丽 曹立栋 摄影报道"),
        .init(headline: "朝阳区医疗卫生工会为职工撑起“关爱伞”", byline: "记者 刘欣欣 通讯员 阚旭", paragraphs: 3),
        .init(headline: "龙潭街道总工会走访慰问坚守岗位一线职工", byline: "记者 边磊", paragraphs: 3),
    ]

    @Test func givesExactlySixArticlesInOrder() {
        #expect(issue.header == nil)
        #expect(issue.articles.count == 6)
        for (article, expected) in zip(issue.articles, Self.expected) {
            #expect(article.kicker == expected.kicker)
            #expect(article.headline == expected.headline)
            #expect(article.subheadline == nil)
            #expect(article.byline == expected.byline)
            #expect(article.paragraphs.count == expected.paragraphs, "\(article.headline)")
            #expect(article.credit == expected.credit)
        }
    }

    @Test(arguments: [
        "全国首家A+H股固废处理上市公司", "开展篮球等多项比赛", "劳动技能兴趣小组活动", "团结引领职工坚决拥护改革",
        "将党建工作与工会工作深度融合", "等建立合作关系", "职工史新刚说", "注重劳逸结合", "主席刘政华介绍", "一线职工生产生活安全",
    ])
    func mendsColumnBreak(phrase: String) {
        let hits = issue.articles.flatMap(\.paragraphs).filter { $0.contains(phrase) }
        #expect(hits.count == 1, "\(phrase) should be whole in exactly one paragraph")
    }

    @Test func leadKeepsItsFullText() {
        #expect(issue.articles[2].paragraphs[0].hasPrefix("本报讯（记者 马超 通讯员 刘甜）近日，中铁建工集团"))
    }

    @Test func fragmentBeforeItsRestIsNotAHeadline() {
        #expect(!issue.articles.contains { $0.headline.contains("主席刘") })
        #expect(issue.articles[4].paragraphs[2].hasPrefix("朝阳区医疗卫生工会主席刘政华介绍，作为全区"))
    }

    @Test func creditIsNotAParagraph() {
        #expect(!issue.articles.flatMap(\.paragraphs).contains { $0.contains("摄影报道") })
    }

    @Test func nothingLostNothingInvented() {
        #expect(visibleScalars(issue.sourceTexts) == visibleScalars([Seed.text]))
    }
}
