import Foundation
import Testing

/// An issue of several pages: a folder or several files, in name order — on the command line and
/// in the reader.
@Suite(.serialized) struct SeveralPagesTests {
    static let shortPage = "2023年8月22日 星期二 第2版 要闻\n\n测试标题\n\n本报讯（记者 张三）今天天气很好。\n"

    /// A folder with page2.txt (a short page), page10.txt (the seed) and a hidden file.
    static func folder() throws -> URL {
        let folder = try KanbaoProcess.temporaryDirectory()
        try Data(shortPage.utf8).write(to: folder.appendingPathComponent("page2.txt"))
        try FileManager.default.copyItem(at: URL(fileURLWithPath: KanbaoProcess.seedPath), to: folder.appendingPathComponent("page10.txt"))
        try Data("not a page".utf8).write(to: folder.appendingPathComponent(".hidden"))
        return folder
    }

    @Test func aFolderListsItsPagesInNameOrderNumbersAsNumbers() throws {
        let result = try KanbaoProcess.run(["--list", try Self.folder().path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "第1/2版 · page2.txt")
        #expect(lines[1] == "1 测试标题")
        #expect(lines[2] == "第2/2版 · page10.txt")
        #expect(lines[3].hasPrefix("2 [深入学习贯彻党的二十大精神"))
        #expect(lines.count == 9)
    }

    @Test func severalFilesAreSortedByName() throws {
        let folder = try Self.folder()
        let result = try KanbaoProcess.run(["--list", folder.appendingPathComponent("page10.txt").path, folder.appendingPathComponent("page2.txt").path])
        #expect(result.stdout == (try KanbaoProcess.run(["--list", folder.path])).stdout)
    }

    @Test func jsonHasOneObjectPerPage() throws {
        let result = try KanbaoProcess.run(["--json", try Self.folder().path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.map { $0["name"] as? String } == ["page2.txt", "page10.txt"])
        #expect(pages[0]["header"] as? String == "2023年8月22日 星期二 第2版 要闻")
        #expect((pages[1]["articles"] as? [Any])?.count == 6)
    }

    @Test func dumpOpensEachPageWithItsLabel() throws {
        let result = try KanbaoProcess.run(["--dump", try Self.folder().path])
        #expect(result.stdout.hasPrefix("══ 第1/2版 · page2.txt ══\n2023年8月22日 星期二 第2版 要闻\n"))
        #expect(result.stdout.contains("\n══ 第2/2版 · page10.txt ══\n"))
        // The seed's own dump follows its label unchanged.
        let seed = try KanbaoProcess.run(["--dump", KanbaoProcess.seedPath]).stdout
        #expect(result.stdout.hasSuffix(seed))
    }

    /// A page's warning comes out where that page begins, after every page before it — though the
    /// pages before are still being set on other cores when it is read. (Output and errors in one
    /// stream, as `kanbao --dump … 2>&1 | less` shows them.)
    @Test func aWarningComesBetweenThePagesItFallsBetween() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let seed = try Data(contentsOf: URL(fileURLWithPath: KanbaoProcess.seedPath))
        try (seed + Data("\n\n".utf8) + seed).write(to: folder.appendingPathComponent("a.txt"))
        try (seed + Data([0xFF, 0xFE, 0x20, 0xC3, 0x0A])).write(to: folder.appendingPathComponent("b.txt"))
        try seed.write(to: folder.appendingPathComponent("c.txt"))
        let process = Process()
        process.executableURL = KanbaoProcess.binary
        process.arguments = ["--dump", folder.path]
        let both = Pipe()
        (process.standardOutput, process.standardError) = (both, both)
        try process.run()
        let out = String(decoding: both.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let marks = out.split(separator: "\n").filter { $0.hasPrefix("══") || $0.hasPrefix("kanbao:") }.map { String($0.prefix(14)) }
        #expect(marks == ["══ 第1/3版 · a.txt", "kanbao: \(folder.path.prefix(6))", "══ 第2/3版 · b.txt", "══ 第3/3版 · c.txt"].map { String($0.prefix(14)) },
                "\(marks)")
    }

    /// Each page is decoded on its own: a GB18030 page with CRLF beside UTF-8 ones.
    @Test func pagesOfDifferentEncodingsMakeOneIssue() throws {
        let folder = try Self.folder()
        // A page in GB18030 with CRLF line ends: "标题三\r\n\r\n本报讯（记者 李四）内容。\r\n".
        let gb18030: [UInt8] = [0xB1, 0xEA, 0xCC, 0xE2, 0xC8, 0xFD, 0x0D, 0x0A, 0x0D, 0x0A, 0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6,
                                0xA3, 0xA8, 0xBC, 0xC7, 0xD5, 0xDF, 0x20, 0xC0, 0xEE, 0xCB, 0xC4, 0xA3, 0xA9, 0xC4, 0xDA, 0xC8,
                                0xDD, 0xA1, 0xA3, 0x0D, 0x0A]
        try Data(gb18030).write(to: folder.appendingPathComponent("page3.txt"))
        let result = try KanbaoProcess.run(["--list", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("第2/3版 · page3.txt\n2 标题三\n第3/3版 · page10.txt\n3 ["))
        #expect(result.stderr.isEmpty)
    }

    @Test func badUseOfSeveralPagesSaysWhy() throws {
        let folder = try Self.folder()
        let withStdin = try KanbaoProcess.run(["--list", "-", folder.path])
        #expect(withStdin.status == 64)
        let empty = try KanbaoProcess.temporaryDirectory()
        let none = try KanbaoProcess.run(["--list", empty.path])
        #expect(none.status == 66)
        // (One line, naming what each layout looks for.)
        #expect(none.stderr.hasPrefix("kanbao: \(empty.path): is a directory with no pages (no crawler day folders (YYYYMMDD-PP-AA.txt), "))
        for kind in ["JSON records (.json, .jsonl)", "CSV records (.csv, .tsv)", "Markdown articles (.md)", "news pages (.html, .htm)"] {
            #expect(none.stderr.contains(kind))
        }
        #expect(none.stderr.hasSuffix(", page texts in it)\n") && none.stderr.split(separator: "\n").count == 1)
        let missing = try KanbaoProcess.run(["--list", folder.path, "/nonexistent/page3.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "kanbao: /nonexistent/page3.txt: no such file\n")
    }
}

/// The reader on several pages, in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SeveralPagesEndToEndTests {
    @Test func bracesAndThePageListTurnPagesAndSearchSpansThem() throws {
        let session = try TmuxSession([try SeveralPagesTests.folder().path], width: 100, height: 30)
        let first = try session.wait { $0.contains("看报 1/7") }
        #expect(first.contains("第1/2版 · page2.txt"))
        #expect(!first.contains("北京市总工会到国资公司调研"))
        try session.send("}")
        let second = try session.wait { $0.contains("看报 2/7") }
        #expect(second.contains("第2/2版 · page10.txt"))
        #expect(second.contains("龙潭街道总工会走访慰问"))
        #expect(!second.contains("测试标题"))
        try session.send("{")
        try session.wait { $0.contains("看报 1/7") && $0.contains("第1/2版") }
        // P, down, Enter: the second page.
        try session.send("P")
        try session.wait { $0.contains("版面 Pages") && $0.contains("● 第1/2版") }
        try session.send("Down", "Enter")
        try session.wait { $0.contains("看报 2/7") && !$0.contains("版面 Pages") }
        // Searching for what only the first page has turns back to it.
        try session.search("张三")
        let found = try session.wait { $0.contains("「张三」1/1") }
        #expect(found.contains("第1/2版 · page2.txt"))
    }

    /// A click on the page's label opens the list; a click on a headline of the page selects it.
    @Test func theMouseOpensThePageListFromTheLabel() throws {
        let session = try TmuxSession([try SeveralPagesTests.folder().path])
        try session.wait { $0.contains("看报 1/7") }
        try session.send("}")
        try session.wait { $0.contains("看报 2/7") }
        // Rows: 0 the label, 1–2 the first article (kicker, headline), 3–4 the second.
        try MouseEndToEndTests().click(session, row: 4, column: 10)
        try session.wait { $0.contains("看报 3/7") }
        try MouseEndToEndTests().click(session, row: 0, column: 5)
        try session.wait { $0.contains("版面 Pages") && $0.contains("● 第2/2版") }
        try session.send("Up", "Enter")
        try session.wait { $0.contains("看报 1/7") && $0.contains("第1/2版 · page2.txt") }
    }

    @Test func theFolderReopensAtThePageLeft() throws {
        let folder = try SeveralPagesTests.folder()
        let state = try KanbaoProcess.temporaryDirectory().path
        let session = try TmuxSession([folder.path], environment: ["XDG_STATE_HOME": state])
        try session.wait { $0.contains("看报 1/7") }
        try session.send("}", "Down")
        try session.wait { $0.contains("看报 3/7") }
        try session.send("q")
        try session.wait { $0.contains("DONE") }
        let again = try TmuxSession([folder.path], environment: ["XDG_STATE_HOME": state])
        #expect(try again.wait { $0.contains("看报 3/7") }.contains("第2/2版 · page10.txt"))
    }
}
