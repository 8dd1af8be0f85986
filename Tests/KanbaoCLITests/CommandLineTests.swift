import Foundation
import Testing

/// The `kanbao` command as a user runs it: what it prints and the status it exits with.
@Suite struct CommandLineTests {
    static let seedList = """
        1 [深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面] 北京市总工会到国资公司调研并慰问一线职工
        2 [“党建带工建”推进工会驿站建设] 潞源街道总工会打造户外劳动者“温馨港湾”
        3 中铁建工西北分公司工会邀职工家属共享“家”文化
        4 心脏除颤仪“上岗” 职工健身场所
        5 朝阳区医疗卫生工会为职工撑起“关爱伞”
        6 龙潭街道总工会走访慰问坚守岗位一线职工

        """

    @Test func listsTheSeedArticles() throws {
        let result = try KanbaoProcess.run(["--list", KanbaoProcess.seedPath])
        #expect(result.status == 0)
        #expect(result.stdout == Self.seedList)
        #expect(result.stderr.isEmpty)
    }

    @Test func opensTheBundledSeedFromAnyDirectory() throws {
        let elsewhere = try KanbaoProcess.temporaryDirectory()
        let result = try KanbaoProcess.run(["--list"], in: elsewhere)
        #expect(result.status == 0)
        #expect(result.stdout == Self.seedList)
    }

    @Test func withoutATerminalItPrintsTheDumpAsGitLogDoes() throws {
        let piped = try KanbaoProcess.run([KanbaoProcess.seedPath])
        let dump = try KanbaoProcess.run(["--dump", KanbaoProcess.seedPath])
        #expect(piped.status == 0)
        #expect(piped.stdout == dump.stdout)
        #expect(piped.stdout.contains("北京市总工会到国资公司调研并慰问一线职工"))
        #expect(!piped.stdout.contains("\u{1B}"))
    }

