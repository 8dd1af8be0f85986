import Foundation
import Testing

/// Hostile text, extreme sizes, resize storms and a vanishing terminal, in the real binary.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct HardeningEndToEndTests {
    /// Every kind of sequence a page could use to take over a terminal, and what it must show instead.
    static let hostile: [(bytes: String, shown: String)] = [
        ("\u{1B}[2J", "^[[2J"), ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
        ("\u{1B}]52;c;cHduZWQ=\u{07}", "^[]52;c;cHduZWQ=^G"), ("\u{1B}[10;10H", "^[[10;10H"), ("\u{1B}[5A", "^[[5A"),
        ("\u{9B}31m", "<U+009B>31m"), ("\u{85}", "<U+0085>"), ("\u{07}", "^G"),
        ("\u{202E}", "<U+202E>"), ("\u{202A}", "<U+202A>"), ("\u{2066}", "<U+2066>"), ("\u{2069}", "<U+2069>"),
        ("\u{200B}", "<U+200B>"), ("\u{FEFF}", "<U+FEFF>"),
    ]

    @Test func sequencesInThePageAreShownNotObeyed() throws {
        let body = Self.hostile.map { "〔" + $0.bytes + "〕" }.joined()
        let file = try KanbaoProcess.temporaryDirectory().appendingPathComponent("hostile.txt")
        try Data("标题\n\n本报讯 \(body)。\n".utf8).write(to: file)
        let session = try TmuxSession([file.path], width: 200, height: 30)
        try session.wait { $0.contains("看报 1/1") }
        let title = try session.tmux(["display-message", "-p", "#{pane_title}"])
        try session.send("Enter")
        let screen = try session.wait { $0.contains("本报讯") && !$0.contains("看报") }
        // (Justification may put spaces beside a stand-in: they are left out of the comparison.)
        let text = screen.filter { $0 != "\n" && $0 != " " }
        for (_, shown) in Self.hostile { #expect(text.contains("〔" + shown.filter { $0 != " " } + "〕"), "\(shown)") }
        #expect(try session.tmux(["display-message", "-p", "#{pane_title}"]) == title)
        #expect(try session.tmux(["list-buffers"]).isEmpty)
        // The cursor moves did not move anything: the status line is still at the bottom.
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last?.contains("1/1") == true)
    }

    /// Brings `session`, at 80×24, from wherever it is to a known place — the front page, first
    /// headline, pane at the top, nothing marked read — and expects the screen of a fresh reader brought there: a screen
    /// left wrong anywhere by what went before shows here. The keys go one at a time, as typed, so
    /// that an Esc does not arrive in one read with the key behind it.
    func expectLikeAFreshReader(_ session: TmuxSession) throws {
        try session.resize(width: 80, height: 24)
        // tmux resizes the pane's terminal in its own time, and keys sent at once can reach kanbao
        // before the new size does, while it may still be too small to move (seen: Esc Esc h lost,
        // the reader left on the article screen). Wait for the status line at the foot first: the
        // too-small notice has none, and a larger frame's is cut off or below the pane.
        _ = try session.steady { $0.split(separator: "\n").last?.contains("帮助 help") == true }
        // (U on each of the six headlines: a fresh reader has read none of them.)
        for key in ["Escape", "Escape", "h", "g"] + Array(repeating: ["U", "j"], count: 6).joined() + ["G", "g"] {
            try session.send(key)
            usleep(100_000)
        }
        let settled = try session.handled()
        let fresh = try TmuxSession([KanbaoProcess.seedPath])
        try fresh.wait { $0.contains("看报 1/6") }
        try fresh.send("G", "g")
        let expected = try fresh.handled()
        guard expected != settled else { return }
        // Only the rows that differ, each as both screens have it: short enough to survive a busy log.
        let ours = settled.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = (0..<max(ours.count, theirs.count)).filter { (ours.indices.contains($0) ? ours[$0] : "") != (theirs.indices.contains($0) ? theirs[$0] : "") }
        let report = rows.map { row in
            "row \(row)\n  settled: \(ours.indices.contains(row) ? ours[row] : "(none)")\n  fresh:   \(theirs.indices.contains(row) ? theirs[row] : "(none)")"
        }.joined(separator: "\n")
        Issue.record("the screen differs from a fresh reader's in \(rows.count) rows:\n\(report)")
        TmuxSession.keep("expectLikeAFreshReader: \(rows.count) rows differ\n\(report)\nsettled:\n\(settled)\nfresh:\n\(expected)")
    }

    @Test func anySizeFromOneByOneUp() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        for (width, height) in [(1, 1), (2, 1), (1, 3), (19, 5), (20, 6), (21, 7), (400, 120), (3, 100), (400, 2), (45, 11)] {
            try session.resize(width: width, height: height)
            try session.send("j", "Space", "/")
            try session.type("工会")
            try session.send("Enter", "n")
            #expect(session.kanbaoIsRunning, "\(width)×\(height)")
        }
        try expectLikeAFreshReader(session)
    }

    @Test func aStormOfResizesWhileKeysArrive() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        var random = SystemRandomNumberGenerator()
        let keys = ["j", "k", "Space", "b", "Enter", "Escape", "n", "N", "]", "[", "G", "g", "?", "x"]
        for step in 0..<50 {
            try session.resize(width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random))
            try session.send(keys[step % keys.count], keys[(step * 7) % keys.count])
            if step % 10 == 3 {
                try session.search("工会")
            }
        }
        if !session.kanbaoIsRunning { TmuxSession.keep("aStormOfResizesWhileKeysArrive: kanbao is gone:\n\((try? session.screen()) ?? "")") }
        #expect(session.kanbaoIsRunning)
        do {
            try expectLikeAFreshReader(session)
        } catch {
            TmuxSession.keep("aStormOfResizesWhileKeysArrive: \(error)")
            throw error
        }
    }

    @Test func closingThePaneEndsKanbao() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        #expect(session.kanbaoIsRunning)
        try session.tmux(["kill-pane"], capture: false)
        let deadline = Date().addingTimeInterval(5)
        while session.kanbaoIsRunning && Date() < deadline { usleep(50_000) }
        #expect(!session.kanbaoIsRunning)
    }
}
