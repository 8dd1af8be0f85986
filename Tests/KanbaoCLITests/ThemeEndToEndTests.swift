import Foundation
import Testing

/// Themes in the real binary, read back with `capture-pane -e`.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ThemeEndToEndTests {
    /// The colour codes a captured screen sets (SGR 38/48 with their arguments, 30–47, 90–107).
    static func colors(_ styled: String) -> Set<String> {
        var found: Set<String> = []
        for piece in styled.split(separator: "\u{1B}") where piece.hasPrefix("[") {
            guard let end = piece.firstIndex(of: "m") else { continue }
            let codes = piece[piece.index(after: piece.startIndex)..<end].split(separator: ";").map(String.init)
            var index = 0
            while index < codes.count {
                let code = Int(codes[index]) ?? 0
                if code == 38 || code == 48 {
                    found.insert(codes[index..<min(codes.count, index + 3)].joined(separator: ";"))
                    index += 3
                    continue
                }
                if (30...37).contains(code) || (40...47).contains(code) || (90...107).contains(code) { found.insert(codes[index]) }
                index += 1
            }
        }
        return found
    }

    /// A config folder with `files` (paths relative to `kanbao/`).
    static func configHome(_ files: [String: String]) throws -> String {
        let home = try KanbaoProcess.temporaryDirectory()
        for (path, text) in files {
            let file = home.appendingPathComponent("kanbao/" + path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return home.path
    }

    func screen(_ arguments: [String], environment: [String: String] = [:]) throws -> (TmuxSession, String) {
        let session = try TmuxSession(arguments + [KanbaoProcess.seedPath], environment: environment)
        try session.wait { $0.contains("看报 1/6") || $0.contains(".toml") }
        // The frame as it stands once drawn whole: two captures alike (on a busy machine the first
        // sign can come before the rest of the frame has reached tmux).
        var styled = try session.styledScreen()
        for _ in 0..<20 {
            usleep(100_000)
            let again = try session.styledScreen()
            if again == styled { break }
            styled = again
        }
        return (session, styled)
    }

    @Test func nightAndNewsprintLookDifferentAndNoColorHasNone() throws {
        let night = Self.colors(try screen(["--theme", "night"]).1)
        let newsprint = Self.colors(try screen(["--theme", "newsprint"]).1)
        let plain = Self.colors(try screen([]).1)
        #expect(!night.isEmpty && !newsprint.isEmpty)
        #expect(night != newsprint)
        #expect(plain == newsprint)  // the default
        #expect(Self.colors(try screen(["--theme", "night"], environment: ["NO_COLOR": "1"]).1).isEmpty)
        #expect(Self.colors(try screen(["--theme", "mono"]).1).isEmpty)
    }

    @Test func anEightColourTerminalGetsTheNearestOfEight() throws {
        let eight = Self.colors(try screen(["--theme", "night"], environment: ["TERM": "screen"]).1)
        #expect(!eight.isEmpty)
        #expect(eight.allSatisfy { Int($0).map { (30...37).contains($0) || (40...47).contains($0) } ?? false }, "\(eight)")
    }

    @Test func tCyclesThemesLive() throws {
        let (session, first) = try screen([])
        try session.send("T")
        let status = try session.wait { $0.contains("theme: ") }
        let name = try #require(status.split(separator: "\n").last.map(String.init))
        let second = try session.styledScreen()
        #expect(Self.colors(first) != Self.colors(second), "\(name)")
    }

    /// T's choice is there at the next start — unless the config or --theme names a theme.
    @Test func theThemeTChoseIsRememberedUnlessOneIsNamed() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        let (session, _) = try screen([], environment: ["XDG_STATE_HOME": state])
        try session.send("T")
        let status = try session.wait { $0.contains("theme: ") }
        let line = try #require(status.split(separator: "\n").last { $0.contains("theme: ") })
        let name = try #require(line.components(separatedBy: "theme: ").last?.split(separator: " ").first.map(String.init))
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
        #expect(try String(contentsOfFile: state + "/kanbao/theme", encoding: .utf8) == name + "\n")
        let chosen = Self.colors(try screen(["--theme", name]).1)
        #expect(Self.colors(try screen([], environment: ["XDG_STATE_HOME": state]).1) == chosen, "\(name)")
        let home = try Self.configHome(["config.toml": "theme = \"night\"\n"])
        let night = Self.colors(try screen(["--theme", "night"]).1)
        #expect(name == "night" || chosen != night)
        #expect(Self.colors(try screen([], environment: ["XDG_STATE_HOME": state, "XDG_CONFIG_HOME": home]).1) == night)
        #expect(Self.colors(try screen(["--theme", "night"], environment: ["XDG_STATE_HOME": state]).1) == night)
    }

    /// Config and theme problems: their number and the first in the status line, every one in the
    /// list `!` opens.
    @Test func everySettingsProblemIsListed() throws {
        let home = try Self.configHome([
            "config.toml": "columns = \"two\"\ncolour = true\ntheme = \"broken\"\n",
            "themes/broken.toml": "inherits = \"night\"\n[roles]\nheadline = { fg = \"#12345\" }\n",
        ])
        let session = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_CONFIG_HOME": home])
        _ = try session.wait { $0.contains("3个设置问题 3 settings problems") && $0.contains("北京市总工会到国资公司调研并慰问一线职工") }
        try session.send("!")
        // (Each problem whole, though a long path wraps: the screen without its spaces and borders.)
        func flat(_ screen: String) -> String { screen.filter { !$0.isWhitespace && $0 != "│" } }
        let list = try session.wait { screen in
            let text = flat(screen)
            // (The box's foot too: a capture can come mid-frame, the list drawn and not yet its border.)
            return ["设置的问题3settingsproblems", "config.toml:1:", "config.toml:2:", "broken.toml:3:", "└"].allSatisfy { text.contains($0) }
        }
        #expect(list.contains("└"))
        try session.send("q")
        try session.send("q")
        _ = try session.wait { $0.contains("EXIT=0") }
    }

    @Test func aBrokenThemeIsNamedAndTheDefaultIsUsed() throws {
        let home = try Self.configHome([
            "config.toml": "theme = \"broken\"\n",
            "themes/broken.toml": "inherits = \"night\"\n[roles]\nheadline = { fg = \"#12345\" }\n",
        ])
        let (session, styled) = try screen([], environment: ["XDG_CONFIG_HOME": home])
        let text = try session.wait { $0.contains("broken.toml:3:") }
        #expect(text.contains("北京市总工会到国资公司调研并慰问一线职工"))
        // The page above the status line (which shows the message in the error style) is in the default theme.
        func page(_ styled: String) -> Set<String> { Self.colors(styled.split(separator: "\n").dropLast(2).joined(separator: "\n")) }
        #expect(page(styled) == page(try screen(["--theme", "newsprint"]).1))
        #expect(page(styled) != page(try screen(["--theme", "night"]).1))
    }

    @Test func theConfigChoosesTheThemeAndTheCommandLineWins() throws {
        let home = try Self.configHome(["config.toml": "theme = \"night\"\n"])
        let night = Self.colors(try screen(["--theme", "night"]).1)
        #expect(Self.colors(try screen([], environment: ["XDG_CONFIG_HOME": home]).1) == night)
        #expect(Self.colors(try screen(["--theme", "solarized-dark"], environment: ["XDG_CONFIG_HOME": home]).1) != night)
    }
}

