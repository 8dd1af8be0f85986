import BundledFiles
import Foundation
import Testing
import TextLayout
@testable import Settings

@Suite struct BundledThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    @Test func theBundledListIsTheFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path).filter { $0.hasSuffix(".toml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(ThemeCatalog().names))
        #expect(Set(["newsprint", "night", "solarized-dark", "mono"]).isSubset(of: Set(ThemeCatalog().names)))
    }

    @Test func theCompiledInCopyIsTheFile() throws {
        for name in ThemeCatalog().names {
            let file = try Data(contentsOf: Self.themesFolder.appendingPathComponent(name + ".toml"))
            #expect(Array(file) == BundledThemes.files[name], "\(name)")
        }
    }

    @Test(arguments: ["newsprint", "night", "solarized-dark", "mono"])
    func everyBundledThemeParsesAndSetsEveryRole(name: String) throws {
        let theme = try ThemeCatalog().theme(named: name)
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
        #expect(!theme.description.isEmpty)
    }

    @Test func monoHasNoColoursAndColourThemesHave() throws {
        let mono = try ThemeCatalog().theme(named: "mono")
        #expect(mono.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        #expect(mono[.selection].attributes.contains(.reverse))
        let night = try ThemeCatalog().theme(named: "night")
        #expect(night[.body].background != .terminalDefault)
        #expect(try ThemeCatalog().theme(named: "newsprint")[.body] != night[.body])
    }

    @Test func theDefaultComesFirst() {
        #expect(ThemeCatalog().names.first == "newsprint")
    }
}

@Suite struct ThemeColorTests {
    @Test func coloursParseByNameIndexAndHex() throws {
        #expect(try ThemeColor.parse(.string("red")).get() == .indexed(1))
        #expect(try ThemeColor.parse(.string("Bright-Blue")).get() == .indexed(12))
        #expect(try ThemeColor.parse(.string("#F4eDdC")).get() == .rgb(red: 0xF4, green: 0xED, blue: 0xDC))
        #expect(try ThemeColor.parse(.integer(208)).get() == .indexed(208))
        #expect(try ThemeColor.parse(.string("default")).get() == .terminalDefault)
        for bad: SettingsValue in [.string("#12345"), .string("reddish"), .integer(256), .integer(-1), .boolean(true)] {
            #expect(throws: SettingsMessage.self) { try ThemeColor.parse(bad).get() }
        }
    }

    @Test func nearestOf256() {
        #expect(ColorDepth.nearest256((255, 0, 0)) == 196)
        #expect(ColorDepth.nearest256((0, 0, 0)) == 16)
        #expect(ColorDepth.nearest256((255, 255, 255)) == 231)
        #expect(ColorDepth.nearest256((128, 128, 128)) == 244)
        #expect(ColorDepth.nearest256((0x5f, 0x87, 0xaf)) == 67)
        #expect(ColorDepth.nearest256((0x30, 0x30, 0x30)) == 236)
        #expect(ColorDepth.nearest256((0xf4, 0xed, 0xdc)) == 255)
    }

    @Test func nearestOf8() {
        #expect(ColorDepth.nearest8((0xf4, 0xed, 0xdc)) == 7)  // paper → white
        #expect(ColorDepth.nearest8((0x2b, 0x26, 0x20)) == 0)  // ink → black
        #expect(ColorDepth.nearest8((0x9b, 0x1c, 0x1c)) == 1)  // newsprint red → red
        #expect(ColorDepth.nearest8((0xb5, 0x89, 0x00)) == 3)  // solarized yellow → yellow
        #expect(ColorDepth.nearest8((0x2a, 0xa1, 0x98)) == 6)  // solarized cyan → cyan
        #expect(ColorDepth.nearest8((0x26, 0x8b, 0xd2)) == 4 || ColorDepth.nearest8((0x26, 0x8b, 0xd2)) == 6)
    }

    @Test func numbersForEachDepth() {
        let red = ThemeColor.rgb(red: 0xff, green: 0, blue: 0)
        #expect(ColorDepth.direct.number(red) == 0xff0000)
        #expect(ColorDepth.colors256.number(red) == 196)
        #expect(ColorDepth.colors8.number(red) == 1)
        #expect(ColorDepth.none.number(red) == nil)
        #expect(ColorDepth.colors8.number(.indexed(9)) == 1)  // bright red → red
        #expect(ColorDepth.colors8.number(.indexed(196)) == 1)
        #expect(ColorDepth.colors256.number(.terminalDefault) == -1)
        #expect(ColorDepth.direct.number(.indexed(3)) == 3)
        #expect(ColorDepth.direct.number(.rgb(red: 0, green: 0, blue: 5)) == 8)  // not ANSI 5
        #expect(ColorDepth.direct.number(.indexed(196)) == 0xff0000)
    }

