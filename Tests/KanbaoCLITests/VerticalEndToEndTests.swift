import Foundation
import Testing

/// Vertical setting from the command line and in the reader.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct VerticalEndToEndTests {
    @Test func dumpVerticalIsTheLayoutsGoldenDump() throws {
        let golden = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/TextLayoutTests/Golden/seed-vertical-w80-h20.txt")
        let result = try KanbaoProcess.run(["--dump", "--vertical", "--width", "80", "--height", "20", KanbaoProcess.seedPath])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// v on the article screen; ← turns to the next page, → back; search lights a match in the
    /// columns; leaving and coming back opens vertical again.
    @Test func vSetsTheArticleVerticallyAndLeftTurnsThePage() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        let session = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        try session.wait { $0.contains("第1/2页") }
        try session.send("v")
        let vertical = try session.wait { $0.contains("竖排 第1/3页") }
        // The rightmost text column is the kicker's, read downwards: 深 入 学 习.
        let rightmost = vertical.split(separator: "\n").map { line in String(line.trimmingCharacters(in: .whitespaces).suffix(1)) }
        #expect(rightmost.joined().contains("深入学习贯彻党的二十大精神"))
        #expect(vertical.contains("︐") && vertical.contains("︒"))
        try session.send("Left")
        try session.wait { $0.contains("竖排 第2/3页") }
        try session.send("Right")
        try session.wait { $0.contains("竖排 第1/3页") }
        // (A key at a time: two escape sequences in one write can be split on a busy machine.)
        try session.send("Left")
        try session.wait { $0.contains("竖排 第2/3页") }
        try session.send("Left")
        try session.wait { $0.contains("竖排 第3/3页") }
        // Back to the front page and in again: still vertical, at the place that was read.
        try session.send("q")
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        let reading = try session.wait { $0.contains("竖排 第") }
        let text = reading.split(separator: "\n").dropLast().joined(separator: "\n")
        try session.send("C-c")
        try session.wait { $0.contains("DONE") }
        // A new run opens the same vertical page.
        let again = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
        let reopened = try again.wait { $0.contains("竖排 第") }
        #expect(reopened.split(separator: "\n").dropLast().joined(separator: "\n") == text)
        try again.send("v")
        try again.wait { $0.contains("横排 horizontal") }
    }

    @Test func searchInVerticalTextLightsTheMatch() throws {
        let session = try TmuxSession(["--vertical", "--theme", SearchEndToEndTests.theme, KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.search("劳逸结合")
        try session.wait { $0.contains("「劳逸结合」1/1") }
        // Enter opens the article at its match: vertical, as --vertical asked.
        try session.send("Enter")
        let found = try session.wait { $0.contains("「劳逸结合」1/1") && $0.contains("竖排") }
        // The four characters stand one under another, each lit on a row of its own (row by row,
        // the lit text reads 劳逸结合 down the column).
        let lit = SearchEndToEndTests.text(onBackground: 41, in: try session.styledScreen())
        #expect(lit.filter { !$0.isWhitespace } == "劳逸结合")
        #expect(found.split(separator: "\n").filter { $0.contains("劳") || $0.contains("逸") || $0.contains("结") || $0.contains("合") }.count >= 4)
    }
}
