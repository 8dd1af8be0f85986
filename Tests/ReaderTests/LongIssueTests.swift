import IssueModel
import Reader
import Testing
import TestSupport

/// Keys cost the same among 100,000 headlines as among ten. Each of these took seconds once (End
/// among 30,000: 2 s; a search landing on article 100,000: 38 s; reopening at 30,000: 2.6 s), because
/// the headline pane's top was stepped one headline at a time and every step summed every headline.
/// The bound is loose — a hundred times what a key takes now, in a debug build — so the test
/// fails on a return of that growth, not on a busy machine.
@Suite struct LongIssueTests {
    static func issue(articles: Int) -> IssueModel.Issue {
        IssueModel.Issue(articles: (0..<articles).map { index in
            Article(kicker: index % 3 == 0 ? "引题\(index)" : nil, headline: "标题\(index)", paragraphs: ["正文\(index)。"])
        })
    }

    static let long = issue(articles: 100_000)

    /// Milliseconds that `body` took.
    func milliseconds(_ body: () -> Void) -> Double {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    @Test func endAndHomeAmongAHundredThousandHeadlines() {
        var state = ReaderState(issue: Self.long, width: 120, height: 40)
        let end = milliseconds { _ = Reducer.reduce(into: &state, .key(.end)) }
        #expect(state.selected == 99_999)
        #expect(end < 50, "End took \(end) ms")
        // The last headline is on screen, and the pane (side by side, 38 rows) is full down to it.
        let frame = ReaderView.frame(state)
        #expect(frame.lines().contains { $0.contains("标题99999") })
        #expect(frame.lines().contains { $0.contains("标题99990") })
        let home = milliseconds { _ = Reducer.reduce(into: &state, .key(.home)) }
        #expect(state.selected == 0 && state.headlineTop == 0 && home < 50)
    }

    @Test func aSearchLandingFarAwayAndAReopenedPlace() {
        var state = ReaderState(issue: Self.long, width: 80, height: 24)
        for key in [Key.character("/")] + "标题99998".map(Key.character) { _ = Reducer.reduce(into: &state, .key(key)) }
        let jump = milliseconds { _ = Reducer.reduce(into: &state, .key(.enter)) }
        #expect(state.selected == 99_998)
        #expect(jump < 500, "the search took \(jump) ms")
        var reopened = ReaderState(issue: Self.long, width: 80, height: 24)
        let restore = milliseconds { reopened.restore(RememberedPlace(article: 30_000, onArticleScreen: false)) }
        #expect(reopened.selected == 30_000 && restore < 50)
        #expect(ReaderView.frame(reopened).lines().contains { $0.contains("标题30000") })
    }

    /// Paging down a screen at a time keeps the selection in view the whole way.
    @Test func pagingThroughKeepsTheSelectionInView() {
        var state = ReaderState(issue: Self.issue(articles: 500), width: 80, height: 24)
        while state.selected < 499 {
            _ = Reducer.reduce(into: &state, .key(.pageDown))
            #expect(ReaderView.frame(state).lines().contains { $0.contains("标题\(state.selected)") })
        }
    }
}
