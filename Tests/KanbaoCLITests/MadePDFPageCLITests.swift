import Foundation
import Testing

/// Pages made with a PDF writer (`Scripts/make-pdf-pages.py`: cairo, known type sizes, known
/// articles): one set as People's Daily sets its 理论 pages, one as regional dailies set theirs.
/// Every article the writer set is read whole — its titles, its byline, its text, nothing more and
/// nothing less, its inner heads (larger, or at the text's size in another face) heads — and a
/// picture's caption and an advertisement stand apart from the news.
@Suite(.serialized) struct MadePDFPageCLITests {
    struct Expected: Decodable {
        struct Item: Decodable {
            let titles: [String]
            let byline: String
            let body: String
            let heads: [String]
        }
        let open: String
        let articles: [Item]
    }

    struct Page: Decodable {
        struct Item: Decodable {
            let kicker: String?
            let headline: String
            let subheadline: String?
            let byline: String?
            let paragraphs: [String]
            let heads: [Int]
        }
        let articles: [Item]
    }

    static func read(_ name: String) throws -> (expected: Expected, page: Page) {
        let folder = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf/made/\(name)")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expect.json")))
        let result = try KanbaoProcess.run(["--json", folder.appendingPathComponent(expected.open).path])
        #expect(result.status == 0, "\(result.stderr)")
        return (expected, try JSONDecoder().decode(Page.self, from: Data(result.stdout.utf8)))
    }

    static func flat(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// Each article the writer set, found by its headline: the same titles, byline and text.
    static func expectEveryArticle(_ expected: Expected, in page: Page) {
        for want in expected.articles {
            let got = page.articles.first { flat($0.headline) == flat(want.titles[0]) }
            #expect(got != nil, "not found: \(want.titles[0])")
            guard let got else { continue }
            #expect([got.kicker, got.headline, got.subheadline].compactMap { $0 }.map(flat).sorted() == want.titles.map(flat).sorted())
            #expect(got.byline.map(flat) == flat(want.byline))
            #expect(flat(got.paragraphs.joined()) == flat(want.body), "\(want.titles[0])")
            // (Its inner heads each a paragraph of its own, and said to be heads.)
            #expect(got.heads.filter(got.paragraphs.indices.contains).map { flat(got.paragraphs[$0]) } == want.heads.map(flat))
        }
    }

    @Test func aTheoryPageEveryArticleWholeAndTheCaptionApart() throws {
        let (expected, page) = try Self.read("theory-page")
        Self.expectEveryArticle(expected, in: page)
        let untitled = page.articles.filter { $0.headline.isEmpty }.map { Self.flat($0.paragraphs.joined()) }
        #expect(untitled.contains { $0.hasPrefix("图为") && $0.hasSuffix("摄") })
    }

    @Test func aRegionalPageEveryArticleWholeAndTheAdvertisementApart() throws {
        let (expected, page) = try Self.read("regional-page")
        Self.expectEveryArticle(expected, in: page)
        // (The advertisement's text nowhere in the news.)
        let news = page.articles.filter { !$0.headline.isEmpty && !$0.headline.contains("折") }.map { Self.flat($0.paragraphs.joined()) }
        #expect(!news.contains { $0.contains("热线电话") || $0.contains("广告") })
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
    func theReaderOpensAPagePDFAndSearchFindsItsText() throws {
        let page = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf/made/theory-page/theory-page.pdf").path
        let session = try TmuxSession([page], width: 100, height: 30)
        // Its articles in the list, the first open: its subheadline, byline and first inner head.
        // (Waited for whole, status line included: a capture can land mid-frame.)
        let screen = try session.wait { $0.contains("把握新发展阶段") && $0.contains("王小明") && $0.contains("? 帮助 help") }
        #expect(screen.contains("——深入学习贯彻新发展理念") && screen.contains("2019年3月4日"))
        try session.search("把握发展的根本立场")
        let found = try session.wait { $0.contains("「把握发展的根本立场」1/1") }
        #expect(found.contains("把握发展的根本立场"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
    func anArchiveOfPagePDFsOnTheArchiveScreen() throws {
        // Two days of page PDFs: People's Daily's 理论 page, and the made 理论 page.
        let archive = try KanbaoProcess.temporaryDirectory()
        let pages = [("2018-01-02", "rmrb2018010207.pdf", "Tests/Fixtures/pdf/rmrb2018010207.pdf"),
                     ("2019-03-04", "rmrb2019030409.pdf", "Tests/Fixtures/pdf/made/theory-page/theory-page.pdf")]
        for (day, name, fixture) in pages {
            try FileManager.default.createDirectory(at: archive.appendingPathComponent(day), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: KanbaoProcess.repositoryRoot.appendingPathComponent(fixture), to: archive.appendingPathComponent("\(day)/\(name)"))
        }
        let session = try TmuxSession(["--forget", archive.path], width: 100, height: 30)
        let screen = try session.steady { $0.contains("合订本 archive — 2期 issues") }
        #expect(screen.contains("2018年1月2日") && screen.contains("2019年3月4日"))
        // A search counts both days' matches; Enter opens the first issue at its first article.
        try session.search("新时代")
        _ = try session.wait { $0.contains("「新时代」") && $0.contains("处 matches in 1期") }
        try session.send("Escape")
        try session.send("Enter")
        let issue = try session.wait { $0.contains("新时代：发展新方位 奋进新目标") && $0.contains("陈曙光") && $0.contains(" q 回到合订本 ") }
        #expect(issue.contains("2018年1月2日 星期二"))
        try session.send("q")
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
