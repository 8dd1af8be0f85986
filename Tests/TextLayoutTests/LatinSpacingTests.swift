import IssueModel
import Testing
@testable import TextLayout

/// `--latin-spacing`: a space wherever an ideograph meets a Latin letter or digit, never beside a
/// mark; off by default; standing for no source text.
@Suite struct LatinSpacingTests {
    @Test func offByDefault() {
        #expect(setLines("近3年全国首家A+H股", width: 80) == ["近3年全国首家A+H股"])
    }

    @Test func bothSidesOfARunBetweenIdeographs() {
        #expect(setLines("近3年全国首家A+H股，8月21日", width: 80, latinSpacing: true) == ["近 3 年全国首家 A+H 股，8 月 21 日"])
        #expect(setLines("拥有BOT、PPP特许（CEO）于2013。", width: 80, latinSpacing: true) == ["拥有 BOT、PPP 特许（CEO）于 2013。"])
        #expect(setLines("完成A+轮融资，增长5%的", width: 80, latinSpacing: true) == ["完成 A+ 轮融资，增长 5% 的"])
    }

    @Test func aLineMayBreakAtTheSpaceWhichThenHangs() {
        // 首家 fills four cells; the space goes with the break, not to the next line's start.
        let lines = setLines("首家A+H股", width: 4, latinSpacing: true)
        #expect(lines == ["首家", "A+H", "股"])
    }

    @Test func theSpacesStandForNoSourceText() {
        let article = Article(headline: "", paragraphs: ["近3年全国首家A+H股"])
        let galley = ArticleLayout.galley(article, options: LayoutOptions(width: 40, columns: 1, latinSpacing: true))
        let runs = galley.body.flatMap { $0 }
        #expect(runs.filter { $0.text == " " }.allSatisfy { $0.source.map { $0.start == $0.end } ?? false })
        #expect(runs.filter { $0.text == " " }.count == 4)
        // Every source cluster is shown once.
        let covered = runs.compactMap(\.source).flatMap { Array($0.start..<$0.end) }
        #expect(covered.sorted() == Array(0..<"近3年全国首家A+H股".count))
    }
}
