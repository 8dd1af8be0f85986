import Foundation
import Testing

/// Search in the real binary: Chinese typed into the prompt as an input method delivers it
/// (`send-keys -l`), the highlight read back with `capture-pane -e`.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SearchEndToEndTests {
    /// The text drawn on a background colour (SGR 40–47) in a captured screen.
    static func text(onBackground code: Int, in styled: String) -> String {
        var background: Int?, lit = ""
        for piece in styled.split(separator: "\u{1B}", omittingEmptySubsequences: false) {
            var text = Substring(piece)
            if piece.hasPrefix("["), let end = piece.firstIndex(where: { $0.isLetter }) {
                if piece[end] == "m" {
                    let codes = piece[piece.index(after: piece.startIndex)..<end].split(separator: ";").map { Int($0) ?? 0 }
                    if codes.isEmpty { background = nil }
                    for code in codes {
                        if code == 0 || code == 49 { background = nil } else if (40...47).contains(code) { background = code }
                    }
                }
                text = piece[piece.index(after: end)...]
            }
            if background == code { lit += text.filter { $0 != "\n" } }
        }
        return lit
    }

    /// A theme whose current match is on ANSI red (SGR 41), whatever the default theme does.
    static let theme: String = {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-search-\(UUID().uuidString).toml")
        try? "inherits = \"newsprint\"\n[roles]\ncurrent-hit = { fg = \"white\", bg = \"red\" }\n".write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }()

    @Test func chineseTypedIntoThePromptIsFoundAndLit() throws {
        let session = try TmuxSession(["--theme", Self.theme, KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("/")
        try session.type("劳逸结合")
        let screen = try session.wait { $0.contains("/劳逸结合") && $0.contains("1/1") }
        #expect(screen.contains("1/1"))
        // The current match: white on red in the test's theme.
        #expect(Self.text(onBackground: 41, in: try session.styledScreen()).contains("劳逸结合"))
    }

    /// 100 KB pasted into the prompt goes in at once: the end of it is in sight, with the answer
    /// (a paste of 10 KB once froze the reader for 21 s, a character at a time).
    @Test func aHundredKilobytePasteGoesInAtOnce() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("/")
        let run = String(repeating: "职工之家温馨港湾", count: 4_200) + "末了"
        try session.paste(run)
        let screen = try session.wait { $0.split(separator: "\n").last?.contains("温馨港湾末了") == true && $0.contains("未找到") }
        #expect(screen.split(separator: "\n").last?.hasPrefix("/") == true)
        // The line is all there: Ctrl-A goes to its start, and Enter searches it whole.
        try session.send("C-a")
        try session.wait { $0.split(separator: "\n").last?.hasPrefix("/职工之家温馨港湾职工之家") == true }
    }

    @Test func nAndNStepThroughAllMatchesAndWrap() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("/")
        try session.type("工会")
        try session.wait { $0.contains("1/63") }
        try session.send("Enter")
        try session.wait { $0.contains("「工会」1/63") }
        try session.send("n")
        try session.wait { $0.contains("「工会」2/63") }
        try session.send("N", "N")
        let wrapped = try session.wait { $0.contains("「工会」63/63") }
        // (The English half of the notice gives way whole to the search's place: `「工会」63/63` stays.)
        #expect(wrapped.contains("已到开头，从末尾找起") && !wrapped.contains("search wrap"))
    }

    @Test func fullWidthQueryFindsHalfWidthText() throws {
        let session = try TmuxSession(["--theme", Self.theme, KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("/")
        try session.type("ＡＥＤ")
        let screen = try session.wait { $0.contains("/ＡＥＤ") && $0.contains("1/2") }
        #expect(Self.text(onBackground: 41, in: try session.styledScreen()) == "AED")
        #expect(screen.contains("心脏除颤仪"))
    }

    @Test func escInThePromptRestoresThePreviousView() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Down", "Down", "Enter")
        let before = try session.steady { !$0.contains("看报") && $0.contains(" 3/6 ") }
        try session.send("/")
        try session.type("龙潭")
        try session.wait { $0.contains("/龙潭") && $0.contains("走访慰问坚守岗位一线职工") }
        try session.send("Escape")
        let after = try session.steady { !$0.contains("/龙潭") }
        #expect(after == before)
    }

    /// `&`: every match in a list; Enter on the third reads at match 3/63.
    @Test func ampersandListsTheMatchesAndEnterReadsAtOne() throws {
        let session = try TmuxSession(["--forget", KanbaoProcess.seedPath], width: 80, height: 24)
        try session.wait { $0.contains("看报 1/6") }
        try session.search("工会")
        try session.wait { $0.contains("「工会」1/63") }
        try session.send("&")
        let list = try session.wait { $0.contains("63处 matches") && $0.contains("1/63 ↓↑ Enter") }
        #expect(list.split(separator: "\n").filter { $0.contains("工会") }.count >= 20, "\(list)")
        try session.send("j")
        try session.wait { $0.contains("2/63 ↓↑ Enter") }
        try session.send("j")
        try session.wait { $0.contains("3/63 ↓↑ Enter") }
        try session.send("Enter")
        let article = try session.wait { $0.contains("「工会」3/63") && !$0.contains("↓↑ Enter") }
        #expect(article.contains("%") || article.contains("末 END"))
        try session.send("Q")
        try session.wait { $0.contains("EXIT=0") }
    }
}
