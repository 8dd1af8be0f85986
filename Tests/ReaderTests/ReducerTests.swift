import IssueModel
import Reader
import Testing
import TestSupport
import TextLayout

/// Every transition of the state machine, named for what the user sees.
@Suite struct ReducerTests {
    let start = seedReader()

    @Test func downMovesTheSelectionAndUpComesBack() {
        #expect(send(start, .down).selected == 1)
        #expect(send(start, .character("j"), .character("j")).selected == 2)
        #expect(send(start, .down, .down, .up).selected == 1)
        #expect(send(start, .character("k")).selected == 0)
    }

    @Test func selectionStopsAtBothEnds() {
        #expect(send(start, .up).selected == 0)
        #expect(send(start, .end, .down).selected == 5)
        #expect(send(start, .character("G")).selected == 5)
        #expect(send(start, .character("G"), .character("g")).selected == 0)
        #expect(send(start, .end, .home).selected == 0)
    }

    @Test func pageDownMovesByAPaneOfHeadlines() {
        let small = seedReader(width: 80, height: 10)  // a headline pane of 3 rows
        let moved = send(small, .pageDown)
        #expect(moved.selected > 0)
        #expect(moved.selected < 5)
        #expect(send(moved, .pageUp).selected == 0)
    }

    @Test func selectionStaysVisibleInASmallPane() {
        let small = seedReader(width: 80, height: 10)
        let last = send(small, .end)
        #expect(last.headlineTop > 0)
        let frame = ReaderView.frame(last)
        #expect(frame.lines().joined().contains("龙潭街道总工会走访慰问"))
    }

    @Test func enterArrowAndLOpenTheArticle() {
        for key in [Key.enter, .right, .character("l")] {
            let opened = send(start, .down, .down, key)
            #expect(opened.screen == .article)
            #expect(opened.selected == 2)
            #expect(opened.articleView.position == 0)
        }
    }

    @Test func tabMovesFocusToTheArticlePaneWhereKeysScroll() {
        let focused = send(start, .tab)
        #expect(focused.focus == .article)
        let scrolled = send(focused, .down, .down)
        #expect(scrolled.selected == 0)
        #expect(scrolled.paneView.position == 2)
        let paged = send(focused, .pageDown)
        #expect(paged.paneView.position > 2)
        #expect(send(paged, .home).paneView.position == 0)
        #expect(send(focused, .tab).focus == .headlines)
    }

    @Test func openingFromAScrolledPaneKeepsThePlace() {
        let scrolled = send(start, .tab, .pageDown)
        let pane = scrolled.galley(on: .frontPage)!
        let anchor = pane.anchor(at: scrolled.paneView.position)!
        let opened = send(scrolled, .enter)
        let article = opened.galley(on: .article)!
        #expect(opened.articleView.position == article.position(of: anchor))
    }

    @Test func articlePagesTurnForwardAndBack() {
        let article = send(start, .enter)
        let next = send(article, .character(" "))
        #expect(next.articleView.position > 0)
        #expect(send(article, .pageDown).articleView.position == next.articleView.position)
        #expect(send(article, .right).articleView.position == next.articleView.position)
        #expect(send(next, .character("b")).articleView.position == 0)
        #expect(send(next, .pageUp).articleView.position == 0)
        #expect(send(next, .left).articleView.position == 0)
    }

    @Test func lastPageSaysSoWhenPagedPast() {
        let last = send(start, .enter, .character("G"))
        let again = send(last, .character(" "))
        #expect(again.articleView.position == last.articleView.position)
        #expect(again.message != nil)
        #expect(send(again, .character("j")).message == nil)
    }

    @Test func linesScrollOneAtATime() {
        let article = send(start, .enter)
        #expect(send(article, .down).articleView.position == 1)
        #expect(send(article, .character("j"), .character("j"), .character("k")).articleView.position == 1)
        #expect(send(article, .up).articleView.position == 0)
    }

