import Fetching
import Foundation
import IssueModel
import Settings
import Testing

/// `papers.toml`: the papers plain `kanbao get` fetches, in the file's order, and every mistake
/// said with its line — a bad paper lost alone.
struct PapersFileTests {
    @Test func papersAreReadInTheFilesOrder() {
        let (papers, problems) = PapersFile.parse("""
            pause = 1.5
            [rmrb]
            days = 7
            [hwb]
            site = "https://mirror.example.org"
            folder = "rmrbhwb"
            stem = "D110000rmrbhwb"
            [news]
            url = "https://example.org/feed.xml"
            """, file: "papers.toml")
        #expect(problems.isEmpty)
        #expect(papers.pause == 1.5)
        #expect(papers.subscriptions == [
            .epaper(.peoplesDaily, days: 7),
            .epaper(EpaperPaper(key: "hwb", base: URL(string: "https://mirror.example.org")!, folder: "rmrbhwb", stem: "D110000rmrbhwb"), days: 1),
            .feed(key: "news", url: URL(string: "https://example.org/feed.xml")!),
        ])
    }

    @Test func aBadPaperIsLostAloneAndSaidWithItsLine() {
        let (papers, problems) = PapersFile.parse("""
            pause = "soon"
            [rmrb]
            days = 0
            [hwb]
            folder = "rmrbhwb"
            [news]
            url = "ftp://example.org/feed.xml"
            [good]
            url = "https://example.org/feed.xml"
            colour = "red"
            ["../up"]
            url = "https://example.org/a.xml"
            """, file: "papers.toml")
        #expect(papers.subscriptions == [.feed(key: "good", url: URL(string: "https://example.org/feed.xml")!)])
        #expect(problems.map(\.description) == [
            "papers.toml:1: pause must be a number of seconds from 0 to 60",
            "papers.toml:3: days must be a whole number from 1 to 366",
            "papers.toml:4: [hwb] needs the stem of its page names (stem = \"D110000renmrb\" for nbs.D110000renmrb_01.htm), or a url for a feed",
            "papers.toml:7: url must be an http(s) URL, not \"ftp://example.org/feed.xml\"",
            "papers.toml:10: unknown setting \"colour\" (settings: days, site, folder, stem; url for a feed)",
            "papers.toml:11: [../up]: a paper's name is its folder in the library: letters, digits, ., _ and - only",
        ])
    }

    @Test func aSyntaxErrorLosesTheFile() {
        let (papers, problems) = PapersFile.parse("[rmrb\ndays = 7\n", file: "papers.toml")
        #expect(papers.subscriptions.isEmpty && problems.count == 1 && problems[0].line == 1)
    }
}

/// Another paper of the platform is its folder and stem: the same day's URLs, its own.
struct EpaperEditionTests {
    let overseas = EpaperPaper(key: "hwb", base: URL(string: "https://paper.people.com.cn")!, folder: "rmrbhwb", stem: "D110000rmrbhwb")

    @Test func aPaperOfThePlatformIsItsFolderAndStem() throws {
        let old = EpaperEdition(overseas, date: try #require(IssueDate(year: 2019, month: 2, day: 12)))
        #expect(old.firstList == "rmrbhwb/html/2019-02/12/nbs.D110000rmrbhwb_01.htm")
        let page = """
            <a href="nbs.D110000rmrbhwb_02.htm">第02版</a><a href=nw.D110000rmrbhwb_20190212_3-02.htm>x</a>
            <a href="nbs.D110000renmrb_03.htm">not this paper</a><a href="nw.D110000rmrbhwb_20190211_1-01.htm">not this day</a>
            """
        let links = old.links(in: page, at: old.firstList)
        #expect(links.lists == ["rmrbhwb/html/2019-02/12/nbs.D110000rmrbhwb_02.htm"])
        #expect(links.articles == ["rmrbhwb/html/2019-02/12/nw.D110000rmrbhwb_20190212_3-02.htm"])
        #expect(old.libraryFolder == "hwb/2019/201902/20190212")
        let new = EpaperEdition(overseas, date: try #require(IssueDate(year: 2025, month: 1, day: 3)))
        #expect(new.firstList == "rmrbhwb/pc/layout/202501/03/node_01.html")
        #expect(new.links(in: "<a href='content_30012345.html'>", at: new.firstList).articles == ["rmrbhwb/pc/content/202501/03/content_30012345.html"])
    }

    @Test func aListsPageNumberIsInItsName() {
        #expect(EpaperEdition.pageNumber(ofList: "rmrb/html/2019-02/12/nbs.D110000renmrb_05.htm") == 5)
        #expect(EpaperEdition.pageNumber(ofList: "rmrb/pc/layout/202501/03/node_12.html") == 12)
        #expect(EpaperEdition.pageNumber(ofList: "index.html") == nil)
    }

    @Test func daysAreBeijingsDays() throws {
        // 2026-12-02 20:00 in UTC is already the 3rd in Beijing.
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-12-02T20:00:00Z"))
        #expect(BeijingDays.last(3, upTo: evening).map(\.iso) == ["2026-12-01", "2026-12-02", "2026-12-03"])
    }
}
