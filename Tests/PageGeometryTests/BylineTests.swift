@testable import PageGeometry
import Testing

/// Bylines set a little larger than the text (People's Daily's theory pages set the author's name
/// 1.1–1.2 times the text): a line of names under the titles is the byline, not a subheadline.
@Suite struct BylineTests {
    typealias Page = PDFPageArticlesTests

    @Test func aLineOfNames() {
        #expect(BlockRoles.isNames("陈曙光"))
        #expect(BlockRoles.isNames("李华 张强"))
        #expect(BlockRoles.isNames("阿布都·热合曼 王五"))
        #expect(!BlockRoles.isNames("奋进新时代"))
        #expect(!BlockRoles.isNames("强化基层治理 筑牢安全防线"))
        #expect(!BlockRoles.isNames("Li Hua"))
        #expect(!BlockRoles.isNames("甲 乙 丙 丁 戊"))
    }

    @Test func namesSetLargerThanTheTextUnderTheTitlesAreTheByline() {
        // A headline, a subheadline 1.6 times the text, then two names 1.2 times it.
        var glyphs = Page.line("标题在这里", x: 0, y: 100, size: 30, run: 0)
        glyphs += Page.line("奋进新时代", x: 0, y: 140, size: 16, run: 1)
        glyphs += Page.line("李华", x: 0, y: 165, size: 12, run: 2) + Page.line("张强", x: 36, y: 165, size: 12, run: 2)
        glyphs += Page.line("正文第一行正文第一行", x: 0, y: 190, size: 10, run: 3) + Page.line("正文", x: 0, y: 202, size: 10, run: 4)
        let article = PDFPageArticles(PDFPageText(width: 300, height: 600, glyphs: glyphs)).articles.first
        #expect(article?.headline == "标题在这里" && article?.subheadline == "奋进新时代")
        #expect(article?.byline == "李华 张强")
        #expect(article?.paragraphs == ["李华 张强", "正文第一行正文第一行正文"])
    }
}
