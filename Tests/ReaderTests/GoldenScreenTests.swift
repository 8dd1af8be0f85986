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

    /// An overlay's box has a blank cell either side at every size: nothing under it runs up
    /// against its edge (the page label's `{ }` once read `┐}`).
    @Test func overlaysStandClearOfWhatIsUnderThem() {
        for width in stride(from: 20, through: 100, by: 3) {
            for height in 6...14 {
                let state = ReaderState(issue: PagesReducerTests.issue, width: width, height: height)
                for key in ["P", "?"] {
                    let lines = ReaderView.frame(send(state, .character(Character(key)))).lines().map { Array($0) }
                    for line in lines {
                        for (index, character) in line.enumerated() where "┌└┐┘".contains(character) {
                            let outside = "┌└".contains(character) ? index - 1 : index + 1
                            guard line.indices.contains(outside) else { continue }
                            #expect(line[outside] == " ", "\(key) at \(width)×\(height): \(String(line))")
                        }
                    }
                }
            }
        }
    }

    @Test func tooSmall() throws {
        try assertGolden(ReaderView.frame(seedReader(width: 19, height: 5)), "too-small-19x5")
    }
}
