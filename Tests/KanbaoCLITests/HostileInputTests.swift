import Foundation
import Testing

/// Broken, odd and hostile input: each case with the status and the message, or what it shows.
@Suite struct HostileInputTests {
    static let seed = try! Data(contentsOf: URL(fileURLWithPath: KanbaoProcess.seedPath))
    static let seedText = String(decoding: seed, as: UTF8.self)
    static let seedJSON = try! KanbaoProcess.run(["--json", KanbaoProcess.seedPath]).stdout

    func file(_ name: String, _ bytes: Data) throws -> String {
        let url = try KanbaoProcess.temporaryDirectory().appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    @Test(arguments: ["utf-16le", "utf-16be", "crlf", "utf-8-bom", "cr"])
    func otherEncodingsAndLineEndsGiveTheSameJSON(_ kind: String) throws {
        let bytes: Data
        switch kind {
        case "utf-16le": bytes = Data([0xFF, 0xFE]) + Self.seedText.data(using: .utf16LittleEndian)!
        case "utf-16be": bytes = Data([0xFE, 0xFF]) + Self.seedText.data(using: .utf16BigEndian)!
        case "crlf": bytes = Data(Self.seedText.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case "cr": bytes = Data(Self.seedText.replacingOccurrences(of: "\n", with: "\r").utf8)
        default: bytes = Data([0xEF, 0xBB, 0xBF]) + Self.seed
        }
        let result = try KanbaoProcess.run(["--json", try file(kind + ".txt", bytes)])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout == Self.seedJSON)
    }

    @Test func badBytesInTheMiddleOfAGoodPageAreShownAndWarnedOf() throws {
        let middle = Self.seed.count / 2
        // Cut at a line start so that the bad bytes do not split a character of the page.
        let cut = Self.seed[middle...].firstIndex(of: 0x0A)! + 1
        let bytes = Self.seed[..<cut] + Data([0xC3, 0x28, 0xFF]) + Self.seed[cut...]
        let result = try KanbaoProcess.run(["--json", try file("bad.txt", bytes)])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{FFFD}("))
        #expect(result.stderr.contains("warning") && result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("北京市总工会到国资公司调研并慰问一线职工"))
    }

    @Test func aFiveMegabyteLineWithoutANewlineOpens() throws {
        let line = String(repeating: "职工之家，温馨港湾。", count: 5_000_000 / 30)
        let path = try file("line.txt", Data(("本报讯 " + line).utf8))
        let list = try KanbaoProcess.run(["--list", path])
        #expect(list.status == 0 && list.stdout.split(separator: "\n").count == 1)
        let dump = try KanbaoProcess.run(["--dump", "--width", "60", path])
        #expect(dump.status == 0)
        let lines = dump.stdout.split(separator: "\n")
        #expect(lines.count > 5_000_000 / 3 / 60)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 60 })
    }

    @Test func tenThousandArticles() throws {
        let page = (1...10_000).map { "第\($0)号标题\n\n本报讯 第\($0)篇的正文。\n" }.joined(separator: "\n")
        let result = try KanbaoProcess.run(["--list", try file("many.txt", Data(page.utf8))])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 10_000 && lines.last == "10000 第10000号标题")
    }

    @Test func aHundredMegabytePageOpens() throws {
        let url = try KanbaoProcess.temporaryDirectory().appendingPathComponent("hundred.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let copy = Self.seed + Data("\n\n".utf8)
        for _ in 0..<(100_000_000 / copy.count + 1) { handle.write(copy) }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try KanbaoProcess.run(["--list", url.path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count % 6 == 0 && result.stdout.split(separator: "\n").count >= 60_000)
    }

    @Test func aPageOverTheLimitIsRefusedBeforeItIsRead() throws {
        let url = try KanbaoProcess.temporaryDirectory().appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 300 << 20)  // sparse: no disk, no time
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try KanbaoProcess.run([url.path])
        #expect(result.status == 65)
        #expect(result.stderr == "kanbao: \(url.path): too large (300 MiB); Kanbao opens pages up to 256 MiB\n")
    }

    @Test func aFIFOWithNoWriterYetSaysItWaitsAndReadsWhatComes() throws {
        let path = try KanbaoProcess.temporaryDirectory().appendingPathComponent("fifo").path
        #expect(mkfifo(path, 0o600) == 0)
        let process = Process()
        process.executableURL = KanbaoProcess.binary
        process.arguments = ["--list", path]
        process.environment = ["XDG_CONFIG_HOME": KanbaoProcess.emptyConfigHome]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let notice = errors.fileHandleForReading.availableData  // blocks until the notice comes
        #expect(String(decoding: notice, as: UTF8.self) == "kanbao: \(path): waiting for the page to arrive (Ctrl-C to stop)\n")
        let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        writer.write(Self.seed)
        try writer.close()
        let listed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: listed, as: UTF8.self).split(separator: "\n").count == 6)
    }

    @Test func standardInputThatDoesNotEndSaysItWaits() throws {
        let process = Process()
        process.executableURL = KanbaoProcess.binary
        process.arguments = ["--list", "-"]
        process.environment = ["XDG_CONFIG_HOME": KanbaoProcess.emptyConfigHome]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Self.seed)  // and keep it open
        let notice = errors.fileHandleForReading.availableData
        #expect(String(decoding: notice, as: UTF8.self).contains("standard input: waiting for the page"))
        try input.fileHandleForWriting.close()
        let listed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && String(decoding: listed, as: UTF8.self).split(separator: "\n").count == 6)
    }

    @Test func dumpIntoAPipeThatClosesEndsQuietly() throws {
        // `kanbao --dump | head -1`: the reader of the pipe goes away; kanbao must stop, not complain.
        let result = try KanbaoProcess.shell("'\(KanbaoProcess.binary.path)' --dump '\(KanbaoProcess.seedPath)' | head -1")
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.status == 0)
    }
}
