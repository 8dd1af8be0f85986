import IssueModel
import Reader
import Testing
import TestSupport

/// Read marks: an article the article screen has shown is read — ✓ before its headline, in text —
/// `U` takes the mark off, the page list counts the unread, and the marks go with the remembered place.
@Suite struct ReadMarkTests {
    let start = seedReader()

    func headlineRow(_ state: ReaderState, _ headline: String) -> String {
        ReaderView.frame(state).lines().first { $0.contains(headline) } ?? ""
    }

    @Test func anArticleOpenedIsReadAndMarked() {
        let first = Seed.issue.articles[0].headline
        #expect(headlineRow(start, first).hasPrefix("▌ "))
        let back = send(start, .enter, .character("q"))
        #expect(back.read == [0])
        // Read, not selected: ✓ before it; the selection keeps its bar and gains the mark.
        let moved = send(back, .character("j"))
        #expect(headlineRow(moved, Seed.issue.articles[0].headline).hasPrefix(" ✓"))
        #expect(headlineRow(back, first).hasPrefix("▌✓"))
        #expect(!headlineRow(moved, Seed.issue.articles[2].headline).contains("✓"))
        // ] on the article screen reads the next one too; j on the front page reads nothing.
        #expect(send(start, .enter, .character("]")).read == [0, 1])
        #expect(send(start, .character("j"), .character("j")).read.isEmpty)
    }

    @Test func bigUMarksItUnreadAgain() {
        let read = send(start, .enter, .character("q"))
        let unread = send(read, .character("U"))
        #expect(unread.read.isEmpty && unread.message == "标为未读 marked unread")
        #expect(headlineRow(unread, Seed.issue.articles[0].headline).hasPrefix("▌ "))
        // On the article screen it stays unread while the article is on screen.
        let onScreen = send(start, .enter, .character("U"), .character(" "))
        #expect(onScreen.read.isEmpty)
        #expect(send(onScreen, .character("q"), .enter).read == [0])
    }

    @Test func theMarksGoWithTheRememberedPlace() {
        var read = send(start, .enter, .character("]"), .character("]"), .character("q"), .character("U"))
        let place = read.rememberedPlace()
        #expect(place?.read == [0, 1])
        var again = seedReader()
        again.restore(place!)
        #expect(again.read == [0, 1])
        #expect(headlineRow(again, Seed.issue.articles[1].headline).contains("✓"))
        // A place from a file anyone could write: marks beyond the issue are dropped.
        var hostile = seedReader()
        hostile.restore(RememberedPlace(article: 0, onArticleScreen: false, read: [-1, 5, 6, Int.max]))
        #expect(hostile.read == [5])
        // A place kept on the article screen is of an article read.
        var reading = seedReader()
        reading.restore(RememberedPlace(article: 3, onArticleScreen: true))
        #expect(reading.read == [3])
    }

    @Test func thePageListCountsTheUnread() {
        let issue = Issue.joining([("01_工会.txt", Seed.issue), ("02_工会.txt", Seed.issue)])
        let state = ReaderState(issue: issue, width: 100, height: 30)
        #expect(!ReaderView.frame(send(state, .character("P"))).lines().joined().contains("未读"))
        let read = send(state, .enter, .character("]"), .character("q"), .character("P"))
        let lines = ReaderView.frame(read).lines()
        #expect(lines.contains { $0.contains("1/2") && $0.contains("6篇 4未读") })
        #expect(lines.contains { $0.contains("2/2") && $0.contains("6篇 6未读") })
    }
}
