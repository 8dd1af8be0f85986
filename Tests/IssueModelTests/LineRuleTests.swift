import Testing
@testable import IssueModel

/// Table-driven cases for the single-line recognisers the parser builds on.
@Suite struct LineRuleTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test(arguments: [
        ("本报讯（记者 白莹）8月21日，北京市总工会", LeadLine.Evidence.strong),
        ("本报北京8月21日电（记者 王明）国家统计局", .strong),
        ("新华社北京8月21日电 国务院常务会议", .strong),
        ("新华社记者张三报道：", .strong),
        ("■本报记者 张三", .strong),
        ("8月21日，北京市总工会到国资公司调研", .weak),
        ("2023年8月21日，记者来到", .weak),
        ("二十一日电 据悉", .weak),
        ("近日，北京广播电视台", .weak),
        ("昨天，记者走进", .weak),
        ("政华介绍，作为全区卫健系统职工", .none),
        ("座谈会上，调研组一行听取了", .none),
        ("本报讯是一种格式", .strong),
        // A column tag that names reporters is no byline.
        ("让科研更有“生命力”（记者手记）", .none),
        ("“伴跑”让内心充满阳光（记者手记）", .none),
    ])
    func leadEvidence(text: String, expected: LeadLine.Evidence) {
        #expect(LeadLine.evidence(scalars(text)) == expected)
    }

    @Test(arguments: [
        ("本报讯（记者 马超　通讯员  刘甜）近日", "记者 马超 通讯员 刘甜"),
        ("新华社北京8月21日电（记者张三 李四）", "记者张三 李四"),
        ("本报记者 张三 李四", "本报记者 张三 李四"),
        ("据了解（以下简称国资公司）", nil),
        ("近日，北京", nil),
    ] as [(String, String?)])
    func byline(text: String, expected: String?) {
        #expect(LeadLine.byline(scalars(text)) == expected)
    }

    @Test(arguments: [
        ("本报记者 盛丽 曹立栋 摄影报道", true),
        ("张三 摄", true),
        ("（新华社记者 李四 摄）", true),
        ("文/图 王五", true),
        ("受访者供图", true),
        ("新华社发", true),
        // A photo's credit with the agency after it, from People's Daily.
        ("王华斌摄（影像中国）", true),
        ("欧阳光林摄（影像中国）", true),
        ("绘就发展新蓝图", false),
        ("他们一起拍摄（纪录片）", false),
        ("并拍摄了“全家福”。", false),
        ("心脏除颤仪“上岗” 职工健身场所", false),
        ("他说，这是我们拍摄的照片", false),
    ])
    func credit(text: String, expected: Bool) {
        #expect(CreditLine.isCredit(scalars(text)) == expected)
    }

    @Test(arguments: [
        ("2023年8月22日 星期二 第3版 要闻", true),
        ("要闻 A3版", true),
        ("2023年8月22日 星期二", true),
        ("第十二版 综合新闻", true),
        ("2023年8月22日", false),
        ("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面", false),
        ("8月22日星期二，全市开展检查，第3版有详细报道。", false),
    ])
    func pageHeader(text: String, expected: Bool) {
        #expect(PageHeader.isHeader(scalars(text)) == expected)
    }

    @Test(arguments: [
        ("开展篮球等多项比赛”……", true),
        ("实际成效。", true),
        ("“平时由于工作原因……”", true),
        ("（完）", true),
        ("全国首家A+H股", false),
        ("注重劳", false),
        ("职工", false),
        ("他说——", false),
    ])
    func sentenceEnd(text: String, expected: Bool) {
        #expect(TextShape.endsSentence(scalars(text)) == expected)
    }

    @Test func mendingSpacesOnlyBetweenWords() {
        #expect(ColumnBreakMending.needsSpace(between: "y", and: "C"))
        #expect(!ColumnBreakMending.needsSpace(between: "股", and: "固"))
        #expect(!ColumnBreakMending.needsSpace(between: "H", and: "股"))
        #expect(!ColumnBreakMending.needsSpace(between: "2", and: "6"))
        #expect(!ColumnBreakMending.needsSpace(between: "Ａ", and: "Ｂ"))
    }

    @Test func titleLikeLines() {
        #expect(PageLine(scalars: scalars("朝阳区医疗卫生工会主席刘"), blankLinesBefore: 1).isTitleLike)
        #expect(PageLine(scalars: scalars("心脏除颤仪“上岗” 职工健身场所"), blankLinesBefore: 1).isTitleLike)
        #expect(!PageLine(scalars: scalars("逸结合。并对一直以来"), blankLinesBefore: 1).isTitleLike)
        #expect(!PageLine(scalars: scalars("本报记者 张三"), blankLinesBefore: 1).isTitleLike)
        #expect(!PageLine(scalars: scalars(String(repeating: "长", count: 41)), blankLinesBefore: 1).isTitleLike)
    }
}

@Suite struct WhitespaceTableTests {
    /// The hand-written White_Space table agrees with Unicode's property on every scalar.
    @Test func agreesWithUnicodeProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextShape.isWhitespace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16)) disagrees")
                return
            }
        }
    }
}

@Suite struct VisibleTextTests {
    /// The fast test agrees with the substitution table on every scalar.
    @Test func needsSubstituteAgreesWithSubstitute() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if VisibleText.needsSubstitute(scalar) != (VisibleText.substitute(for: scalar) != nil) {
                Issue.record("U+\(String(value, radix: 16)) disagrees")
                return
            }
        }
    }
}
