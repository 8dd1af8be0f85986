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

    /// The archive screen as opened, after a search (its chart, its counts), and its `&` list; the
    /// issue's `&` list — at 80×24 and 60×20.
    @Test(arguments: [(80, 24), (60, 20)]) func archiveScreens(size: (Int, Int)) throws {
        let (width, height) = size
        var archive = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: width, height: height)
        archive.unread = ["2019-02-01": 60, "2019-02-02": 0]
        try assertGolden(ArchiveScreenView.frame(archive), "archive-\(width)x\(height)")
        var counts = Array(repeating: 0, count: ArchiveScreenTests.entries.count)
        (counts[3], counts[9], counts[30]) = (5, 2, 3)
        ArchiveReducer.counted(counts, query: "工会", into: &archive)
        try assertGolden(ArchiveScreenView.frame(archive), "archive-searched-\(width)x\(height)")
        let matches = [(3, "北京市总工会到国资公司调研并慰问一线职工"), (3, "潞源街道总工会打造户外劳动者“温馨港湾”"), (30, "龙潭街道总工会走访慰问坚守岗位一线职工")]
            .map { entry, headline in
                ArchiveMatch(date: ArchiveScreenTests.entries[entry].date, page: "第01版", headline: headline,
                             before: "…深入学习贯彻党的二十大精神 奋力开拓首都", found: "工会", after: "工作新局面，北京市总…")
            }
        ArchiveReducer.listed(matches, query: "工会", into: &archive)
        try assertGolden(ArchiveScreenView.frame(archive), "archive-matches-\(width)x\(height)")
        try assertGolden(ReaderView.frame(send(searched(seedReader(width: width, height: height), "工会"), .character("&"))),
                         "matches-\(width)x\(height)")
    }

    @Test func tooSmall() throws {
        try assertGolden(ReaderView.frame(seedReader(width: 19, height: 5)), "too-small-19x5")
    }
}
