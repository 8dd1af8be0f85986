import Foundation
import Testing

/// What `--list`, `--dump`, `--json` and `--list-themes` write: never a character a terminal would
/// obey or hide, and never a quiet success when the output could not be written.
@Suite struct PlainOutputSafetyTests {
    /// A page whose headline, paragraph and credit hold what must not reach a terminal raw.
    static func hostilePage() throws -> String {
        let file = try KanbaoProcess.temporaryDirectory().appendingPathComponent("hostile.txt")
        // (Noncharacters cannot be written in a Swift literal.)
        let nonFFFF = String(Unicode.Scalar(0xFFFF)!), nonFDD0 = String(Unicode.Scalar(0xFDD0)!)
        let page = "标题\u{200B}甲\u{202E}乙\u{2028}丙\n\n本报讯 正文\u{2029}含\(nonFFFF)和\(nonFDD0)和\u{E0041}和\u{2060}和\u{0378}。\n"
        try Data(page.utf8).write(to: file)
        return file.path
    }

    /// Every scalar of `text` that a terminal would act on or not show: controls but LF, bidi
    /// controls, separators, noncharacters, lone format characters. (Not a tag character: after
    /// another character it is part of that character's cluster, zero cells wide, as a combining
    /// mark is — `--dump` keeps the cluster whole; `--json` escapes it.)
    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x2028...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
                || value == 0x200B || value == 0x2060 || value == 0x0378
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test func listAndDumpShowStandIns() throws {
        let page = try Self.hostilePage()
        let list = try KanbaoProcess.run(["--list", page])
        #expect(list.status == 0)
        #expect(Self.raw(list.stdout).isEmpty, "\(Self.raw(list.stdout))")
        #expect(list.stdout.contains("标题<U+200B>甲<U+202E>乙<U+2028>丙"), "\(list.stdout)")
        let dump = try KanbaoProcess.run(["--dump", "--width", "40", page])
        #expect(dump.status == 0)
        #expect(Self.raw(dump.stdout).isEmpty, "\(Self.raw(dump.stdout))")
        let shown = dump.stdout.filter { !$0.isWhitespace }
        for stand in ["<U+2029>", "<U+FFFF>", "<U+FDD0>", "<U+2060>", "<U+0378>"] { #expect(shown.contains(stand), "\(stand)") }
        // Every line still fits: a stand-in counts the cells it takes.
        for line in dump.stdout.split(separator: "\n") { #expect(line.unicodeScalars.count <= 40 * 2) }
    }

    /// JSON keeps the text (a reader of the JSON gets it back whole) but escapes what a terminal
    /// showing the JSON would obey.
    @Test func jsonEscapesBidiControlsAndInvisibles() throws {
        let json = try KanbaoProcess.run(["--json", try Self.hostilePage()])
        #expect(json.status == 0)
        #expect(Self.raw(json.stdout).isEmpty, "\(Self.raw(json.stdout))")
        #expect(json.stdout.contains("标题\\u200b甲\\u202e乙\\u2028丙"))
        #expect(json.stdout.contains("\\udb40\\udc41"))  // U+E0041 as its UTF-16 pair
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let article = (decoded?["articles"] as? [[String: Any]])?.first
        #expect(article?["headline"] as? String == "标题\u{200B}甲\u{202E}乙\u{2028}丙")
    }

    @Test func themeFileNamesAreShownNotObeyed() throws {
        let home = try ThemeEndToEndTests.configHome([
            "themes/evil\u{1B}]0;PWNED\u{07}.toml": "inherits = \"night\"\n",
            "themes/clip\u{1B}]52;c;cHduZWQ=\u{07}.toml": "inherits = \"night\"\n",
        ])
        let listed = try KanbaoProcess.run(["--list-themes"], environment: ["XDG_CONFIG_HOME": home])
        #expect(listed.status == 0)
        #expect(!listed.stdout.contains("\u{1B}") && !listed.stdout.contains("\u{07}"))
        #expect(listed.stdout.contains("evil^[]0;PWNED^G"))
        #expect(listed.stdout.contains("clip^[]52;c;cHduZWQ=^G"))
    }

    /// A config naming a theme there is not: the list still marks the one used (the default), and
    /// the message names the config file and the line.
    @Test func aMissingConfigThemeIsNamedWithItsLine() throws {
        let home = try ThemeEndToEndTests.configHome(["config.toml": "columns = 2\ntheme = \"nachtblau\"\n"])
        let listed = try KanbaoProcess.run(["--list-themes"], environment: ["XDG_CONFIG_HOME": home])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("newsprint (default)"))
        #expect(listed.stderr.contains(home + "/kanbao/config.toml:2: no theme called \"nachtblau\""), "\(listed.stderr)")
    }

    /// `> /dev/full`: the disk is full for every write. One line, status 74, for each kind of output.
    @Test(arguments: [["--list"], ["--dump"], ["--json"], ["--list-themes"], ["--dump", "--vertical"]])
    func aFullOutputIsAnError(arguments: [String]) throws {
        let process = Process()
        process.executableURL = KanbaoProcess.binary
        process.arguments = arguments + (arguments == ["--list-themes"] ? [] : [KanbaoProcess.seedPath])
        process.environment = ["XDG_CONFIG_HOME": KanbaoProcess.emptyConfigHome, "LANG": "C.UTF-8"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message == "kanbao: cannot write the output: No space left on device\n", "\(message)")
    }

    /// A reader that goes away is a quiet end with 0, however much output was left — whether SIGPIPE
    /// comes as it does in a shell, or is ignored (as some shells and runners leave it) — as when the
    /// output was small enough to go into the pipe whole: `--dump FILE | head` and `--dump DIR | head`
    /// end alike.
    @Test(arguments: ["", "trap '' PIPE; "]) func aClosedPipeIsAQuietEnd(ignoring: String) throws {
        // Fifty seeds: far more output than a pipe holds, so that kanbao is still writing when the
        // reader goes; the seed alone fits in the pipe.
        let folder = try KanbaoProcess.temporaryDirectory()
        let page = folder.appendingPathComponent("fifty.txt")
        let seed = try String(contentsOfFile: KanbaoProcess.seedPath, encoding: .utf8)
        try Array(repeating: seed, count: 50).joined(separator: "\n\n").write(to: page, atomically: true, encoding: .utf8)
        let day = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/crawler/2019-02").path
        for target in [page.path, day, KanbaoProcess.seedPath] {
            let kanbao = "'\(KanbaoProcess.binary.path)' --dump '\(target)'"
            let result = try KanbaoProcess.shell("\(ignoring)(\(kanbao); echo \"kanbao=$?\" >&2) | head -c 10 >/dev/null")
            #expect(result.stderr == "kanbao=0\n", "\(target): \(result.stderr)")
        }
    }
}