    /// `--dump` parses and writes an article at a time; the result is the layout engine's golden dump.
    @Test(arguments: [("40", "1"), ("100", "3")])
    func dumpIsTheGoldenDump(width: String, columns: String) throws {
        let golden = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/TextLayoutTests/Golden/seed-w\(width)-c\(columns).txt")
        let result = try KanbaoProcess.run(["--dump", "--width", width, "--columns", columns, KanbaoProcess.seedPath])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func bundledSeedIsTheSeedFileByteForByte() throws {
        let bundled = try KanbaoProcess.run(["--json"])
        let file = try KanbaoProcess.run(["--json", KanbaoProcess.seedPath])
        #expect(bundled.status == 0)
        #expect(bundled.stdout == file.stdout)
    }

    @Test func aCopiedBinaryStillHasItsSeed() throws {
        let elsewhere = try KanbaoProcess.temporaryDirectory()
        let copy = try KanbaoProcess.copiedBinary(into: elsewhere)
        let result = try KanbaoProcess.run(["--list"], in: elsewhere, executable: copy)
        #expect(result.status == 0)
        #expect(result.stdout == Self.seedList)
    }

    @Test func readsStandardInput() throws {
        let seed = try Data(contentsOf: URL(fileURLWithPath: KanbaoProcess.seedPath))
        let result = try KanbaoProcess.run(["--list", "-"], stdin: Array(seed))
        #expect(result.status == 0)
        #expect(result.stdout == Self.seedList)
    }

    @Test func jsonHasExactlyTheKeysInOrderAndUnescapedChinese() throws {
        let result = try KanbaoProcess.run(["--json", KanbaoProcess.seedPath])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"headline\": \"北京市总工会到国资公司调研并慰问一线职工\""))
        #expect(!result.stdout.contains("\\u"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object.map { Set($0.keys) } == ["header", "date", "number", "articles"])
        #expect(object?["header"] is NSNull)
        // (A page text says no date or 版 the parser could be sure of: null.)
        #expect(object?["date"] is NSNull && object?["number"] is NSNull)
        let articles = try #require(object?["articles"] as? [[String: Any]])
        #expect(articles.count == 6)
        for article in articles {
            #expect(Set(article.keys) == ["kicker", "headline", "subheadline", "byline", "paragraphs", "heads", "credit"])
        }
        #expect(articles[3]["credit"] as? String == "本报记者 盛丽 曹立栋 摄影报道")
        #expect(articles[2]["kicker"] is NSNull)
        // Key order as documented: kicker, headline, subheadline, byline, paragraphs, heads, credit.
        let keys = ["\"kicker\"", "\"headline\"", "\"subheadline\"", "\"byline\"", "\"paragraphs\"", "\"heads\"", "\"credit\""]
        let positions = keys.compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func jsonEscapesControlCharacters() throws {
        let result = try KanbaoProcess.run(["--json", "-"], stdin: Array("标题\u{1B}[2J\n\n正文。".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("标题\\u001b[2J"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func listShowsControlCharactersVisibly() throws {
        let result = try KanbaoProcess.run(["--list", "-"], stdin: Array("标题\u{1B}[31m红\u{07}\u{9B}\u{202E}\n\n正文。".utf8))
        #expect(result.stdout == "1 标题^[[31m红^G<U+009B><U+202E>\n")
    }

    @Test func gb18030FileGivesTheSameJSON() throws {
        let directory = try KanbaoProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("gb.txt")
        let seed = try String(contentsOfFile: KanbaoProcess.seedPath, encoding: .utf8)
        let gb = try #require(seed.data(using: String.Encoding(rawValue: 0x8000_0632)))  // GB18030
        try gb.write(to: file)
        let fromGB = try KanbaoProcess.run(["--json", file.path])
        let fromUTF8 = try KanbaoProcess.run(["--json", KanbaoProcess.seedPath])
        #expect(fromGB.status == 0)
        #expect(fromGB.stdout == fromUTF8.stdout)
    }

    @Test func warnsAboutBadBytesAndStillOpens() throws {
        let result = try KanbaoProcess.run(["--list", "-"], stdin: Array("标题\n\n正文".utf8) + [0xFF] + Array("。".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "1 标题\n")
        #expect(result.stderr.hasPrefix("kanbao: standard input: warning:"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var stdin: [UInt8] = []
        var status: Int32
        var message: String
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(name: "no such file", arguments: ["/nonexistent/page.txt"], status: 66,
                message: "kanbao: /nonexistent/page.txt: no such file\n"),
        Failure(name: "empty", arguments: ["-"], stdin: [], status: 65,
                message: "kanbao: standard input: empty page (nothing but whitespace)\n"),
        Failure(name: "whitespace", arguments: ["-"], stdin: Array(" \n\u{3000}\n".utf8), status: 65,
                message: "kanbao: standard input: empty page (nothing but whitespace)\n"),
        Failure(name: "binary", arguments: ["-"], stdin: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1], status: 65,
                message: "kanbao: standard input: binary file (contains NUL bytes), not a page of text\n"),
    ]

    @Test(arguments: failures)
    func badInputGivesOneLineAndADistinctStatus(failure: Failure) throws {
        let result = try KanbaoProcess.run(failure.arguments, stdin: failure.stdin)
        #expect(result.status == failure.status)
        #expect(result.stderr == failure.message)
        #expect(result.stdout.isEmpty)
    }

    @Test func unreadableFileIs66() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let directory = try KanbaoProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("locked.txt")
        try Data("标题".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let result = try KanbaoProcess.run([file.path])
        #expect(result.status == 66)
    }

    @Test(arguments: [["--json", "--list"], ["--no-such-flag"], ["-", "a.txt"]])
    func badUsageIs64(arguments: [String]) throws {
        let result = try KanbaoProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error:"))
    }

    @Test func versionAndHelp() throws {
        let version = try KanbaoProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try KanbaoProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--json") && help.stdout.contains("--list") && help.stdout.contains("Exit status"))
    }
}

/// `kanbao --dump`: the laid-out issue as plain text.
@Suite struct DumpCommandTests {
    @Test func dumpsTheSeedAtTheDefaultWidth() throws {
        let result = try KanbaoProcess.run(["--dump", KanbaoProcess.seedPath])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].contains("北京市总工会到国资公司调研并慰问一线职工"))
        #expect(lines[2] == Substring(String(repeating: "─", count: 80)))
        #expect(lines[3].hasPrefix("    本报讯（记者 白莹）8月21日"))
        #expect(!result.stdout.contains("\u{1B}"))
        for line in lines {
            let cells = line.unicodeScalars.reduce(0) { $0 + (($1.properties.isIdeographic || "，。、；：（）“”！？—".unicodeScalars.contains($1) && $1.value > 0x3000) ? 2 : 1) }
            #expect(cells <= 80 + 2, "\(line)")
        }
    }

    @Test func widthHeightAndColumnsShapeTheDump() throws {
        let result = try KanbaoProcess.run(["--dump", "--width", "60", "--height", "12", "--columns", "2", KanbaoProcess.seedPath])
        #expect(result.status == 0)
        // Every page is exactly 12 rows (short ones padded), pages separated by one blank line.
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count > 6 * 13)
        #expect((lines.count + 1) % 13 == 0)
        #expect(stride(from: 12, to: lines.count, by: 13).allSatisfy { lines[$0].isEmpty })
        #expect(result.stdout.contains(" │ "))
    }

    @Test func colorAddsEscapeCodesOnlyWhenAsked() throws {
        let result = try KanbaoProcess.run(["--dump", "--color", KanbaoProcess.seedPath])
        #expect(result.stdout.contains("\u{1B}[1m北京市总工会到国资公司调研并慰问一线职工\u{1B}[0m"))
    }

    @Test func controlCharactersInThePageAreShownVisibly() throws {
        let result = try KanbaoProcess.run(["--dump", "-"], stdin: Array("标题\n\n正文\u{1B}]52;c;cHduZWQ=\u{07}结束。".utf8))
        #expect(result.stdout.contains("正文^[]52;c;cHduZWQ=^G结束。"))
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test(arguments: [["--dump", "--width", "1"], ["--dump", "--columns", "0"], ["--dump", "--height", "0"], ["--dump", "--list"]])
    func badLayoutOptionsAreUsageErrors(arguments: [String]) throws {
        #expect(try KanbaoProcess.run(arguments).status == 64)
    }
}
