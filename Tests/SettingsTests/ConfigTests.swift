import Foundation
import Reader
import Testing
@testable import Settings

@Suite struct ConfigTests {
    @Test func everySettingIsRead() {
        let (config, problems) = Config.parse("""
            theme = "night"
            columns = 2
            ambiguous-wide = true
            justify = false
            latin-spacing = true
            mouse = false
            vertical = true
            [keys]
            quit = "Q"
            next-match = ["n", "Ctrl-N"]
            """, file: "config.toml")
        #expect(problems.isEmpty)
        #expect(config.theme == "night" && config.columns == 2 && config.ambiguousWide == true && config.justify == false)
        #expect(config.mouse == false && config.latinSpacing == true)
        #expect(config.vertical == true)
        #expect(KeyBinding.action(for: .character("Q"), on: .frontPage, in: config.keyBindings) == .quit)
        #expect(KeyBinding.action(for: .character("q"), on: .frontPage, in: config.keyBindings) == nil)
        #expect(KeyBinding.action(for: .character("q"), on: .article, in: config.keyBindings) == .back)
        #expect(KeyBinding.action(for: .control("n"), on: .article, in: config.keyBindings) == .nextMatch)
    }

    @Test func aKeyTakenForAnotherActionLeavesItsOldOne() {
        let (config, _) = Config.parse("[keys]\nquit = \"j\"\n", file: "config.toml")
        #expect(KeyBinding.action(for: .character("j"), on: .frontPage, in: config.keyBindings) == .quit)
        // On the article screen quit is not bound, so j still scrolls there.
        #expect(KeyBinding.action(for: .character("j"), on: .article, in: config.keyBindings) == .lineDown)
        #expect(KeyBinding.action(for: .down, on: .frontPage, in: config.keyBindings) == .lineDown)
    }

    @Test func badSettingsAreNamedWithTheirLinesAndTheRestIsKept() {
        let text = """
            theme = "night"
            columns = 0
            justify = "yes"
            colour = "red"

            [keys]
            fly = "f"
            quit = "Ctrl-"
            """
        let (config, problems) = Config.parse(text, file: "/home/u/.config/kanbao/config.toml")
        #expect(config.theme == "night")
        #expect(problems.map(\.line) == [2, 3, 4, 7, 8])
        #expect(problems.allSatisfy { $0.file == "/home/u/.config/kanbao/config.toml" })
        #expect(problems[0].problem.contains("columns"))
        #expect(problems[1].problem.contains("justify"))
        #expect(problems[2].problem.contains("unknown setting \"colour\""))
        #expect(problems[3].problem.contains("unknown action \"fly\""))
        #expect(problems[4].problem.contains("keys are names"))
        #expect(problems[0].description.hasPrefix("/home/u/.config/kanbao/config.toml:2: "))
    }

    @Test func aSyntaxErrorLosesTheFileAndSaysWhere() {
        let (config, problems) = Config.parse("theme = \"night\"\ncolumns = = 2\n", file: "config.toml")
        #expect(config.theme == nil)
        #expect(problems.count == 1 && problems[0].line == 2)
    }

    @Test func theConfigFolderFollowsXDG() {
        #expect(Config.folder(environment: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/u"]) == "/x/config/kanbao")
        #expect(Config.folder(environment: ["HOME": "/home/u"]) == "/home/u/.config/kanbao")
        #expect(Config.folder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.config/kanbao")
    }
}

@Suite struct KeyNameTests {
    @Test func aPromptKeyIsRebound() {
        let (config, problems) = Config.parse("[keys]\nprompt-start = [\"Home\", \"Ctrl-T\"]\nquit = \"Ctrl-A\"\n", file: "config.toml")
        #expect(problems.isEmpty)
        #expect(KeyBinding.action(for: .control("t"), in: .prompt, config.keyBindings) == .promptStart)
        #expect(KeyBinding.action(for: .control("a"), in: .prompt, config.keyBindings) == nil)
        // The prompt and the screens share no key: Ctrl-A for quit does not take Ctrl-W from the prompt.
        #expect(KeyBinding.action(for: .control("a"), on: .frontPage, in: config.keyBindings) == .quit)
        #expect(KeyBinding.action(for: .control("w"), in: .prompt, config.keyBindings) == .promptDeleteWord)
    }

    @Test func keysByName() {
        #expect(Key(name: "j") == .character("j"))
        #expect(Key(name: "工") == .character("工"))
        #expect(Key(name: "Space") == .character(" "))
        #expect(Key(name: "pgdn") == .pageDown)
        #expect(Key(name: "Ctrl-L") == .control("l"))
        #expect(Key(name: "F12") == .function(12))
        #expect(Key(name: "↓") == .down)
        #expect(Key(name: "Shift-Tab") == .backTab)
        for bad in ["", "Ctrl-", "Ctrl-1", "F25", "Hyper-X", "jj"] { #expect(Key(name: bad) == nil, "\(bad)") }
    }

    @Test func everyKeyTheHelpShowsCanBeWrittenInTheConfig() {
        for binding in KeyBinding.table {
            for key in binding.keys { #expect(Key(name: key.label) == key, "\(key.label)") }
        }
    }

    @Test func theReadmeDocumentsEveryAction() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for action in ReaderAction.allCases { #expect(readme.contains("`\(action.name)`"), "\(action.name)") }
    }

    @Test func actionNames() {
        #expect(ReaderAction.lineDown.name == "line-down")
        #expect(ReaderAction(name: "next-match") == .nextMatch)
        #expect(ReaderAction(name: "cycle-theme") == .cycleTheme)
        #expect(Set(ReaderAction.allCases.map(\.name)).count == ReaderAction.allCases.count)
    }
}

@Suite struct DirectColorTests {
    @Test func truecolorTerminalsGetTheirDirectEntryWhenItIsInstalled() {
        let installed: Set = ["xterm-direct", "tmux-direct"]
        func upgraded(_ term: String?, _ colorTerm: String?) -> String? {
            DirectColor.upgradedTerm(term: term, colorTerm: colorTerm) { installed.contains($0) }
        }
        #expect(upgraded("xterm-256color", "truecolor") == "xterm-direct")
        #expect(upgraded("tmux-256color", "24bit") == "tmux-direct")
        #expect(upgraded("xterm-256color", nil) == nil)
        #expect(upgraded("screen-256color", "truecolor") == nil)  // no screen-direct installed
        #expect(upgraded("xterm-direct", "truecolor") == nil)
    }

    @Test func terminfoIsLookedForWhereNcursesLooks() {
        let files: Set = ["/home/u/.terminfo/x/xterm-direct", "/usr/share/terminfo/74/tmux-direct"]
        let environment = ["HOME": "/home/u"]
        #expect(DirectColor.terminfoExists("xterm-direct", environment: environment) { files.contains($0) })
        #expect(DirectColor.terminfoExists("tmux-direct", environment: environment) { files.contains($0) })
        #expect(!DirectColor.terminfoExists("kitty-direct", environment: environment) { files.contains($0) })
    }
}
