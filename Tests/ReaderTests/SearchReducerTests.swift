import IssueModel
import Reader
import Testing
import TestSupport
import TextLayout

/// Types text into the reader, a character at a time, as `get_wch` delivers it.
func type(_ state: ReaderState, _ text: String) -> ReaderState {
    text.reduce(state) { Reducer.reduce($0, .key(.character($1))).0 }
}

/// The search prompt and n/N, through the reducer; and what the frame shows of them.
@Suite struct SearchReducerTests {
    let start = seedReader()

    func searched(_ state: ReaderState, _ query: String) -> ReaderState {
        send(type(send(state, .character("/")), query), .enter)
    }

    func status(_ state: ReaderState) -> String { ReaderView.frame(state).lines().last! }

    @Test func slashOpensThePromptWithTheCursorInIt() {
        let prompt = send(start, .character("/"))
        #expect(prompt.prompt != nil)
        let frame = ReaderView.frame(prompt)
        #expect(frame.lines().last!.hasPrefix("/"))
        #expect(frame.cursor == Frame.Position(row: 23, column: 1))
        let typed = type(prompt, "工会")
        #expect(ReaderView.frame(typed).cursor == Frame.Position(row: 23, column: 5))
        #expect(send(start, .enter, .character("/")).prompt != nil)
    }

    @Test func typingSearchesAsYouGoAndCountsTheWholeIssue() {
        let typed = type(send(start, .character("/")), "工会")
        #expect(typed.search?.results.count == 63)
        #expect(typed.search?.current == 0)
        #expect(status(typed).contains("1/63"))
        let narrower = type(typed, "鸭")
        #expect(narrower.search?.results.count == 0)
        #expect(status(narrower).contains("未找到 not found"))
        let back = send(narrower, .backspace)
        #expect(back.search?.results.count == 63)
    }

    @Test func theFirstMatchIsAtOrAfterWhereTheSearchBegan() {
        // On the front page with the fifth article selected, 驿站 (in the second article only) wraps round to it.
        let fifth = send(start, .down, .down, .down, .down)
        let wrapped = type(send(fifth, .character("/")), "驿站")
        #expect(wrapped.selected == 1)
        // 工会 is in the fifth article too: the search stays there.
        let here = type(send(fifth, .character("/")), "工会")
        #expect(here.selected == 4)
        #expect(here.search?.currentMatch?.article == 4)
    }

