import Reader
import Testing

/// Golden screens: the state drawn into an in-memory frame, compared with files reviewed by eye.
@Suite struct GoldenScreenTests {
    @Test func frontPage80x24() throws {
        try assertGolden(ReaderView.frame(seedReader()), "front-page-80x24")
    }

    @Test func frontPage120x40() throws {
        try assertGolden(ReaderView.frame(seedReader(width: 120, height: 40)), "front-page-120x40")
    }

    @Test func articleScreen80x24() throws {
        try assertGolden(ReaderView.frame(send(seedReader(), .enter)), "article-80x24")
    }

    @Test func articleScreen120x40() throws {
        try assertGolden(ReaderView.frame(send(seedReader(width: 120, height: 40), .enter)), "article-120x40")
    }

    @Test func articleScreen80x24SecondPage() throws {
        try assertGolden(ReaderView.frame(send(seedReader(), .enter, .character(" "))), "article-80x24-page2")
    }

    @Test func helpOverlay80x24() throws {
        try assertGolden(ReaderView.frame(send(seedReader(), .character("?"))), "help-80x24")
    }

    @Test func verticalArticle80x24() throws {
        try assertGolden(ReaderView.frame(send(seedReader(), .enter, .character("v"))), "article-vertical-80x24")
    }

    @Test func verticalArticle80x24SecondPage() throws {
        try assertGolden(ReaderView.frame(send(seedReader(), .enter, .character("v"), .left)), "article-vertical-80x24-page2")
    }

    @Test func verticalArticle120x40() throws {
        try assertGolden(ReaderView.frame(send(seedReader(width: 120, height: 40), .down, .enter, .character("v"))),
                         "article-vertical-120x40")
    }

    @Test func severalPagesFrontPageAndPageList120x40() throws {
        let state = ReaderState(issue: PagesReducerTests.issue, width: 120, height: 40)
        try assertGolden(ReaderView.frame(send(state, .character("}"))), "pages-front-page-120x40")
        try assertGolden(ReaderView.frame(send(state, .character("P"))), "pages-list-120x40")
    }

    @Test func tooSmall() throws {
        try assertGolden(ReaderView.frame(seedReader(width: 19, height: 5)), "too-small-19x5")
    }
}
