import Foundation
import Testing

/// The reader in small terminals and with long lines, in tmux: what must stay on the screen stays.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SmallScreenEndToEndTests {
    /// A page with People's Daily's header line keeps its page indicator and help hint at 80×24.
    @Test func aLongPageHeaderLeavesThePageAndTheHelpHint() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let page = folder.appendingPathComponent("page.txt")
        let seed = try String(contentsOfFile: KanbaoProcess.seedPath, encoding: .utf8)
        try ("人民日报 2025年03月10日  第01版  要闻\n\n" + seed).write(to: page, atomically: true, encoding: .utf8)
        let session = try TmuxSession(["--forget", page.path], width: 80, height: 24)
        // (The status line is the frame's last row: waited for whole, with the page's text.)
        let screen = try session.wait { $0.contains("深入学习贯彻党的二十大精神") && $0.contains("帮助") }
        let status = screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? ""
        #expect(status.contains("第1/") && status.contains("帮助"), "\(status)")
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// At 60×20 the seed's headlines do not all fit: the pane says how many more there are.
    @Test func theHeadlinePaneSaysMoreFollow() throws {
        let session = try TmuxSession(["--forget", KanbaoProcess.seedPath], width: 60, height: 20)
        _ = try session.wait { $0.contains("▼ 1 more") && $0.contains("深入学习贯彻党的二十大精神") }
        try session.send("G")
        _ = try session.wait { $0.contains("▲ 1") && !$0.contains("▼") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// The help at 60×20 and 40×12: whole descriptions, wrapped; scrolled to with ↓ and Space to the
    /// last key; any other key closes it.
    @Test(arguments: [(60, 20), (40, 12)]) func theHelpIsReadableInASmallTerminal(size: (Int, Int)) throws {
        let session = try TmuxSession(["--forget", KanbaoProcess.seedPath], width: size.0, height: size.1)
        _ = try session.wait { $0.contains("看报 1/6") }
        try session.send("?")
        // (The foot gives way whole, form by form: at 40 columns `滚动 · 其他键关闭`, never cut.)
        let first = try session.wait { $0.contains("滚动") }
        #expect(!first.contains("其他键关闭 other ke") && !first.contains("滚动 scro…"), "\(first)")
        #expect(first.contains("next headline") && !first.contains("…  │"), "\(first)")
        var seen = first
        for _ in 0..<30 {
            try session.send("Space")
            Thread.sleep(forTimeInterval: 0.1)
            seen += try session.screen()
        }
        let flat = seen.filter { !$0.isWhitespace && $0 != "│" }
        #expect(flat.contains("nextissue") && flat.contains("(archive)") && flat.contains("clipboard"), "\(seen)")
        // The search prompt's keys, to the last of them.
        #expect(flat.contains("搜索框") && flat.contains("Ctrl-W") && flat.contains("wordbeforethecursor"), "\(seen)")
        try session.send("x")
        _ = try session.wait { !$0.contains("滚动") && $0.contains("看报 1/6") }
        try session.send("q")
        // (In a pane this small the shell's `stty -a` after kanbao scrolls its status off the screen.)
        _ = try session.wait { $0.contains("DONE") }
        #expect(try session.tmux(["capture-pane", "-p", "-S", "-100"]).contains("EXIT=0"))
    }
}
