import IssueModel
import Reader
import Testing
import TestSupport
import TextLayout

/// `v` on the article screen: the article set vertically, pages turned right to left, the place
/// kept, search as before.
@Suite struct VerticalReaderTests {
    let reading = send(seedReader(), .enter)

    /// Whether the article screen shows the source character of a remembered place.
    func shows(_ state: ReaderState, _ place: RememberedPlace?) -> Bool {
        guard let block = place?.block, let start = place?.start, let galley = state.galley(on: .article) else { return false }
        return galley.page(from: state.articleView.position, height: state.articleView.extent).page.rows.joined().contains { run in
            run.source.map { $0.block == block && $0.start <= start && start < $0.end } ?? false
        }
    }

    @Test func vTogglesVerticalWithANoticeAndBack() {
        let vertical = send(reading, .character("v"))
        #expect(vertical.vertical)
        #expect(vertical.message == "竖排 vertical — ← 下一页 next page")
        let lines = ReaderView.frame(vertical).lines()
        // The kicker's first column at the right edge, top to bottom: 深入学习… in column 76–77.
        #expect(lines[5].trimmingSuffix().hasSuffix("深"))
        #expect(lines[6].trimmingSuffix().hasSuffix("入"))
        #expect(lines.joined().contains("︐"))
        #expect(!send(vertical, .character("v")).vertical)
        // Not on the front page: v does nothing there.
        #expect(!send(seedReader(), .character("v")).vertical)
    }

    @Test func leftTurnsToTheNextPageAndRightBack() {
        let vertical = send(reading, .character("v"))
        let next = send(vertical, .left)
        #expect(next.articleView.position > 0)
        #expect(ReaderView.frame(next).lines()[23].contains("竖排 第2/"))
        #expect(send(next, .right).articleView.position == 0)
        #expect(send(vertical, .character(" ")).articleView.position == next.articleView.position)
        // Horizontal again, → is the next page once more.
        #expect(send(vertical, .character("v"), .right).articleView.position > 0)
    }

    @Test func theFirstCharacterShownStaysOnScreenBothWays() {
        var down = send(reading, .character(" "), .character(" "))
        let first = down.rememberedPlace()
        #expect(first?.start ?? 0 > 0)
        var vertical = send(down, .character("v"))
        #expect(shows(vertical, first))
        let shownFirst = vertical.rememberedPlace()
        let back = send(vertical, .character("v"))
        #expect(shows(back, shownFirst))
        #expect(shows(back, first))
    }

    @Test func searchRevealsMatchesInVerticalText() {
        var state = send(reading, .character("v"), .character("/"))
        for character in "劳逸结合" { state = send(state, .character(character)) }
        state = send(state, .enter)
        #expect(state.search?.results.count == 1)
        #expect(state.selected == 4)
        #expect(state.vertical)
        let frame = ReaderView.frame(state)
        // The four characters, each in a row of its own, all lit as the current match.
        let lit = frame.cells.filter { $0.role == .currentHit && !$0.isContinuation }.map(\.text)
        #expect(lit.sorted() == ["劳", "逸", "结", "合"].sorted())
    }

    @Test func aResizeKeepsThePlaceInVerticalText() {
        var deep = send(reading, .character("v"), .left)
        let before = deep.rememberedPlace()
        var resized = Reducer.reduce(deep, .resized(width: 120, height: 40)).0
        #expect(shows(resized, before))
        let between = resized.rememberedPlace()
        resized = Reducer.reduce(resized, .resized(width: 60, height: 16)).0
        #expect(resized.vertical)
        #expect(shows(resized, between))
    }

    @Test func theRememberedPlaceKeepsTheMode() {
        var vertical = send(reading, .character("v"), .left)
        let place = vertical.rememberedPlace()
        #expect(place?.vertical == true)
        var again = seedReader()
        again.restore(place!)
        #expect(again.vertical)
        #expect(again.screen == .article)
        #expect(again.articleView.position == vertical.articleView.position)
    }
}

extension String {
    fileprivate func trimmingSuffix() -> Substring {
        self[..<(lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? startIndex)]
    }
}