    @Test func firstAndLastPage() {
        let article = send(start, .enter)
        let last = send(article, .character("G"))
        let starts = last.galley(on: .article)!.pageStarts(height: last.geometry.articleText.height)
        #expect(last.articleView.position == starts.last)
        #expect(send(last, .character("g")).articleView.position == 0)
        #expect(send(article, .end).articleView.position == starts.last)
    }

    @Test func nextAndPreviousArticle() {
        let article = send(start, .enter, .character(" "))
        let next = send(article, .character("]"))
        #expect(next.selected == 1 && next.articleView.position == 0)
        #expect(send(next, .character("[")).selected == 0)
        // n belongs to search now: without one it says so and stays.
        let noSearch = send(article, .character("n"))
        #expect(noSearch.selected == 0 && noSearch.message?.contains("/") == true)
        let first = send(article, .character("["))
        #expect(first.selected == 0 && first.message != nil)
        let lastArticle = send(start, .end, .enter, .character("]"))
        #expect(lastArticle.selected == 5 && lastArticle.message != nil)
    }

    @Test func escapeQAndHGoBackToTheFrontPage() {
        for key in [Key.escape, .character("q"), .character("h")] {
            let back = send(start, .down, .enter, key)
            #expect(back.screen == .frontPage)
            #expect(back.selected == 1)
        }
    }

    @Test func qOnTheFrontPageQuits() {
        let (_, effects) = Reducer.reduce(start, .key(.character("q")))
        #expect(effects == [.quit])
        let (_, none) = Reducer.reduce(send(start, .enter), .key(.character("q")))
        #expect(none.isEmpty)
    }

    @Test func helpScrollsWithTheScrollingKeysAndOtherKeysCloseIt() {
        let help = send(start, .character("?"))
        #expect(help.overlay == .help(top: 0))
        // At 80×24 the front page's keys do not all fit: ↓ and Space scroll, ↑ b back, G to the end.
        #expect(send(help, .down).overlay == .help(top: 1))
        #expect(send(help, .down, .up).overlay == .help(top: 0))
        let end = send(help, .character("G"))
        guard case .help(let last)? = end.overlay else { Issue.record("closed"); return }
        #expect(last > 0 && send(end, .down).overlay == .help(top: last))
        #expect(send(help, .character(" ")).overlay.map { $0 != .help(top: 0) } == true)
        let closed = send(help, .down, .enter)
        #expect(closed.overlay == nil)
        #expect(closed.selected == 0 && closed.screen == .frontPage)  // the keys only scrolled and closed the overlay
        #expect(send(start, .function(1)).overlay == .help(top: 0))
        // Shown whole, any key closes it.
        let big = ReaderState(issue: Seed.issue, width: 160, height: 60)
        #expect(send(big, .character("?"), .down).overlay == nil)
    }

    @Test func ctrlLAsksForAFullRepaint() {
        #expect(Reducer.reduce(start, .key(.control("l"))).1 == [.repaintAll])
        #expect(Reducer.reduce(send(start, .enter), .key(.control("l"))).1 == [.repaintAll])
    }

    @Test func unknownKeysDoNothing() {
        let after = send(start, .character("z"), .function(9), .delete)
        #expect(after.selected == start.selected && after.screen == start.screen)
    }

