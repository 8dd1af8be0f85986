import Foundation
import Testing

/// less's and vi's keys in the real binary, in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct LessKeysEndToEndTests {
    /// The first line of article text under the headline block: what moves when the page does.
    static func firstTextLine(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let rule = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("───") }) else { return "" }
        return lines.dropFirst(rule + 1).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    @Test func ctrlDCtrlUCountsPercentAndBigQ() throws {
        let session = try TmuxSession(["--forget", KanbaoProcess.seedPath], width: 80, height: 24)
        _ = try session.wait { $0.contains("看报 1/6") }
        // 5j: the sixth headline.
        try session.send("5")
        _ = try session.wait { $0.contains("5 — 次数 count") }
        try session.send("j")
        _ = try session.wait { $0.contains("看报 6/6") }
        try session.send("g")
        _ = try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        let article = try session.wait { $0.contains("%  ? 帮助") }
        let top = Self.firstTextLine(article)
        try session.send("C-d")
        let down = try session.wait { Self.firstTextLine($0) != top }
        #expect(down.contains("%") || down.contains("末 END"))
        try session.send("C-u")
        _ = try session.wait { Self.firstTextLine($0) == top }
        try session.send("Q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    /// The prompt's keys are the key table's: the config rebinds one, and `?` lists them.
    @Test func aConfigRebindsAPromptKeyAndTheHelpListsIt() throws {
        let home = try ThemeEndToEndTests.configHome(["config.toml": "[keys]\nprompt-start = [\"Home\", \"Ctrl-T\"]\n"])
        let session = try TmuxSession(["--forget", KanbaoProcess.seedPath], width: 100, height: 50, environment: ["XDG_CONFIG_HOME": home])
        _ = try session.wait { $0.contains("看报 1/6") }
        try session.send("?")
        let help = try session.wait { $0.contains("搜索框 In the search prompt") && $0.contains("delete the word before the cursor") }
        #expect(help.contains("Home Ctrl-T") && !help.contains("Home Ctrl-A"), "\(help)")
        try session.send("q")
        _ = try session.wait { !$0.contains("搜索框") }
        // 会 typed, then Ctrl-T to the start, then 工: the line reads 工会, and the search finds it.
        try session.send("/")
        try session.type("会")
        _ = try session.wait { $0.contains("/会") }
        try session.send("C-t")
        try session.type("工")
        _ = try session.wait { $0.contains("/工会") && $0.contains("/63") }
        try session.send("Enter")
        try session.send("Q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }
}