    @Test func nAndNMoveAcrossArticlesAndWrapWithANotice() {
        let found = searched(start, "工会")
        #expect(found.prompt == nil && status(found).contains("1/63"))
        let second = send(found, .character("n"))
        #expect(status(second).contains("2/63"))
        let wrapped = send(second, .character("N"), .character("N"))
        #expect(status(wrapped).contains("63/63"))
        #expect(wrapped.selected == 5)
        #expect(wrapped.message?.contains("wrapped") == true)
        let around = send(wrapped, .character("n"))
        #expect(status(around).contains("1/63") && around.selected == 0)
        // Through every match, every one is brought on screen.
        var state = send(found, .enter)
        for _ in 0..<63 {
            state = send(state, .character("n"))
            let match = state.search!.currentMatch!
            #expect(state.selected == match.article)
            let page = state.galley(on: .article)!.page(from: state.articleView.position, height: state.geometry.articleText.height).page
            #expect(page.rows.joined().contains { run in
                run.source.map { $0.block == match.block && $0.start <= match.start && match.start < $0.end } ?? false
            })
        }
    }

    @Test func escInThePromptGoesBackExactly() {
        let reading = send(start, .down, .down, .enter, .character(" "))
        let before = (reading.screen, reading.selected, reading.articleView.position)
        let away = type(send(reading, .character("/")), "龙潭")
        #expect(away.selected == 5)
        let cancelled = send(away, .escape)
        #expect(cancelled.prompt == nil && cancelled.search == nil)
        #expect((cancelled.screen, cancelled.selected, cancelled.articleView.position) == before)
        // And the search that was showing before the prompt comes back with it.
        let withSearch = searched(start, "驿站")
        let again = send(type(send(withSearch, .character("/")), "龙潭"), .escape)
        #expect(again.search?.results.query == "驿站")
    }

    @Test func notFoundStaysAndSaysSo() {
        let reading = send(start, .down, .enter)
        let missing = searched(reading, "不存在的词")
        #expect(missing.prompt == nil)
        #expect(missing.selected == 1 && missing.screen == .article)
        #expect(missing.message?.contains("not found") == true)
    }

    @Test func thePromptEditsByCluster() {
        let prompt = type(send(start, .character("/")), "北京工会")
        #expect(send(prompt, .backspace).prompt?.line.text == "北京工")
        #expect(send(prompt, .left, .left, .backspace).prompt?.line.text == "北工会")
        #expect(type(send(prompt, .home), "市").prompt?.line.text == "市北京工会")
        #expect(type(send(prompt, .control("a"), .control("e")), "！").prompt?.line.text == "北京工会！")
        #expect(send(prompt, .left, .delete).prompt?.line.text == "北京工")
        #expect(send(prompt, .left, .control("u")).prompt?.line.text == "会")
        #expect(send(type(prompt, " AED"), .control("w")).prompt?.line.text == "北京工会 ")
        #expect(type(send(prompt, .right, .end), "e\u{301}").prompt?.line.text == "北京工会é")
        // Backspace on an empty prompt closes it.
        let empty = send(start, .character("/"), .backspace)
        #expect(empty.prompt == nil)
    }

    @Test func upAndDownRecallEarlierQueries() {
        let history = searched(searched(start, "工会"), "驿站")
        #expect(history.searchHistory == ["工会", "驿站"])
        let prompt = type(send(history, .character("/")), "草")
        #expect(send(prompt, .up).prompt?.line.text == "驿站")
        #expect(send(prompt, .up, .up).prompt?.line.text == "工会")
        #expect(send(prompt, .up, .up, .up).prompt?.line.text == "工会")
        #expect(send(prompt, .up, .up, .down).prompt?.line.text == "驿站")
        #expect(send(prompt, .up, .down).prompt?.line.text == "草")
        // A recalled query searches at once.
        #expect(send(prompt, .up).search?.results.count == 11)
        // Enter on an empty prompt searches for the last query again.
        #expect(send(history, .character("/"), .enter).search?.results.query == "驿站")
    }

    @Test func enterOnTheFrontPageOpensTheArticleAtTheMatch() {
        // 于德泉 is near the end of the first article, pages in at this size.
        let found = searched(seedReader(width: 80, height: 8), "于德泉")
        #expect(found.screen == .frontPage)
        let article = send(found, .enter)
        #expect(article.screen == .article && article.selected == found.search!.currentMatch!.article)
        #expect(article.articleView.position > 0)
        let frame = ReaderView.frame(article)
        let lit = (0..<frame.height).flatMap { row in (0..<frame.width).map { frame[row, $0] } }.filter { $0.role == .currentHit }
        #expect(lit.map(\.text).joined() == "于德泉")
    }

    @Test func escOutsideThePromptClearsTheHighlights() {
        let found = searched(start, "工会")
        let cleared = send(found, .escape)
        #expect(cleared.search == nil && cleared.screen == .frontPage)
        let inArticle = send(found, .enter)
        let once = send(inArticle, .escape)
        #expect(once.search == nil && once.screen == .article)
        #expect(send(once, .escape).screen == .frontPage)
        #expect(send(inArticle, .character("q")).screen == .frontPage)
    }

    @Test func theHeadlinePaneCountsMatchesPerArticle() {
        let found = searched(start, "驿站")
        let lines = ReaderView.frame(found).lines()
        let row = lines.first { $0.contains("潞源街道总工会打造户外劳动者") }!
        #expect(found.search!.results.count(inArticle: 1) == 11)
        #expect(row.hasSuffix(" 11 "))  // (a cell short of the divider)
        let other = lines.first { $0.contains("龙潭街道总工会走访慰问坚守岗位一线职工") }!
        #expect(other.trimmingCharacters(in: .whitespaces).hasSuffix("职工"))
    }

    /// Every part of the current match is lit, wherever the layout broke it: over lines in one column,
    /// over columns, over pages. Checked for every match of 工会 at sizes that split some of them.
    @Test(arguments: [(30, 14), (100, 12), (47, 10)])
    func aMatchSplitByTheLayoutIsLitInEveryPart(width: Int, height: Int) {
        var state = send(searched(seedReader(width: width, height: height), "工会"), .enter)
        var split = 0
        for _ in 0..<63 {
            let frame = ReaderView.frame(state)
            var lit: [(row: Int, text: String)] = []
            for row in 0..<frame.height - 1 {
                for column in 0..<frame.width where frame[row, column].role == .currentHit && !frame[row, column].isContinuation {
                    lit.append((row, frame[row, column].text))
                }
            }
            let rows = Set(lit.map(\.row))
            if rows.count > 1 { split += 1 }
            if lit.map(\.text).sorted() != ["会", "工"] {
                // The rest of a match on the next page: its first part must be here.
                #expect(lit.map(\.text) == ["工"], "match \(state.search!.current!) at \(width)×\(height): \(lit)")
            }
            state = send(state, .character("n"))
        }
        #expect(split > 0, "no match was split at \(width)×\(height)")
    }
}
