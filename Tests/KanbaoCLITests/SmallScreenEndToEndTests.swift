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
        let screen = try session.wait { $0.contains("深入学习贯彻党的二十大精神") }
        let status = screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? ""
        #expect(status.contains("第1/") && status.contains("帮助"), "\(status)")
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// At 60×20 the seed's headlines do not all fit: the pane says how many more there are.
    @Test func theHeadlinePaneSaysMoreFollow() throws {
        let session = try TmuxSession(["--forget", KanbaoProcess.seedPath], width: 60, height: 20)
        let screen = try session.wait { $0.contains("▼ 1 more") }
        #expect(screen.contains("深入学习贯彻党的二十大精神"))
        try session.send("G")
        _ = try session.wait { $0.contains("▲ 1") && !$0.contains("▼") }
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