    @Test func resizeKeepsTheFirstCharacterShownOnScreen() throws {
        var state = send(seedReader(width: 80, height: 24), .enter, .down, .down, .down, .down, .down, .down, .down)
        #expect(state.articleView.position == 7)
        let before = try #require(state.galley(on: .article)!.anchor(at: state.articleView.position))
        // Through "too small" and back as well: the place is held while nothing can be shown.
        for (width, height) in [(60, 20), (10, 4), (200, 50), (33, 9), (12, 3), (120, 40), (80, 24)] {
            state = Reducer.reduce(state, .resized(width: width, height: height)).0
            if state.geometry.isTooSmall { continue }
            let galley = state.galley(on: .article)!
            let page = galley.page(from: state.articleView.position, height: state.geometry.articleText.height).page
            let shown = page.rows.flatMap { $0 }.compactMap(\.source)
            #expect(shown.contains { $0.block == before.block && $0.start <= before.start && before.start < $0.end },
                    "lost the place at \(width)×\(height)")
        }
    }

    @Test func resizeOnTheFrontPageKeepsThePaneAndSelection() throws {
        var state = send(seedReader(width: 120, height: 40), .down, .down, .tab, .down, .down, .down)
        let before = try #require(state.galley(on: .frontPage)!.anchor(at: state.paneView.position))
        state = Reducer.reduce(state, .resized(width: 80, height: 24)).0
        #expect(state.selected == 2)
        let page = state.galley(on: .frontPage)!.page(from: state.paneView.position, height: state.articlePane.height).page
        #expect(page.rows.flatMap { $0 }.compactMap(\.source).contains { $0.block == before.block && $0.start <= before.start && before.start < $0.end })
    }

    @Test func tooSmallIgnoresMovesAndRecovers() {
        let tiny = Reducer.reduce(send(start, .enter, .character(" ")), .resized(width: 10, height: 4)).0
        #expect(tiny.geometry.isTooSmall)
        #expect(ReaderView.frame(tiny).lines().joined().contains("终端太小"))
        let moved = send(tiny, .character(" "))
        #expect(moved.articleView.position == tiny.articleView.position)
        let back = Reducer.reduce(moved, .resized(width: 80, height: 24)).0
        #expect(!back.geometry.isTooSmall)
        #expect(back.screen == .article)
    }

    @Test func tCyclesTheThemesAndSaysWhich() {
        let state = seedReader(setup: ReaderSetup(themeNames: ["newsprint", "night", "mono"], themeName: "night"))
        let (next, effects) = Reducer.reduce(state, .key(.character("T")))
        #expect(effects.contains(.useTheme("mono")) && next.themeName == "mono")
        #expect(ReaderView.frame(next).lines().last!.contains("theme: mono"))
        let (around, _) = Reducer.reduce(next, .key(.character("T")))
        #expect(around.themeName == "newsprint")
        let single = seedReader(setup: ReaderSetup(themeNames: ["mono"], themeName: "mono"))
        let (same, none) = Reducer.reduce(single, .key(.character("T")))
        #expect(none.isEmpty && same.message?.contains("one theme only") == true)
    }

    @Test func reboundKeysDriveTheReducerAndTheHelp() {
        let state = seedReader(setup: ReaderSetup(keyBindings: KeyBinding.rebinding(KeyBinding.table, action: .lineDown, to: [.character("J")])))
        #expect(send(state, .character("J")).selected == 1)
        #expect(send(state, .character("j")).selected == 0)
        let help = ReaderView.frame(send(state, .character("?"))).lines().joined(separator: "\n")
        #expect(help.contains("J ") && !help.contains("↓ j"))
    }

    @Test func anIssueWithNoArticlesStillWorks() {
        let empty = ReaderState(issue: Issue(articles: []), width: 80, height: 24)
        let after = send(empty, .down, .enter, .character(" "), .character("?"))
        #expect(after.overlay == .help(top: 0))
        #expect(ReaderView.frame(empty).lines().last!.contains("no articles"))
    }

    @Test func everyKeyInTheTableDoesSomethingSomewhere() {
        for binding in KeyBinding.table {
            for key in binding.keys {
                switch binding.place {
                case .prompt: #expect(KeyBinding.action(for: key, in: .prompt) == binding.action, "\(key.label)")
                case .vertical: #expect(KeyBinding.action(for: key, on: .article, vertical: true) != nil, "\(key.label)")
                case .article: #expect(KeyBinding.action(for: key, on: .article) != nil, "\(key.label)")
                case .frontPage, .everywhere: #expect(KeyBinding.action(for: key, on: .frontPage) != nil, "\(key.label)")
                case .archive: #expect(KeyBinding.archiveAction(for: key) == binding.action, "\(key.label)")
                }
            }
        }
    }
}

