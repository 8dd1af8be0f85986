import Foundation
import Testing

/// Crawler day folders (`YYYYMMDD-PP-AA.txt`, `Tests/Fixtures/crawler/`) through the built binary:
/// `--list`, `--json`, `--dump`, files skipped, and the reader turning 版 in tmux.
@Suite struct CrawlerFolderCLITests {
    static let month = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/crawler/2019-02")
    static let day = month.appendingPathComponent("20190201")

    @Test func listShowsEach版WithItsDateThenItsArticles() throws {
        let result = try KanbaoProcess.run(["--list", Self.day.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == ["2019年2月1日 星期五 第01版 · 1/5", "1 习近平同卡塔尔埃米尔塔米姆举行会谈",
                                    "2 [《求是》杂志发表习近平总书记重要文章] 推动我国生态文明建设迈上新台阶"])
        #expect(lines.filter { $0.hasPrefix("2019年2月1日") } == ["01", "02", "04", "08", "14"].enumerated().map {
            "2019年2月1日 星期五 第\($1)版 · \($0 + 1)/5"
        })
        #expect(lines.contains("10 [天津基层党建述职评议会勇于揭短亮丑——] 就是要让水流到地头"))
        #expect(lines.contains("11 广告"))
    }

    @Test func jsonHasOnePageFor版() throws {
        let result = try KanbaoProcess.run(["--json", Self.month.path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.count == 7)
        #expect(pages.last?["name"] as? String == "2019年2月12日 星期二 第08版")
        #expect(pages.last?["header"] as? String == "2019年2月12日 星期二")
        let article = try #require((pages.last?["articles"] as? [[String: Any]])?.first)
        #expect(article["subheadline"] as? String == "——上海落实习近平总书记全国两会重要讲话精神纪实")
        #expect((article["heads"] as? [Int])?.isEmpty == false)
    }

    @Test func dumpSetsEvery版UnderItsBanner() throws {
        let result = try KanbaoProcess.run(["--dump", "--width", "60", Self.day.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2019年2月1日 星期五 第14版 · 5/5"))
        #expect(result.stdout.contains("埃及媒体探访新疆——"))
    }

    /// A stray binary, an empty article and a name with an escape in it beside the articles: the
    /// folder opens, each is named once on standard error — the escape shown, not obeyed.
    @Test func badFilesBesideTheArticlesAreSkippedWithAWarningEach() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        for name in ["20190201-01-01.txt", "20190201-01-02.txt"] {
            try FileManager.default.copyItem(at: Self.day.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4]).write(to: folder.appendingPathComponent("archive.7z"))
        try Data().write(to: folder.appendingPathComponent("20190201-02-01.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("evil\u{1B}]0;owned\u{7}.txt"))
        let result = try KanbaoProcess.run(["--list", folder.path])
        #expect(result.status == 0)
        // (The page label counts the 版 planned, before the empty 02 was found empty.)
        #expect(result.stdout.split(separator: "\n") == ["2019年2月1日 星期五 第01版 · 1/2", "1 习近平同卡塔尔埃米尔塔米姆举行会谈",
                                                          "2 [《求是》杂志发表习近平总书记重要文章] 推动我国生态文明建设迈上新台阶"])
        let warnings = result.stderr.split(separator: "\n").map(String.init)
        #expect(warnings.count == 3)
        #expect(warnings.contains("kanbao: skipped \(folder.path)/archive.7z: not an article file (YYYYMMDD-PP-AA.txt) like those beside it"))
        #expect(warnings.contains("kanbao: skipped \(folder.path)/20190201-02-01.txt: empty page (nothing but whitespace)"))
        #expect(!result.stderr.contains("\u{1B}") && result.stderr.contains("evil"))
    }

    @Test func aFolderOfNothingButBadFilesFails() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        try Data().write(to: folder.appendingPathComponent("20190201-01-01.txt"))
        try Data([0, 0, 0]).write(to: folder.appendingPathComponent("20190201-01-02.txt"))
        let result = try KanbaoProcess.run(["--list", folder.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix("kanbao: \(folder.path): none of its 2 files could be read as text\n"))
    }
}

/// The reader on a day folder, in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct CrawlerFolderEndToEndTests {
    @Test func braceTurnsTo第02版AndJKMoveAmongItsArticles() throws {
        let session = try TmuxSession(["--forget", CrawlerFolderCLITests.day.path], width: 100, height: 30)
        let first = try session.wait { $0.contains("看报 1/12") }
        // The pane's label (its weekday given way to its place among the 版) and the status line both give the date.
        #expect(first.contains(" 2019年2月1日 第01版 · "))
        #expect(first.split(separator: "\n").last?.contains("2019年2月1日 星期五  第1/") == true)
        try session.send("}")
        let second = try session.wait { $0.contains("看报 7/12") }
        #expect(second.contains(" 2019年2月1日 第02版 · "))
        #expect(second.contains("关于推进基层整合审批服务执法力量的实施意见"))
        try session.send("j")
        _ = try session.wait { $0.contains("看报 8/12") && $0.contains("看变化，问冷暖，听民声") }
        try session.send("j")
        _ = try session.wait { $0.contains("看报 9/12") }
        try session.send("k")
        _ = try session.wait { $0.contains("看报 8/12") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    @Test func skippedFilesAreCountedInTheStatusLine() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        try FileManager.default.copyItem(at: CrawlerFolderCLITests.day.appendingPathComponent("20190201-01-01.txt"),
                                         to: folder.appendingPathComponent("20190201-01-01.txt"))
        try Data([0xFF, 0xD8, 0xFF, 0, 0]).write(to: folder.appendingPathComponent("photo.jpg"))
        let session = try TmuxSession(["--forget", folder.path], width: 100, height: 30)
        // (Waited for together: a capture can come between the panes and the status line.)
        let screen = try session.wait { $0.contains("习近平同卡塔尔埃米尔塔米姆举行会谈") && $0.contains("跳过") }
        #expect(screen.contains("跳过 1 个文件 skipped 1 files"))
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
