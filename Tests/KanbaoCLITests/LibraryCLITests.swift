import Foundation
import Testing

/// The library as a user keeps it: `papers.toml` names what plain `kanbao get` fetches (People's
/// Daily, another paper of its platform as a few lines, a feed), plain `kanbao` reads the newest
/// paper, and `r` on its archive screen fetches the next day — against sites served on 127.0.0.1.
@Suite(.serialized) struct LibraryCLITests {
    typealias Site = GetCLITests.Site

    /// A home of its own: config, data (the library) and cache folders, papers.toml written.
    struct Home {
        let root: URL
        var environment: [String: String] {
            ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path, "XDG_DATA_HOME": root.appendingPathComponent("data").path,
             "XDG_CACHE_HOME": root.appendingPathComponent("cache").path, "KANBAO_TODAY": "2019-02-12"]
        }
        var library: URL { root.appendingPathComponent("data/kanbao/papers") }

        init(papers: String) throws {
            root = try KanbaoProcess.temporaryDirectory()
            let config = root.appendingPathComponent("config/kanbao")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            try Data(papers.utf8).write(to: config.appendingPathComponent("papers.toml"))
        }

        func run(_ arguments: [String]) throws -> KanbaoProcess.Result {
            try KanbaoProcess.run(arguments, environment: environment)
        }
    }

    @Test func plainGetFetchesEveryPaperOfPapersToml() throws {
        let paper = try Site("2024")
        let feeds = try Site("html/rss/input", under: "Tests/Fixtures/")
        defer { paper.stop(); feeds.stop() }
        // (`copy` is the same site's paper under another name: a paper of the platform is its
        // site, folder and stem — here People's Daily's own.)
        let home = try Home(papers: """
            pause = 0
            [rmrb]
            days = 2
            site = "\(paper.base)"
            [copy]
            site = "\(paper.base)"
            folder = "rmrb"
            stem = "D110000renmrb"
            [news]
            url = "\(feeds.base)/rmrb_2026-05-01.xml"
            """)
        let first = try home.run(["get"])
        #expect(first.status == 1)
        #expect(first.stderr == """
            rmrb 2019-02-11: no paper that day (404)
            rmrb 2019-02-12: 3 articles
            copy 2019-02-12: 3 articles
            news 2026-05-01: 8 articles

            """)
        let one = try home.run(["get", "copy", "2019-02-01"])
        #expect(one.status == 0 && one.stderr == "copy 2019-02-01: 12 articles\n")
        #expect(try home.run(["--list", home.library.appendingPathComponent("copy").path]).stdout == "2019-02-01  5版  12篇\n2019-02-12  2版  3篇\n")
        // The feed's day is the newest: plain kanbao reads its paper.
        let newest = try home.run(["--list"])
        #expect(newest.status == 0 && newest.stdout == "2026-05-01  2版  8篇\n")
        #expect(try home.run(["--dump"]).stdout.contains("以更大力度更实举措加强基础研究"))
        let unknown = try home.run(["get", "nothere"])
        #expect(unknown.status == 64 && unknown.stderr.contains("kanbao get knows rmrb, copy, news and feeds' URLs, not \"nothere\""))
    }

    @Test func aPapersTomlWithNothingUsableIsSaid() throws {
        let home = try Home(papers: "[hwb]\nfolder = \"rmrbhwb\"\n")
        let result = try home.run(["get"])
        #expect(result.status == 78)
        #expect(result.stderr.hasSuffix("papers.toml:1: [hwb] needs the stem of its page names (stem = \"D110000renmrb\" for nbs.D110000renmrb_01.htm), or a url for a feed\n"))
    }
}

/// `r` on the library's archive screen, in tmux: a new day lands in the list; Esc stops a fetch
/// and leaves no partial day.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct LibraryEndToEndTests {
    @Test func plainKanbaoOpensTheLibraryAndRFetchesTheNextDay() throws {
        let site = try GetCLITests.Site("2024")
        defer { site.stop() }
        let home = try LibraryCLITests.Home(papers: "pause = 0\n[rmrb]\ndays = 12\nsite = \"\(site.base)\"\n")
        #expect(try home.run(["get", "rmrb", "2019-02-01"]).status == 0)
        let session = try TmuxSession([], width: 100, height: 30, environment: home.environment, traced: true)
        _ = try session.wait { $0.contains("合订本 archive — 1期 issues · 12篇 articles") && $0.contains("▌ 2019年2月1日 星期五") }
        try session.send("r")
        // The day in the list, the fetch over (its note gone from the status line), and what it said.
        _ = try session.wait { $0.contains("合订本 archive — 2期 issues · 15篇 articles") && $0.contains("▌ 2019年2月12日 星期二  2版   3篇") && !$0.contains("取报 fetching") }
        try session.waitDrawn("新到1期 1 new issue — 缺10天 10 days missing")
        try session.send("Enter")
        _ = try session.wait { $0.contains(" 2019年2月12日 第01版") }
        try session.send("q")
        try session.send("r")
        _ = try session.wait { $0.contains("取报完毕，没有新的 nothing new") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    @Test func escStopsAFetchAndLeavesNoPartialDay() throws {
        let site = try GetCLITests.Site("2024", ["--delay-ms", "300"])
        defer { site.stop() }
        let home = try LibraryCLITests.Home(papers: "pause = 0\n[rmrb]\nsite = \"\(site.base)\"\n")
        #expect(try home.run(["get", "rmrb", "2019-02-01"]).status == 0)
        let session = try TmuxSession([], width: 100, height: 30, environment: home.environment)
        _ = try session.wait { $0.contains("合订本 archive — 1期 issues") }
        try session.send("r")
        _ = try session.wait { $0.contains("取报 fetching rmrb 2019-02-12 第01版") }
        try session.send("Escape")
        _ = try session.wait { $0.contains("取报已停止 fetching stopped") }
        let month = home.library.appendingPathComponent("rmrb/2019/201902")
        #expect(!FileManager.default.fileExists(atPath: month.appendingPathComponent("20190212").path))
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    @Test func withNoPaperTheBundledPageSaysHowToGetOne() throws {
        let session = try TmuxSession([], width: 120, height: 30)
        _ = try session.wait { $0.contains("书库还没有报 no paper yet: kanbao get rmrb") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
