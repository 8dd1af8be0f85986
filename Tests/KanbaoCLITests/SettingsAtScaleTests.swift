import Foundation
import Testing

/// Settings files far larger than anyone writes by hand cost what their size does: once, each
/// problem reread the whole config file (1,000 unknown keys: 7 s) and each theme resolved its whole
/// chain again (a chain of 1,000 `inherits`: 4.3 s before the first frame). The bounds are loose —
/// ten times a debug build's cost now — so they fail on that growth, not on a busy machine; the
/// release figures are in the README (Limits).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SettingsAtScaleTests {
    @Test func aThousandUnknownConfigKeysAreEachNamedWithTheirLine() throws {
        let config = (0..<1000).map { "unknown\($0) = \($0)\n" }.joined()
        let home = try ThemeEndToEndTests.configHome(["config.toml": config])
        let start = Date()
        let listed = try KanbaoProcess.run(["--dump", KanbaoProcess.seedPath], environment: ["XDG_CONFIG_HOME": home])
        let seconds = Date().timeIntervalSince(start)
        #expect(listed.status == 0)
        let lines = listed.stderr.split(separator: "\n")
        #expect(lines.count == 1000)
        #expect(lines.first?.contains("config.toml:1: unknown setting \"unknown0\"") == true)
        #expect(lines.last?.contains("config.toml:1000: unknown setting \"unknown999\"") == true)
        #expect(seconds < 2, "\(seconds) s")
    }

    @Test func aChainOfAThousandThemesStartsAtOnce() throws {
        var files = ["config.toml": "theme = \"t999\"\n"]
        for index in 0..<1000 {
            files["themes/t\(index).toml"] = "inherits = \"\(index == 0 ? "night" : "t\(index - 1)")\"\n[roles]\nheadline = { fg = \(index % 200) }\n"
        }
        let home = try ThemeEndToEndTests.configHome(files)
        let trace = try KanbaoProcess.temporaryDirectory().appendingPathComponent("trace.txt").path
        let session = try TmuxSession(["--trace", trace, KanbaoProcess.seedPath], environment: ["XDG_CONFIG_HOME": home])
        let screen = try session.wait { $0.contains("看报 1/6") }
        #expect(!screen.contains(".toml"), "\(screen)")  // no theme reported broken
        try session.send("q")
        try session.wait { $0.contains("DONE") }
        let stages = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let firstFrame = try #require(stages.first { $0.hasSuffix("first frame drawn") })
        let milliseconds = try #require(Double(firstFrame.split(separator: " ").first ?? ""))
        #expect(milliseconds < 1500, "first frame after \(milliseconds) ms")
    }
}
