import IssueModel
import Reader
import Testing
import TestSupport
import TextLayout

/// An issue of several pages: the front page lists one page's articles, `{` `}` and `P` turn pages,
/// search and `]` `[` run through all of them.
@Suite struct PagesReducerTests {
    /// Three pages: a People's Daily style page (3 articles), a page of nothing but its header, the seed (6).
    static let issue = Issue.joining([
        ("01_要闻.txt", PageParser.parse(Pages.peoplesDaily)),
        ("02_空.txt", Issue(header: "第2版", articles: [])),
        ("03_工会.txt", Seed.issue),
    ])
    let start = ReaderState(issue: PagesReducerTests.issue, width: 80, height: 24)

    func pressed(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state) { Reducer.reduce($0, .key($1)).0 }
    }

    @Test func joiningKeepsEveryPageAndItsHeader() {
        #expect(Self.issue.articles.count == 9)
        #expect(Self.issue.pages.map(\.articles) == [0..<3, 3..<3, 3..<9])
        #expect(Self.issue.pages.map(\.header) == ["2023年8月22日 星期二 第3版 要闻", "第2版", nil])
        #expect(visibleScalars(Self.issue.sourceTexts) == visibleScalars([Pages.peoplesDaily, "第2版", Seed.text]))
        #expect(Self.issue.page(of: 3) == 2)
    }

    @Test func theFrontPageListsOnlyItsPageUnderItsLabel() {
        let lines = ReaderView.frame(start).lines()
        #expect(lines[0].contains("第1/3版 · 01_要闻.txt"))
        let screen = lines.joined(separator: "\n")
        #expect(screen.contains("夏粮再获丰收"))
        #expect(!screen.contains("北京市总工会到国资公司调研"))
        // The page's own header stands in the status line.
        #expect(lines[23].contains("第3版 要闻"))
    }

    @Test func theSelectionStaysOnItsPage() {
        #expect(pressed(start, .end).selected == 2)
        #expect(pressed(start, .down, .down, .down, .down).selected == 2)
        let onSeed = pressed(start, .character("}"))
        #expect(pressed(onSeed, .up).selected == 3)
        #expect(pressed(onSeed, .home).selected == 3)
        #expect(pressed(onSeed, .end).selected == 8)
    }

    @Test func braceTurnsPagesPassingOverAnEmptyOne() {
        let next = pressed(start, .down, .character("}"))
        #expect(next.page == 2)
        #expect(next.selected == 3)
        #expect(next.paneView.position == 0)
        let screen = ReaderView.frame(next).lines().joined(separator: "\n")
        #expect(screen.contains("第3/3版 · 03_工会.txt"))
        #expect(screen.contains("北京市总工会到国资公司调研"))
        #expect(!screen.contains("夏粮再获丰收"))
        let last = pressed(next, .character("}"))
        #expect(last.selected == 3)
        #expect(last.message == "已是最后一版 last page")
        #expect(pressed(next, .character("{")).selected == 0)
        #expect(pressed(start, .character("{")).message == "已是第一版 first page")
    }

    @Test func braceOnTheArticleScreenOpensThePagesFirstArticle() {
        let reading = pressed(start, .enter, .character(" "), .character("}"))
        #expect(reading.screen == .article)
        #expect(reading.selected == 3)
        #expect(reading.articleView.position == 0)
    }

    @Test func thePageListTurnsToThePageChosen() {
        let listed = pressed(start, .character("P"))
        #expect(listed.overlay == .pages(cursor: 0))
        let screen = ReaderView.frame(listed).lines().joined(separator: "\n")
        #expect(screen.contains("● 第1/3版 · 01_要闻.txt  3篇  国务院常务会议部署推进城市更新"))
        #expect(screen.contains("第2/3版 · 02_空.txt  0篇"))
        #expect(screen.contains("第3/3版 · 03_工会.txt  6篇  北京市总工会到国资公司调研"))
        let chosen = pressed(listed, .down, .down, .enter)
        #expect(chosen.overlay == nil)
        #expect(chosen.selected == 3)
        let empty = pressed(listed, .character("j"), .enter)
        #expect(empty.selected == 0)
        #expect(empty.message == "此版没有文章 no articles on this page")
        #expect(pressed(listed, .end, .up, .up, .up).overlay == .pages(cursor: 0))
        let closed = pressed(listed, .character("q"))
        #expect(closed.overlay == nil)
        #expect(closed.screen == .frontPage)
        #expect(pressed(listed, .escape).overlay == nil)
    }

    @Test func nextArticleRunsOnIntoTheNextPage() {
        let reading = pressed(start, .end, .enter, .character("]"))
        #expect(reading.selected == 3)
        #expect(reading.page == 2)
        let back = pressed(reading, .escape)
        #expect(ReaderView.frame(back).lines()[0].contains("第3/3版"))
    }

    @Test func searchAndNRunThroughEveryPage() {
        // 夏粮 is on the first page only, 工会 on the third only.
        var state = pressed(start, .character("/"))
        for character in "工会" { state = pressed(state, .character(character)) }
        state = pressed(state, .enter)
        #expect(state.search?.results.count == 63)
        #expect(state.page == 2)
        let frame = ReaderView.frame(state).lines()
        #expect(frame[0].contains("第3/3版"))
        // n wraps from the last match on the third page to the first.
        let wrapped = (0..<63).reduce(state) { current, _ in pressed(current, .character("n")) }
        #expect(wrapped.page == 2)
        #expect(wrapped.search?.current == 0)
        var summer = pressed(state, .character("/"))
        for character in "夏粮" { summer = pressed(summer, .character(character)) }
        summer = pressed(summer, .enter)
        #expect(summer.page == 0)
        #expect(summer.selected == 1)
    }

    @Test func helpListsThePageKeysAndStillEveryKeyAt80x24() {
        for screen in [start, pressed(start, .enter)] {
            let help = helpRows(screen).joined(separator: "\n")
            for label in ["}", "{", "P", "Ctrl-L", "T", "E", "Esc", "?"] { #expect(help.contains(" \(label) "), "\(label)") }
            #expect(help.contains("next page"))
        }
        let single = helpRows(seedReader()).joined(separator: "\n")
        #expect(!single.contains("next page"))
    }

    @Test func aLongPageListScrollsWithItsCursor() {
        let pages = (1...40).map { (name: "page\($0).txt", issue: Issue(header: nil, articles: [Article(headline: "标题\($0)", paragraphs: ["正文。"])])) }
        var state = ReaderState(issue: Issue.joining(pages), width: 80, height: 24)
        state = pressed(state, .character("P"), .end)
        let screen = ReaderView.frame(state).lines().joined(separator: "\n")
        #expect(screen.contains("第40/40版 · page40.txt  1篇  标题40"))
        #expect(!screen.contains("第1/40版 · page1.txt  1篇"))
        let chosen = pressed(state, .up, .enter)
        #expect(chosen.selected == 38)
        #expect(ReaderView.frame(chosen).lines()[0].contains("第39/40版 · page39.txt"))
    }

    @Test func aSinglePageSaysSo() {
        let single = pressed(seedReader(), .character("}"))
        #expect(single.selected == 0)
        #expect(single.message == "只有一版 one page only")
        #expect(send(seedReader(), .character("P")).overlay == nil)
        #expect(send(seedReader(), .character("P")).message == "只有一版 one page only")
        #expect(!ReaderView.frame(single).lines()[0].contains("版 ·"))
    }

    @Test func aClickOnAHeadlineOfThePageSelectsIt() {
        let onSeed = pressed(start, .character("}"))
        // Row 0 is the label; the seed's first article has a kicker (rows 1–2), the second too (3–4).
        let clicked = Reducer.reduce(onSeed, .mouse(.click(row: 3, column: 5))).0
        #expect(clicked.selected == 4)
        let label = Reducer.reduce(onSeed, .mouse(.click(row: 0, column: 5))).0
        #expect(label.selected == 3)
        #expect(label.overlay == .pages(cursor: 2))
    }
}