    @Test func depthFromWhatNcursesSays() {
        #expect(ColorDepth.detect(hasColors: true, colors: 1 << 24) == .direct)
        #expect(ColorDepth.detect(hasColors: true, colors: 256) == .colors256)
        #expect(ColorDepth.detect(hasColors: true, colors: 88) == .colors8)
        #expect(ColorDepth.detect(hasColors: true, colors: 2) == .none)
        #expect(ColorDepth.detect(hasColors: false, colors: 256) == .none)
    }
}

@Suite struct ThemeFileTests {
    /// A catalog with user themes written to a temporary folder.
    func catalog(_ files: [String: String]) throws -> (ThemeCatalog, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name + ".toml"), atomically: true, encoding: .utf8) }
        return (ThemeCatalog(userDirectory: folder.path), folder.path)
    }

    /// A theme written before inner heads had a role names every role but `head`, with no `inherits`:
    /// it still loads, and draws heads as its subheadlines.
    @Test func aThemeWrittenBeforeTheHeadRoleStillLoads() throws {
        let newsprint = String(decoding: try #require(BundledThemes.files["newsprint"]), as: UTF8.self)
        let old = newsprint.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("head ") }.joined(separator: "\n")
        #expect(old != newsprint)
        let (catalog, _) = try catalog(["before-heads": old])
        let theme = try catalog.theme(named: "before-heads")
        #expect(theme[.head] == theme[.subheadline])
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
        // The bundled themes set it themselves.
        #expect(try ThemeCatalog().theme(named: "newsprint")[.head] != theme[.subheadline])
    }

    @Test func aThemeInheritsAndOverridesAFewRoles() throws {
        let (catalog, _) = try catalog(["mine": """
            inherits = "night"
            [roles]
            headline = { fg = "yellow" }
            """])
        let mine = try catalog.theme(named: "mine")
        let night = try catalog.theme(named: "night")
        #expect(mine[.headline].foreground == .indexed(3))
        #expect(mine[.headline].attributes == night[.headline].attributes)  // fields not named are inherited
        #expect(mine[.headline].background == night[.headline].background)
        #expect(mine[.body] == night[.body])
    }

    @Test func aUserThemeShadowsABundledOne() throws {
        let (catalog, _) = try catalog(["night": "inherits = \"mono\"\n"])
        #expect(try catalog.theme(named: "night") == Theme(name: "night", description: "", styles: try catalog.theme(named: "mono").styles))
    }

    @Test func badFilesGiveTheFileTheLineAndTheProblem() throws {
        let cases: [(String, String, Int?, String)] = [
            ("syntax", "[roles]\nheadline = { fg = \"red\"\n", 2, "inline table"),
            ("role", "inherits = \"mono\"\n\n[roles]\nheadlin = { fg = \"red\" }\n", 4, "unknown role \"headlin\""),
            ("colour", "inherits = \"mono\"\n[roles]\nbody = {}\nkicker = { fg = \"#12x456\" }\n", 4, "is not a colour"),
            ("attribute", "inherits = \"mono\"\n[roles.kicker]\nfg = \"red\"\nattributes = [\"blink\"]\n", 4, "unknown attribute"),
            ("parent", "description = \"x\"\ninherits = \"nope\"\n", 2, "no such theme"),
            ("missing", "[roles]\nbody = {}\n", nil, "roles missing: headline"),
            ("circle", "inherits = \"circle\"\n", nil, "circle"),
            ("key", "colours = 3\n", 1, "unknown key \"colours\""),
        ]
        let (catalog, folder) = try catalog(Dictionary(uniqueKeysWithValues: cases.map { ($0.0, $0.1) }))
        for (name, _, line, problem) in cases {
            #expect(throws: SettingsMessage.self) { try catalog.theme(named: name) }
            do {
                _ = try catalog.theme(named: name)
            } catch {
                #expect(error.file == folder + "/\(name).toml", "\(name)")
                #expect(error.line == line, "\(name): \(error)")
                #expect(error.problem.contains(problem), "\(name): \(error)")
                #expect(error.description.hasPrefix(folder + "/\(name).toml"), "\(name)")
            }
        }
    }

    @Test func aThemeByPath() throws {
        let (_, folder) = try catalog(["path-theme": "inherits = \"solarized-dark\"\n[roles]\nbody = { bg = 234 }\n"])
        let theme = try ThemeCatalog().theme(nameOrPath: folder + "/path-theme.toml")
        #expect(theme.name == "path-theme" && theme[.body].background == .indexed(234))
        #expect(throws: SettingsMessage.self) { try ThemeCatalog().theme(nameOrPath: folder + "/absent.toml") }
        #expect(throws: SettingsMessage.self) { try ThemeCatalog().theme(nameOrPath: "absent") }
    }
}
