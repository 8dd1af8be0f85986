import Foundation
import Testing
@testable import Archive

/// The reader on an archive (two days of `Tests/Fixtures/crawler/`), in tmux: the dates, an issue
/// opened and left, `)` to the next issue, the issue remembered, read marks, the index waited for,
/// keys and mouse. (A search's counts and chart, `&` and a search from an issue are frame tests:
/// `ArchiveFrameTests`.)
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ArchiveScreenEndToEndTests {
    static let month = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/crawler/2019-02").path

    /// The archive screen, at 100×30, remembering nothing.
    static func archive() throws -> TmuxSession {
        let session = try TmuxSession(["--forget", month], width: 100, height: 30)
        _ = try session.wait { $0.contains("合订本 archive") }
        return session
    }

    /// The archive's first issue, opened from its screen.
    static func firstIssue() throws -> TmuxSession {
        let session = try archive()
        try session.send("Enter")
        _ = try session.wait { $0.contains(" 2019年2月1日 第01版 · ") }
        return session
    }

    @Test func theArchiveOpensOnItsDatesAndEnterShowsAnIssuesFirstPage() throws {
        let session = try TmuxSession(["--forget", Self.month], width: 100, height: 30)
        // (Steady: a capture can land between the title row and the list's, mid-frame.)
        let archive = try session.steady { $0.contains("合订本 archive — 2期 issues") }
        #expect(archive.contains("2019年2月  2期"))
        #expect(archive.contains("▌ 2019年2月1日 星期五   5版  12篇"))
        // (The columns line up: a one-digit day and a two, dates, 版 and 篇 right-aligned.)
        #expect(archive.contains("2019年2月12日 星期二  2版   3篇"))
        try session.send("Enter")
        // (The status line says how to go back, until the next key.)
        let issue = try session.wait { $0.contains("q 回到合订本 back to the archive") }
        #expect(issue.contains(" 2019年2月1日 第01版 · "))
        #expect(issue.contains("习近平同卡塔尔埃米尔塔米姆举行会谈"))
        // q on the issue's front page goes back to the archive; q there quits.
        try session.send("q")
        _ = try session.wait { $0.contains("合订本 archive — 2期 issues") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    @Test func rightParenGoesToTheNextIssueAndTheIssueIsRemembered() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-archive-state-\(UUID().uuidString)").path
        let session = try TmuxSession([Self.month], width: 100, height: 30, environment: ["XDG_STATE_HOME": state])
        _ = try session.wait { $0.contains("合订本 archive") }
        try session.send("Enter")
        _ = try session.wait { $0.contains(" 2019年2月1日 第01版 · ") }
        try session.send(")")
        let next = try session.wait { $0.contains(" 2019年2月12日 第01版 · ") }
        #expect(next.contains("牢记嘱托勇为人先"))
        try session.send(")")
        _ = try session.wait { $0.contains("已是最后一期 the last issue") }
        try session.send("q")
        _ = try session.wait { $0.contains("▌ 2019年2月12日") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
        let again = try TmuxSession([Self.month], width: 100, height: 30, environment: ["XDG_STATE_HOME": state])
        _ = try again.wait { $0.contains("▌ 2019年2月12日") }
        try again.send("q")
        _ = try again.wait { $0.contains("EXIT=0") }
    }

    /// An article read in an issue of the archive: ✓ in the issue's headline pane, the issue's unread
    /// count on the archive screen — both after a restart — and the day folder opened alone shows
    /// the same mark (marks go by the issue's text, not by how it was opened).
    @Test func readMarksAndUnreadCountsAreKept() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        let headline = "习近平同卡塔尔埃米尔"  // (cut with … in a side-by-side pane)
        let session = try TmuxSession([Self.month], width: 100, height: 30, environment: ["XDG_STATE_HOME": state, "NO_COLOR": "1"])
        _ = try session.wait { $0.contains("合订本 archive") }
        try session.send("Enter")
        _ = try session.wait { $0.contains(" 2019年2月1日 第01版 · ") && $0.contains("▌ " + headline) }
        try session.send("Enter")
        _ = try session.wait { !$0.contains("▌ " + headline) && $0.contains("第1/") }
        try session.send("q")
        _ = try session.wait { $0.contains("▌✓" + headline) }
        try session.send("q")
        let archive = try session.wait { $0.contains("合订本 archive") && $0.contains("12篇  11未读") }
        #expect(!archive.contains("3篇  "), "\(archive)")  // the other issue, never opened, has no count
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }

        let again = try TmuxSession([Self.month], width: 100, height: 30, environment: ["XDG_STATE_HOME": state, "NO_COLOR": "1"])
        _ = try again.wait { $0.contains("▌ 2019年2月1日 星期五   5版  12篇  11未读") }
        try again.send("Enter")
        _ = try again.wait { $0.contains("▌✓" + headline) }
        try again.send("Q")
        _ = try again.wait { $0.contains("EXIT=0") }

        let day = try TmuxSession([Self.month + "/20190201"], width: 100, height: 30, environment: ["XDG_STATE_HOME": state, "NO_COLOR": "1"])
        _ = try day.wait { $0.contains("✓" + headline) }
        try day.send("q")
        _ = try day.wait { $0.contains("EXIT=0") }
    }

    /// `&` in an issue opened from the archive: the archive's list, at this issue's current match;
    /// Enter on another issue's match opens it there; Esc leaves the issue as it was.
    @Test func ampersandInAnIssueListsTheArchivesMatches() throws {
        let session = try Self.firstIssue()
        try session.search("习近平")
        _ = try session.wait { $0.contains("「习近平」1/39") }
        try session.send("n")
        _ = try session.wait { $0.contains("「习近平」2/39") }
        try session.send("&")
        let list = try session.wait { $0.contains("「习近平」67处 matches") && $0.contains("2/67 ↓↑ Enter") }
        #expect(list.contains("2019年2月1日 星期五 · 39处 matches"), "\(list)")
        try session.send("Escape")
        _ = try session.wait { !$0.contains("↓↑ Enter") && $0.contains("「习近平」2/39") }
        try session.send("&")
        _ = try session.wait { $0.contains("2/67 ↓↑ Enter") }
        try session.send("G")
        _ = try session.wait { $0.contains("67/67 ↓↑ Enter") }
        try session.send("Enter")
        _ = try session.wait { $0.contains("「习近平」28/28") && $0.contains(" 2019年2月12日 第") }
        try session.send("Q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// A search made while the index is being built waits for it, saying so, and Esc stops it; once
    /// built, the search goes through the index, which has the file changed since.
    @Test func aSearchWaitsForTheIndexAndEscStopsIt() throws {
        let folder = try KanbaoProcess.temporaryDirectory(), cache = try KanbaoProcess.temporaryDirectory()
        let archive = folder.appendingPathComponent("2019-02")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.month), to: archive)
        _ = try KanbaoProcess.run(["--search", "中国", "--count", archive.path], environment: ["XDG_CACHE_HOME": cache.path])
        // A file changed, so that the index must be written to; another Kanbao holding the index's
        // write lock, so that it cannot be yet.
        let changed = archive.appendingPathComponent("20190201/20190201-02-01.txt")
        try (try String(contentsOf: changed, encoding: .utf8) + "\u{3000}\u{3000}鲲鹏展翅。\r\n").write(to: changed, atomically: false, encoding: .utf8)
        let roots = [URL(fileURLWithPath: archive.path).resolvingSymlinksInPath().path]
        let holder = try SQLiteDatabase(path: ArchiveIndex.file(cacheFolder: cache.path + "/kanbao", roots: roots), creating: false)
        try holder.execute("BEGIN IMMEDIATE")
        let session = try TmuxSession(["--forget", archive.path], width: 100, height: 30, environment: ["XDG_CACHE_HOME": cache.path])
        _ = try session.wait { $0.contains("合订本 archive") }
        try session.search("鲲鹏展翅")
        _ = try session.wait { $0.contains("搜索等索引建成 the search waits for the index · 索引 indexing") && $0.contains("Esc 停止 stop") }
        try session.send("Escape")
        _ = try session.wait { $0.contains("搜索已停止 search stopped") }
        try holder.execute("ROLLBACK")
        try session.search("鲲鹏展翅")
        let counted = try session.wait { $0.contains("「鲲鹏展翅」1处 matches in 1期") }
        #expect(counted.contains("▌ 2019年2月1日 星期五   5版  12篇") && counted.contains("1处"))
        // The index built, the status line no longer says it is being built.
        try session.send("Escape")
        let cleared = try session.steady { !$0.contains("「鲲鹏展翅」") }
        #expect(cleared.split(separator: "\n").last?.hasPrefix(" 合订本 archive ") == true, "\(cleared)")
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// The archive screen's keys are the key table's: `?` lists them, the config rebinds one
    /// (`archive-open = ["o"]`), `T` changes the theme there, and a click opens an issue.
    @Test func theArchiveScreensKeysHelpThemesAndMouse() throws {
        let home = try ThemeEndToEndTests.configHome(["config.toml": "[keys]\narchive-open = [\"o\"]\n"])
        let session = try TmuxSession(["--forget", Self.month], width: 100, height: 40, environment: ["XDG_CONFIG_HOME": home])
        _ = try session.wait { $0.contains("合订本 archive") }
        try session.send("?")
        // (Waited for whole: a capture can fall while ncurses is still writing the overlay's lines.)
        let help = try session.wait { $0.contains("按键 Keys — 合订本 archive") && $0.contains("next issue with matches") && $0.contains("next theme") }
        #expect(help.contains("open the issue at its 第01版") && help.contains("next theme"))
        try session.send("x")
        _ = try session.wait { !$0.contains("按键 Keys") }
        try session.send("Enter")
        _ = try session.wait { $0.contains("「Enter」在此无用") }
        try session.send("o")
        _ = try session.wait { $0.contains(" 2019年2月1日 第01版 · ") }
        try session.send("q")
        _ = try session.wait { $0.contains("合订本 archive") }
        try session.send("T")
        _ = try session.wait { $0.contains("主题 theme:") }
        // A click on the second issue's row selects it; another opens it.
        let screen = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(screen.firstIndex { $0.contains("2019年2月12日") })
        try session.click(row: row, column: 10)
        _ = try session.wait { $0.contains("▌ 2019年2月12日") }
        try session.click(row: row, column: 10)
        // (The date once, on the right, as the page's header: not again beside the note.)
        let opened = try session.wait { $0.contains(" q 回到合订本 back to the archive") && $0.contains("2019年2月12日 星期二  第1/") }
        #expect(opened.split(separator: "\n").last?.components(separatedBy: "2019年2月12日").count == 2)
        try session.send("Q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// A day deleted while the archive screen is open: the next search counts the archive as it
    /// is, and the list shows it so (no issue that is gone).
    @Test func aSearchRefreshesTheListWhenTheArchiveChanged() throws {
        let archive = try KanbaoProcess.temporaryDirectory().appendingPathComponent("2019-02")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.month), to: archive)
        let session = try TmuxSession(["--forget", archive.path], width: 100, height: 30)
        _ = try session.wait { $0.contains("合订本 archive — 2期 issues") }
        try FileManager.default.removeItem(at: archive.appendingPathComponent("20190212"))
        try session.search("习近平")
        let counted = try session.wait { $0.contains("「习近平」") && $0.contains("处 matches in 1期") }
        #expect(counted.contains("合订本 archive — 1期 issues") && !counted.contains("2019年2月12日"), "\(counted)")
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// Between searches the reader watches the archive's folders: a word written in place into a
    /// file that did not hold it (which no folder's time shows) is counted by the next search.
    @Test func aFileWrittenInPlaceWhileTheReaderIsOpenIsCounted() throws {
        let archive = try KanbaoProcess.temporaryDirectory().appendingPathComponent("2019-02")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.month), to: archive)
        let session = try TmuxSession(["--forget", archive.path], width: 100, height: 30)
        _ = try session.wait { $0.contains("合订本 archive — 2期 issues") }
        try session.search("习近平")
        _ = try session.wait { $0.contains("「习近平」67处 matches in 2期") }
        let handle = try FileHandle(forWritingTo: archive.appendingPathComponent("20190201/20190201-08-01.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\u{3000}\u{3000}习近平。\n".utf8))
        try handle.close()
        try session.search("习近平")
        _ = try session.wait { $0.contains("「习近平」68处 matches in 2期") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