@Suite struct FrameTests {
    @Test func wideCharacterOwnsAContinuationCell() {
        var frame = Frame(width: 6, height: 1)
        frame.write("中a", row: 0, column: 0, role: .body)
        #expect(frame[0, 0].text == "中")
        #expect(frame[0, 1].isContinuation)
        #expect(frame[0, 2].text == "a")
    }

    @Test func writingIntoHalfAWideCharacterClearsItsTwin() {
        var frame = Frame(width: 6, height: 1)
        frame.write("中文", row: 0, column: 0, role: .body)
        frame.write("x", row: 0, column: 1, role: .body)
        #expect(frame[0, 0].text == " ")
        #expect(frame[0, 1].text == "x")
        frame.write("y", row: 0, column: 2, role: .body)
        #expect(frame[0, 3].text == " ")
        #expect(frame.lines() == [" xy   "])
    }

    @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
        var frame = Frame(width: 3, height: 1)
        let end = frame.write("a中文", row: 0, column: 0, role: .body)
        #expect(end == 3)
        #expect(frame.lines() == ["a中"])
        var narrow = Frame(width: 3, height: 1)
        narrow.write("ab中", row: 0, column: 0, role: .body)
        #expect(narrow.lines() == ["ab "])
    }

    @Test func pageTextIsShownVisibly() {
        var frame = Frame(width: 20, height: 1)
        frame.writeSource("标\u{1B}[2J\u{7}", row: 0, column: 0, role: .headline)
        #expect(frame.lines() == ["标^[[2J^G" + String(repeating: " ", count: 11)])
    }

    @Test func truncationCutsAtAGraphemeBoundary() {
        #expect(TextFit.truncated("北京市总工会", width: 7) == "北京市…")
        #expect(TextFit.truncated("北京市总工会", width: 12) == "北京市总工会")
        #expect(CellWidth.of(TextFit.truncated("👨‍👩‍👧abc", width: 6)) <= 6)
    }
}

@Suite struct RememberedPlaceStateTests {
    @Test func aPlaceComesBackAtAnotherSize() throws {
        var reading = send(seedReader(width: 80, height: 24), .enter, .down, .down, .down, .down, .down, .down, .down)
        let anchor = try #require(reading.galley(on: .article)!.anchor(at: reading.articleView.position))
        let remembered = reading.rememberedPlace()
        let place = try #require(remembered)
        #expect(place == RememberedPlace(article: 0, onArticleScreen: true, block: anchor.block, start: anchor.start, read: [0]))
        var reopened = seedReader(width: 60, height: 14)
        reopened.restore(place)
        #expect(reopened.screen == .article && reopened.selected == 0)
        let page = reopened.galley(on: .article)!.page(from: reopened.articleView.position, height: reopened.geometry.articleText.height).page
        #expect(page.rows.joined().contains { $0.source.map { $0.block == anchor.block && $0.start <= anchor.start && anchor.start < $0.end } ?? false })
    }

    @Test func aPlaceBeyondTheIssueIsIgnored() {
        var state = seedReader()
        state.restore(RememberedPlace(article: 99, onArticleScreen: true, block: 1, start: 5))
        #expect(state.selected == 0 && state.screen == .frontPage)
        state.restore(RememberedPlace(article: 5, onArticleScreen: false))
        #expect(state.selected == 5 && state.screen == .frontPage)
    }

    /// A place file is untrusted: numbers at the ends of Int (the first crashed every open with an
    /// overflow trap) open the article, at its last line or its top, and nothing traps.
    @Test(arguments: [Int.max, Int.min, -1, 1 << 40])
    func anyNumberInAPlaceFileOpensTheArticle(number: Int) {
        var state = seedReader()
        state.restore(RememberedPlace(article: 0, onArticleScreen: true, block: 1, start: number))
        #expect(state.selected == 0 && state.screen == .article)
        state.restore(RememberedPlace(article: 1, onArticleScreen: true, block: number, start: number))
        #expect(state.selected == 1 && state.screen == .article)
        #expect((0..<state.galley(on: .article)!.positionCount).contains(state.articleView.position))
    }
}
