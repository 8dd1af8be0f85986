import Foundation
import Testing

/// Reopening an issue returns to where it was left: the same article, screen and page.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct RememberedPlaceTests {
    /// Opens `page`, reads the first article's second page, and leaves with `exitKey`.
    func leaveOnPageTwo(_ page: String, state: String, exitKey: [String]) throws {
        let session = try TmuxSession([page], environment: ["XDG_STATE_HOME": state])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        try session.wait { !$0.contains("看报") && $0.contains("第1/2页") }
        try session.send("Space")
        try session.wait { $0.contains("第2/2页") }
        for key in exitKey {
            try session.send(key)
            usleep(100_000)
        }
        try session.wait { $0.contains("DONE") }
    }

    @Test func reopeningReturnsToTheArticleAndPage() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        try leaveOnPageTwo(KanbaoProcess.seedPath, state: state, exitKey: ["C-c"])
        let again = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        let screen = try again.wait { $0.contains("第2/2页") }
        #expect(!screen.contains("看报") && screen.contains(" 1/6 "))
        // The place is the content's, not the path's: a copy elsewhere opens there too.
        let copy = try KanbaoProcess.temporaryDirectory().appendingPathComponent("copy.txt")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: KanbaoProcess.seedPath), to: copy)
        let copied = try TmuxSession([copy.path], environment: ["XDG_STATE_HOME": state])
        #expect(try copied.wait { $0.contains("第2/2页") }.contains(" 1/6 "))
        // --forget starts at the top.
        let forgetting = try TmuxSession(["--forget", KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        #expect(try forgetting.wait { $0.contains("看报 1/6") }.contains("看报 1/6"))
    }

    @Test func quittingFromTheFrontPageKeepsTheSelection() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        let session = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Down", "Down", "Down")
        try session.wait { $0.contains("看报 4/6") }
        try session.send("q")
        try session.wait { $0.contains("DONE") }
        let again = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        #expect(try again.wait { $0.contains("看报 4/6") }.contains("看报 4/6"))
    }

    @Test func aDamagedPlaceFileIsSaidAndIgnored() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        try leaveOnPageTwo(KanbaoProcess.seedPath, state: state, exitKey: ["C-c"])
        let folder = state + "/kanbao/places"
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".json") })
        try Data("{\"article\": ".utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
        let again = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        let screen = try again.wait { $0.contains("damaged") }
        #expect(screen.contains("北京市总工会到国资公司调研并慰问一线职工"))
    }

    /// An article read is marked ✓ in the headline pane — in text, without colour — back on the
    /// front page and after a restart; `U` takes the mark off, and --forget shows none.
    @Test func readMarksShowInTextAndOutliveARestart() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        let headline = "北京市总工会到国资公司调研并慰问一线职工"
        let session = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state, "NO_COLOR": "1"])
        let before = try session.wait { $0.contains("看报 1/6") }
        #expect(before.contains("▌ " + headline))
        try session.send("Enter")
        try session.wait { !$0.contains("看报") && $0.contains("第1/") }
        try session.send("q")
        let back = try session.wait { $0.contains("看报 1/6") && $0.contains("▌✓" + headline) }
        #expect(back.contains("▌✓" + headline))
        // j: the read one loses the selection's bar, keeps its mark.
        try session.send("j")
        try session.wait { $0.contains("看报 2/6") && $0.contains(" ✓" + headline) }
        try session.send("q")
        try session.wait { $0.contains("DONE") }

        let again = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state, "NO_COLOR": "1"])
        try again.wait { $0.contains("看报 2/6") && $0.contains(" ✓" + headline) }
        try again.send("k")
        try again.wait { $0.contains("看报 1/6") && $0.contains("▌✓" + headline) }
        try again.send("U")
        try again.wait { $0.contains("marked unread") && $0.contains("▌ " + headline) }
        try again.send("Q")
        try again.wait { $0.contains("DONE") }

        let forgetting = try TmuxSession(["--forget", KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        #expect(!(try forgetting.wait { $0.contains("看报 1/6") }).contains("✓"))
    }
}
