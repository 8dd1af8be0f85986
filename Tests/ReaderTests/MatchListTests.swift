import IssueModel
import Reader
import Testing
import TestSupport

/// `&`: every match of the search in a list, by page; Enter reads at one.
@Suite struct MatchListTests {
    let start = seedReader()

    /// The rows inside the overlay's box.
    func listed(_ state: ReaderState) -> [String] {
        let lines = ReaderView.frame(state).lines()
        guard let top = lines.firstIndex(where: { $0.contains("┌") }), let bottom = lines.lastIndex(where: { $0.contains("└") }) else { return [] }
        return Array(lines[(top + 1)..<bottom])
    }

    @Test func ampersandListsEveryMatchAndEnterReadsAtOne() {
        let list = send(searched(start, "工会"), .character("&"))
        #expect(list.overlay == .matches(cursor: 0, top: 0))
        let rows = listed(list)
        #expect(rows.count == 21)  // the terminal's 24 rows less the status line and the box's borders
        #expect(rows.filter { $0.contains("工会") }.count >= 20)
        #expect(rows[0].contains("63处 matches"))
        // The headline once for the article's run of matches.
        #expect(rows[1].contains("北京市总工会") && rows[2].hasPrefix(" │                       "))
        #expect(ReaderView.frame(list).lines().joined().contains("1/63 ↓↑ Enter"))
        // j j Enter: the third match, on the article screen, current for n.
        let read = send(list, .character("j"), .character("j"), .enter)
        #expect(read.overlay == nil && read.screen == .article && read.search?.current == 2)
        #expect(ReaderView.frame(read).lines().last?.contains("「工会」3/63") == true)
        #expect(send(read, .character("n")).search?.current == 3)
        // Esc closes it, and the search stays.
        let closed = send(list, .escape)
        #expect(closed.overlay == nil && closed.search?.current == 0 && closed.screen == .frontPage)
    }

    @Test func theListScrollsWithItsCursor() {
        let list = send(searched(start, "工会"), .character("&"))
        let end = send(list, .character("G"))
        guard case .matches(62, let top)? = end.overlay else {
            Issue.record("\(String(describing: end.overlay))")
            return
        }
        #expect(top == 64 - 21)  // 63 matches and the page's heading
        #expect(ReaderView.frame(end).lines().joined().contains("63/63"))
        // Back up a box: the cursor moves by the rows in sight, and stays in sight.
        let back = send(end, .character("b"))
        guard case .matches(let cursor, let backTop)? = back.overlay else { return }
        #expect(cursor == 62 - 20 && backTop <= cursor + 1 && cursor + 1 < backTop + 21)
        // The list opens at the current match.
        let later = send(searched(start, "工会"), .character("n"), .character("n"), .character("&"))
        guard case .matches(2, _)? = later.overlay else {
            Issue.record("\(String(describing: later.overlay))")
            return
        }
    }

    @Test func theMouseMovesAndOpens() {
        let list = send(searched(start, "工会"), .character("&"))
        let lines = ReaderView.frame(list).lines()
        // The row of the fourth match: the box's top border, the page's heading, then the matches.
        let top = lines.firstIndex { $0.contains("┌") }!
        let clicked = Reducer.reduce(list, .mouse(.click(row: top + 1 + 4, column: 40))).0
        #expect(clicked.overlay == .matches(cursor: 3, top: 0))
        let read = Reducer.reduce(clicked, .mouse(.click(row: top + 1 + 4, column: 40))).0
        #expect(read.overlay == nil && read.screen == .article && read.search?.current == 3)
        let doubled = Reducer.reduce(list, .mouse(.doubleClick(row: top + 2, column: 40))).0
        #expect(doubled.screen == .article && doubled.search?.current == 0)
        #expect(Reducer.reduce(list, .mouse(.wheelDown(row: 5, column: 5))).0.overlay == .matches(cursor: Reducer.wheelLines, top: 0))
        // On the heading nothing happens; off the list, it closes.
        #expect(Reducer.reduce(list, .mouse(.click(row: top + 1, column: 40))).0.overlay == list.overlay)
        #expect(Reducer.reduce(list, .mouse(.click(row: 23, column: 40))).0.overlay == nil)
    }

    @Test func withoutASearchItSaysSo() {
        #expect(send(start, .character("&")).overlay == nil)
        #expect(send(start, .character("&")).message?.contains("no search") == true)
    }

    @Test func theContextIsTheTextAroundTheMatchLit() {
        let list = send(searched(start, "劳逸结合"), .character("&"))
        let rows = listed(list)
        #expect(rows.count == 2)
        #expect(rows[1].contains("劳逸结合"))
        let frame = ReaderView.frame(list)
        let row = frame.lines().firstIndex { $0.contains("劳逸结合") && !$0.contains("┌") }!
        #expect((0..<frame.width).contains { frame[row, $0].text == "劳" && frame[row, $0].role == .currentHit })
    }

    @Test func severalPagesAreGroupedUnderTheirLabels() {
        let issue = Issue.joining([("01_工会.txt", Seed.issue), ("02_工会.txt", Seed.issue)])
        let state = send(searched(ReaderState(issue: issue, width: 100, height: 40), "劳逸结合"), .character("&"))
        let rows = listed(state).filter { !$0.allSatisfy { $0 == " " || $0 == "│" } }
        #expect(rows.count == 4)
        #expect(rows[0].contains("1/2") && rows[0].contains("1处"))
        #expect(rows[2].contains("2/2") && rows[2].contains("1处"))
    }
}
