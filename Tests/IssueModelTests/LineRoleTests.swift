import Testing
@testable import IssueModel

/// The learned line roles: the weights match the features the code computes, the hand-set
/// certainties, and the decisions on real lines of People's Daily and the seed.
@Suite struct LineRoleTests {
    func lines(_ text: String) -> [PageLine] { PageLine.lines(of: text) }

    /// The generated weights were fitted on these very features, in this order.
    @Test func weightsAreForTheFeaturesComputed() {
        #expect(LineRoleWeights.names == LineFeatures.names)
        for model in [LineRoleWeights.spaced, LineRoleWeights.flat] {
            #expect(model.weights.count == LineFeatures.names.count)
            #expect(model.weights.allSatisfy { $0.count == 4 })
            #expect(model.prior.count == 4)
        }
        let page = lines("标题\n\n本报讯 正文。\n")
        #expect(LineFeatures.of(page, pageStart: 0).allSatisfy { $0.count == LineFeatures.names.count })
    }

    @Test func certainRulesForbidWhatCannotBe() {
        let page = lines("""
            国务院常务会议部署推进城市更新

            新华社北京8月21日电　国务院常务会议21日召开。

            ——全国夏粮产量保持稳定

            （下转第二版）

            这一句以句号结束。

            一、菜品由居民点单
            """)
        let allowed = LineRoles.certainties(page, pageStart: 0, page: LineFeatures.Page(page[...]))
        #expect(allowed[0] == 0b0110)  // before a strong lead: a headline or subheadline
        #expect(allowed[1] == 0b1000)  // the lead: body
        #expect(allowed[2] == 0b1100)  // a dash: subheadline or body
        #expect(allowed[3] == 0b1100)  // a bracketed note: body, or a document's date under its title
        #expect(allowed[4] == 0b1100)  // ends with a full stop
        #expect(allowed[5] == 0b1000)  // a numbered inner heading
    }

    /// A real People's Daily block (20190201, page 1): kicker empty, headline, then a long summary
    /// subheadline that ends in a full stop, then the lead.
    @Test func aPeoplesDailyFrontPageBlock() {
        let page = lines("""
            习近平同卡塔尔埃米尔塔米姆举行会谈

            习近平：中方支持卡方自主探索符合本国国情的发展道路，赞赏卡方坚定奉行一个中国政策，感谢卡方在涉及中国核心利益问题上给予中方的坚定支持。双方要进一步对接发展战略，共同建设“一带一路”。

            　　本报北京1月31日电 （记者杜一菲）国家主席习近平31日在人民大会堂同卡塔尔埃米尔塔米姆举行会谈。两国元首一致同意，深化相互尊重、平等互利、共同发展的中卡战略伙伴关系。
            """)
        #expect(LineRoles.decide(page, pageStart: 0) == [.headline, .subheadline, .body])
    }

    /// The seed's column-break fragment: title-like, but the sentence goes on after it.
    @Test func aColumnBreakFragmentStaysBody() {
        let page = lines("""
            逸结合。并对一直以来在工作中兢兢业业、默默奉献，用温情守护患者的医务工作者表示感谢。

            朝阳区医疗卫生工会主席刘

            政华介绍，作为全区卫健系统职工“娘家人”，朝阳区医疗卫生工会始终关心关爱职工。
            """)
        #expect(LineRoles.decide(page, pageStart: 0) == [.body, .body, .body])
    }
}
