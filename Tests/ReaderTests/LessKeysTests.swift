import IssueModel
import Reader
import Testing

/// The keys less's and vi's users reach for: half pages, Ctrl-F/B, counts, Q, and where am I.
@Suite struct LessKeysTests {
    let start = seedReader()

    @Test func ctrlDAndCtrlUMoveHalfAPage() {
        let article = send(start, .enter)
        let down = send(article, .control("d"))
        let half = article.articleView.extent / 2
        #expect(down.articleView.position == article.articleView.position + half)
        #expect(send(down, .control("u")).articleView.position == article.articleView.position)
        // On the front page, the article pane's text moves, whichever pane has the keys.
        let pane = send(start, .control("d"))
        #expect(pane.paneView.position == start.articlePane.height / 2 && pane.selected == 0)
    }

    @Test func ctrlFAndCtrlBAreSpaceAndB() {
        let article = send(start, .enter)
        #expect(send(article, .control("f")).articleView.position == send(article, .character(" ")).articleView.position)
        let forward = send(article, .control("f"))
        #expect(send(forward, .control("b")).articleView.position == article.articleView.position)
    }

    @Test func aCountRepeatsTheMotionAndShowsWhileTyped() {
        let counting = send(start, .character("5"))
        #expect(counting.count == 5)
        #expect(ReaderView.frame(counting).lines().last?.contains(" 5 — 次数 count") == true)
        #expect(send(start, .character("5"), .character("j")).selected == 5)
        #expect(send(start, .character("1"), .character("2"), .character("j")).selected == 5)  // to the last, no further
        let dropped = send(start, .character("5"), .escape)
        #expect(dropped.count == nil && dropped.selected == 0)
        #expect(send(dropped, .character("j")).selected == 1)
        // A count before a key it does not repeat is dropped; 0 alone is no count.
        #expect(send(start, .character("0")).count == nil)
        #expect(send(start, .enter, .character("2"), .character("]")).selected == 2)
    }

    @Test func bigQLeavesFromAnyScreen() {
        #expect(Reducer.reduce(start, .key(.character("Q"))).1 == [.exit])
        #expect(Reducer.reduce(send(start, .enter), .key(.character("Q"))).1 == [.exit])
    }

    @Test func theArticleStatusLineSaysHowFarThrough() {
        let article = send(start, .enter)
        let first = ReaderView.frame(article).lines().last ?? ""
        #expect(first.contains("第1/") && first.contains("%"), "\(first)")
        let end = ReaderView.frame(send(article, .character("G"))).lines().last ?? ""
        #expect(end.contains("末 END"), "\(end)")
    }

    @Test func aKeyThatDoesNothingSaysSo() {
        #expect(send(start, .character("z")).message?.contains("「z」在此无用 does nothing here") == true)
        #expect(send(start, .character("k")).message?.contains("the first headline") == true)
        #expect(send(start, .character("G"), .character("j")).message?.contains("the last headline") == true)
        // One article on the page: j says so.
        let single = ReaderState(issue: Issue(articles: [Article(headline: "标题", paragraphs: ["正文。"])]), width: 80, height: 24)
        #expect(send(single, .character("j")).message == "本版只有一篇 one article on this page")
        // A key that moves says nothing.
        #expect(send(start, .character("j")).message == nil)
    }
}
