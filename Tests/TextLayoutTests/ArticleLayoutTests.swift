import TestSupport
import IssueModel
import Testing
@testable import TextLayout

@Suite struct ArticleLayoutTests {
    let first = Seed.issue.articles[0]

    @Test func headlineBlockIsCentredAboveARule() {
        let page = ArticleLayout.layout(first, options: LayoutOptions(width: 80)).pages[0]
        #expect(page.rows[0].map(\.role) == [.kicker])
        #expect(page.rows[1].map(\.role) == [.headline])
        let headline = page.rows[1][0]
        #expect(headline.column == (80 - headline.width) / 2)
        #expect(page.rows[2] == [StyledRun(column: 0, text: String(repeating: "─", count: 80), width: 80, role: .rule)])
    }

    @Test func leadCarriesTheBylineRoleThenBody() {
        let page = ArticleLayout.layout(first, options: LayoutOptions(width: 80)).pages[0]
        let lead = page.rows[3]
        #expect(lead[0].role == .byline)
        #expect(lead[0].text == "本报讯（记者 白莹）")
        #expect(lead[0].column == 4)  // indented two ideographs
        #expect(lead.dropFirst().allSatisfy { $0.role == .body })
    }

    @Test func creditIsFlushRight() throws {
        let article = Seed.issue.articles[3]
        let page = ArticleLayout.layout(article, options: LayoutOptions(width: 60, columns: 1)).pages[0]
        let credit = try #require(page.rows.last?.last)
        #expect(credit.role == .credit)
        // Flush with the measure: the cells after it are kept for hanging marks.
        #expect(credit.column + credit.width == 60 - ArticleLayout.hangCells)
    }

    @Test func anInnerHeadStandsOnItsOwnLineFlushWithABlankLineAbove() throws {
        let article = Article(headline: "标题", paragraphs: ["第一段说完了。", "讲述", "第二段说完了。"], heads: [1])
        let page = ArticleLayout.layout(article, options: LayoutOptions(width: 40, columns: 1)).pages[0]
        // Headline, rule, the first paragraph, a blank line, the head, the second paragraph.
        let body = Array(page.rows.dropFirst(2))
        #expect(body.count == 4)
        #expect(body[0].allSatisfy { $0.role == .body } && body[0].first?.column == 4)
        #expect(body[1].isEmpty)
        #expect(body[2] == [StyledRun(column: 0, text: "讲述", width: 4, role: .head, source: SourceSpan(block: 2, start: 0, end: 2))])
        #expect(body[3].first?.role == .body && body[3].first?.column == 4)
    }

    @Test func aVerticalHeadHasAnEmptyColumnBeforeItAndNoIndent() throws {
        let article = Article(headline: "标题", paragraphs: ["第一段说完了。", "讲述", "第二段说完了。"], heads: [1])
        let galley = ArticleLayout.galley(article, options: LayoutOptions(width: 40, height: 12, vertical: true))
        let columns = Array(galley.body)
        let head = try #require(columns.firstIndex { $0.first?.role == .head })
        #expect(columns[head - 1].isEmpty)
        #expect(columns[head].map(\.text) == ["讲", "述"])
        #expect(columns[head].first?.column == 0)
        // A paragraph starts two rows down.
        #expect(columns[head + 1].first?.column == 2)
    }

    @Test func aHeadThatOpensTheBodyHasNoBlankLineAbove() {
        let article = Article(headline: "标题", paragraphs: ["核心阅读", "正文说完了。"], heads: [0])
        let page = ArticleLayout.layout(article, options: LayoutOptions(width: 40, columns: 1)).pages[0]
        #expect(page.rows[2].first?.role == .head)
    }

    @Test func untitledArticleHasNoRule() {
        let article = Article(headline: "", paragraphs: ["只有正文。"])
        let page = ArticleLayout.layout(article, options: LayoutOptions(width: 40)).pages[0]
        #expect(page.rows.count == 1)
        #expect(!page.rows.flatMap { $0 }.contains { $0.role == .rule })
    }

    @Test func autoColumnsFollowTheWidth() {
        #expect(ArticleLayout.layout(first, options: LayoutOptions(width: 80)).columns == 1)
        #expect(ArticleLayout.layout(first, options: LayoutOptions(width: 100)).columns == 2)
        #expect(ArticleLayout.layout(first, options: LayoutOptions(width: 160)).columns == 3)
        #expect(ArticleLayout.layout(first, options: LayoutOptions(width: 40, columns: 3)).columns == 3)
        #expect(ArticleLayout.layout(first, options: LayoutOptions(width: 4, columns: 4)).columns == 1)
    }

    @Test func pagesOfTheGivenHeightReadColumnByColumn() {
        let options = LayoutOptions(width: 100, height: 10, columns: 3)
        let laidOut = ArticleLayout.layout(first, options: options)
        #expect(laidOut.pages.count > 2)
        #expect(laidOut.pages.allSatisfy { $0.rows.count == 10 })
        // On a full page, the last row of column 1 continues at the top of column 2.
        let page = laidOut.pages[1]
        let columnOne = page.rows[9].first { $0.column < 30 && $0.source != nil }!
        let columnTwo = page.rows[0].first { $0.column >= 33 && $0.column < 63 && $0.source != nil }!
        #expect(columnOne.source!.block <= columnTwo.source!.block)
        if columnOne.source!.block == columnTwo.source!.block {
            #expect(columnOne.source!.end <= columnTwo.source!.start)
        }
        // Column rules stand in the gutters.
        #expect(page.rows[0].contains { $0.role == .rule && $0.text == "│" })
    }

    @Test func lastPageColumnsAreBalanced() {
        let laidOut = ArticleLayout.layout(Seed.issue.articles[5], options: LayoutOptions(width: 100, columns: 3))
        let rows = laidOut.pages[0].rows.dropFirst(2)  // headline and rule
        let filledPerColumn = (0..<3).map { column in
            rows.filter { row in row.contains { $0.source != nil && $0.column / 33 == column } }.count
        }
        #expect(filledPerColumn.max()! - filledPerColumn.min()! <= 1, "\(filledPerColumn)")
    }

    @Test func ambiguousWideDrawsQuotesInTwoCells() {
        let article = Seed.issue.articles[1]
        let narrow = ArticleLayout.layout(article, options: LayoutOptions(width: 60))
        let wide = ArticleLayout.layout(article, options: LayoutOptions(width: 60, ambiguousWide: true))
        let kickerNarrow = narrow.pages[0].rows[0][0], kickerWide = wide.pages[0].rows[0][0]
        #expect(kickerWide.width == kickerNarrow.width + 2)  // “ and ”
        #expect(shownVisibleText(wide) == expectedVisibleText(article, ambiguousWide: true))
    }

    @Test func galleysAreCachedPerArticleAndOptionsWhateverTheHeight() {
        var cache = GalleyCache()
        let once = cache.galley(first, key: 0, options: LayoutOptions(width: 70, height: 20))
        #expect(cache.count == 1)
        #expect(cache.galley(first, key: 0, options: LayoutOptions(width: 70, height: 30)) == once)
        #expect(cache.count == 1)
        _ = cache.galley(first, key: 0, options: LayoutOptions(width: 71))
        #expect(cache.count == 2)
        #expect(cache.cached(key: 0, options: LayoutOptions(width: 71)) != nil)
    }
}