@Suite struct ThemeCommandLineTests {
    @Test func listThemesMarksTheDefault() throws {
        let result = try KanbaoProcess.run(["--list-themes"])
        #expect(result.status == 0)
        #expect(result.stdout == "newsprint (default)\nmono\nnight\nsolarized-dark\n")
    }

    @Test func aCopiedBinaryStillHasItsThemes() throws {
        let elsewhere = try KanbaoProcess.temporaryDirectory()
        let copy = try KanbaoProcess.copiedBinary(into: elsewhere)
        let result = try KanbaoProcess.run(["--list-themes"], in: elsewhere, executable: copy)
        #expect(result.stdout == "newsprint (default)\nmono\nnight\nsolarized-dark\n")
    }

    @Test func listThemesShowsTheUsersAndTheConfiguredDefault() throws {
        let home = try ThemeEndToEndTests.configHome([
            "config.toml": "theme = \"sepia\"\n", "themes/sepia.toml": "inherits = \"newsprint\"\n",
        ])
        let result = try KanbaoProcess.run(["--list-themes"], environment: ["XDG_CONFIG_HOME": home])
        #expect(result.stdout.split(separator: "\n").contains("sepia (default)"))
        #expect(result.stdout.split(separator: "\n").contains("newsprint"))
    }

    @Test func aBrokenConfigIsReportedAndThePageStillOpens() throws {
        let home = try ThemeEndToEndTests.configHome(["config.toml": "columns = \"two\"\n"])
        let result = try KanbaoProcess.run(["--dump", KanbaoProcess.seedPath], environment: ["XDG_CONFIG_HOME": home])
        #expect(result.status == 0)
        #expect(result.stderr.contains("config.toml:1: columns must be"))
        #expect(result.stdout.contains("北京市总工会到国资公司调研并慰问一线职工"))
    }

    @Test func theConfigSetsTheLayout() throws {
        let home = try ThemeEndToEndTests.configHome(["config.toml": "columns = 3\njustify = false\nlatin-spacing = true\n"])
        let configured = try KanbaoProcess.run(["--dump", "--width", "120", KanbaoProcess.seedPath], environment: ["XDG_CONFIG_HOME": home])
        let flags = try KanbaoProcess.run(["--dump", "--width", "120", "--columns", "3", "--no-justify", "--latin-spacing", KanbaoProcess.seedPath])
        #expect(configured.stdout == flags.stdout)
        #expect(flags.stdout.contains("8 月 21 日"))
        let overridden = try KanbaoProcess.run(["--dump", "--width", "120", "--columns", "1", KanbaoProcess.seedPath],
                                               environment: ["XDG_CONFIG_HOME": home])
        #expect(overridden.stdout != configured.stdout)
    }
}
