import Foundation
import Testing

/// The mouse in tmux: X10 mouse reports typed into the pane, as the terminal would send them.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct MouseEndToEndTests {
    func click(_ session: TmuxSession, row: Int, column: Int, button: Int = 0) throws {
        try session.click(row: row, column: column, button: button)
    }

    @Test func clickAHeadlineThenAgainToOpenItThenTurnThePage() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        #expect(try session.tmux(["display-message", "-p", "#{mouse_any_flag}"]).hasPrefix("1"))
        try click(session, row: 4, column: 10)
        try session.wait { $0.contains("看报 3/6") }
        try click(session, row: 1, column: 10)
        try session.wait { $0.contains("看报 1/6") }
        try click(session, row: 1, column: 10)
        try session.wait { !$0.contains("看报") && $0.contains("第1/2页") }
        try click(session, row: 23, column: 70)
        #expect(try session.wait { $0.contains("第2/2页") }.contains("第2/2页"))
    }

    @Test func theWheelScrollsTheArticle() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        let before = try session.wait { !$0.contains("看报") && $0.contains("第1/2页") }
        try click(session, row: 5, column: 10, button: 65)
        let after = try session.wait { $0 != before }
        #expect(after.split(separator: "\n").first != before.split(separator: "\n").first)
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let session = try TmuxSession(["--no-mouse", KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        #expect(try session.tmux(["display-message", "-p", "#{mouse_any_flag}"]).hasPrefix("0"))
    }
}
