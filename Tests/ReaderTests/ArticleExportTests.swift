import IssueModel
import Reader
import Testing
import TestSupport

@Suite struct ArticleExportTests {
    @Test func theTextIsTheArticleWhole() {
        let article = Seed.issue.articles[3]
        let text = ArticleExport.text(article)
        #expect(text.hasPrefix("心脏除颤仪“上岗” 职工健身场所\n\n"))
        for paragraph in article.paragraphs { #expect(text.contains(paragraph)) }
        #expect(text.hasSuffix("本报记者 盛丽 曹立栋 摄影报道\n"))
        let withKicker = ArticleExport.text(Seed.issue.articles[0])
        #expect(withKicker.hasPrefix("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n北京市总工会到国资公司调研并慰问一线职工\n\n本报讯"))
    }

    @Test func fileNamesAreSafe() {
        func name(_ headline: String) -> String {
            ArticleExport.fileName(Article(headline: headline, paragraphs: ["正文。"]), number: 7)
        }
        #expect(name("心脏除颤仪“上岗” 职工健身场所") == "心脏除颤仪“上岗” 职工健身场所.txt")
        #expect(name("../../etc/passwd") == "etcpasswd.txt")
        #expect(name("标题\u{1B}[2J\u{202E}") == "标题[2J.txt")
        #expect(name("") == "article-7.txt")
        #expect(name(String(repeating: "长", count: 60)) == String(repeating: "长", count: 40) + ".txt")
    }

    /// Every invisible character the README promises a name is without: zero-width space and word
    /// joiner, BOM, soft hyphen, tags, Hangul fillers, line separators, noncharacters.
    @Test(arguments: ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{E0041}\u{E0042}", "\u{3164}", "\u{115F}", "\u{2028}", "\u{FFFF}", "\u{200D}"])
    func fileNamesHoldNothingInvisible(invisible: String) {
        let name = ArticleExport.fileName(Article(headline: "心脏" + invisible + "除颤仪" + invisible, paragraphs: ["正文。"]), number: 1)
        #expect(name == "心脏除颤仪.txt", "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func eAndEAskTheFrontEndOnBothScreens() {
        let start = seedReader()
        #expect(Reducer.reduce(send(start, .down), .key(.character("e"))).1 == [.exportArticle(1)])
        #expect(Reducer.reduce(send(start, .enter), .key(.character("E"))).1 == [.copyArticle(0)])
        let told = Reducer.reduce(start, .notice("已保存 saved to x.txt")).0
        #expect(ReaderView.frame(told).lines().last!.contains("saved to x.txt"))
    }
}
