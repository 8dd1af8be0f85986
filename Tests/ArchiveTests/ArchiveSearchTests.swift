import Foundation
import IssueFiles
import IssueModel
import Reader
import Testing
import TestSupport
@testable import Archive

/// The archive's search: counts are the reader's, through the index or without; the index follows
/// the files as they change.
@Suite struct ArchiveSearchTests {
    static func read(_ path: String) throws(PageInputError) -> String {
        try PageSource.decodedText(path: path)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The archive's index, built (or brought up to date) in `cache`.
    static func index(_ roots: [String], cache: URL) throws
        -> (ArchiveIndex, ArchiveCatalog, ArchiveIndex.Update) {
        let catalog = try ArchiveCatalog.of(roots)
        let index = try ArchiveIndex(cacheFolder: cache.path, roots: roots, creating: true)
        let update = try index.update(catalog, text: { path throws(PageInputError) in try read(path) })
        return (index, catalog, update)
    }

    /// What the reader counts: each day opened as the reader opens it, searched with its own index.
    static func readerCounts(_ query: String, catalog: ArchiveCatalog) throws -> [(date: String, count: Int)] {
        try catalog.issues.compactMap { issue in
            let reading = IssueReading(issue.plan, text: { path throws(PageInputError) in try read(path ?? "") }, warn: { _ in })
            let count = SearchIndex(try reading.issue().issue).find(query).count
            return count > 0 ? (issue.date.iso, count) : nil
        }
    }

    static let queries = ["工会", "习近平", "一带一路", "鼠", "５Ｇ", "5g", "G", "。", "中国", "李克强", "不存在的词", "e\u{301}", "👨‍👩‍👧"]

    @Test func countsThroughTheIndexAreTheReaders() throws {
        let cache = try Self.temporaryFolder()
        let (index, catalog, update) = try Self.index([CrawlerFixtures.month.path], cache: cache)
        #expect(update.read == 15 && update.unreadable.isEmpty)
        for query in Self.queries {
            let want = try Self.readerCounts(query, catalog: catalog)
            let got = try ArchiveSearch.counts(ArchiveQuery(query), index: index, text: { path throws(PageInputError) in try Self.read(path) })
            #expect(got.map(\.date) == want.map(\.date) && got.map(\.count) == want.map(\.count), "\(query)")
            let reading = ArchiveSearch.countsReading(ArchiveQuery(query), catalog: catalog, text: { path throws(PageInputError) in try Self.read(path) })
            #expect(reading?.map(\.count) == want.map(\.count), "\(query) without the index")
        }
        #expect(try Self.readerCounts("习近平", catalog: catalog).reduce(0) { $0 + $1.count } > 20)
    }

    /// Text the byte search cannot count — clusters of several code points — goes to the reader's index.
    @Test func clustersOfSeveralCodePointsAreCountedAsTheReaderDoes() throws {
        let folder = try Self.temporaryFolder()
        let text = "\r\n家庭\r\n\r\n\u{3000}\u{3000}一家👨‍👩‍👧人，cafe\u{301}与café，Ｃａｆé，哈哈哈哈。\r\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("20200101-01-01.txt"))
        try Data("\r\n另一天\r\n\r\n\u{3000}\u{3000}哈哈哈。\r\n".utf8).write(to: folder.appendingPathComponent("20200102-01-01.txt"))
        let (index, catalog, _) = try Self.index([folder.path], cache: try Self.temporaryFolder())
        for query in ["café", "cafe", "Café", "👨‍👩‍👧", "👨", "哈哈", "家", "ｃａｆé"] {
            let want = try Self.readerCounts(query, catalog: catalog)
            let got = try ArchiveSearch.counts(ArchiveQuery(query), index: index, text: { path throws(PageInputError) in try Self.read(path) })
            #expect(got.map(\.count) == want.map(\.count) && got.map(\.date) == want.map(\.date), "\(query)")
        }
        // (Non-overlapping: 哈哈 twice in 哈哈哈哈, once in 哈哈哈.)
        #expect(try ArchiveSearch.counts(ArchiveQuery("哈哈"), index: index, text: { path throws(PageInputError) in try Self.read(path) }).map(\.count) == [2, 1])
    }

    @Test func theIndexFollowsFilesAddedChangedAndRemoved() throws {
        let folder = try Self.temporaryFolder(), cache = try Self.temporaryFolder()
        let day = folder.appendingPathComponent("20190201")
        try FileManager.default.copyItem(at: CrawlerFixtures.firstDay, to: day)
        let count = { (index: ArchiveIndex, query: String) in
            try ArchiveSearch.counts(ArchiveQuery(query), index: index, text: { path throws(PageInputError) in try Self.read(path) }).reduce(0) { $0 + $1.count }
        }
        let (first, _, built) = try Self.index([folder.path], cache: cache)
        #expect(built.read == 12)
        #expect(try count(first, "鲲鹏展翅") == 0)
        // A word written into one file; a file removed; a new day added.
        let edited = day.appendingPathComponent("20190201-02-01.txt")
        try (try String(contentsOf: edited, encoding: .utf8) + "\u{3000}\u{3000}鲲鹏展翅，鲲鹏展翅。\r\n").write(to: edited, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: day.appendingPathComponent("20190201-14-01.txt"))
        let newDay = folder.appendingPathComponent("20190202")
        try FileManager.default.createDirectory(at: newDay, withIntermediateDirectories: true)
        try Data("\r\n新的一天\r\n\r\n\u{3000}\u{3000}鲲鹏展翅。\r\n".utf8).write(to: newDay.appendingPathComponent("20190202-01-01.txt"))
        let (second, catalog, update) = try Self.index([folder.path], cache: cache)
        #expect(update.read == 2 && update.dropped == 1)
        #expect(try count(second, "鲲鹏展翅") == 3)
        // A file of a sliced block, changed again: its old bits still let its old number through,
        // which no longer names a file.
        try (try String(contentsOf: edited, encoding: .utf8).replacingOccurrences(of: "鲲鹏展翅", with: "")).write(to: edited, atomically: false, encoding: .utf8)
        let (third, _, _) = try Self.index([folder.path], cache: cache)
        #expect(try count(third, "鲲鹏展翅") == 1)
        try (try String(contentsOf: edited, encoding: .utf8) + "\u{3000}\u{3000}鲲鹏展翅。\r\n").write(to: edited, atomically: false, encoding: .utf8)
        let (fourth, _, _) = try Self.index([folder.path], cache: cache)
        #expect(try count(fourth, "鲲鹏展翅") == 2)
        #expect(try count(second, "埃及媒体探访新疆") == 0)
        #expect(catalog.issues.map(\.date.iso) == ["2019-02-01", "2019-02-02"])
        // Nothing changed: nothing read.
        let (_, _, again) = try Self.index([folder.path], cache: cache)
        #expect(again.read == 0 && again.dropped == 0)
    }

    /// Without an index, the search hears its progress a file at a time and stops when told to.
    @Test func aSearchByReadingSaysHowFarItIsAndStops() throws {
        let catalog = try ArchiveCatalog.of([CrawlerFixtures.month.path])
        let read = { (path: String) throws(PageInputError) -> String in try Self.read(path) }
        var heard: [(Int, Int)] = []
        let all = ArchiveSearch.countsReading(ArchiveQuery("习近平"), catalog: catalog, text: read) { done, total in
            heard.append((done, total))
            return true
        }
        #expect(all?.isEmpty == false)
        #expect(heard.map(\.0) == Array(0...15) && heard.allSatisfy { $0.1 == 15 })
        let stopped = ArchiveSearch.countsReading(ArchiveQuery("习近平"), catalog: catalog, text: read) { done, _ in done < 5 }
        #expect(stopped == nil)
    }

    @Test func aDamagedIndexIsSaidToBeDamaged() throws {
        let cache = try Self.temporaryFolder()
        let roots = [CrawlerFixtures.month.path]
        _ = try Self.index(roots, cache: cache)
        let file = ArchiveIndex.file(cacheFolder: cache.path, roots: roots)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: file))
        #expect {
            _ = try Self.index(roots, cache: cache)
        } throws: { error in
            (error as? SQLiteError)?.isDamage == true
        }
        ArchiveIndex.remove(cacheFolder: cache.path, roots: roots)
        #expect(try Self.index(roots, cache: cache).2.read == 15)
    }

    @Test func byteSearchIsNonOverlappingLeftToRight() {
        func count(_ needle: String, _ haystack: String) -> Int {
            Array(haystack.utf8).withUnsafeBytes { ArchiveQuery.occurrences(of: Array(needle.utf8), in: $0) }
        }
        #expect(count("哈哈", "哈哈哈哈") == 2)
        #expect(count("哈哈", "哈哈哈") == 1)
        #expect(count("aa", "aaaaa") == 2)
        #expect(count("工会", "工会工会，总工会") == 3)
        #expect(count("会", "") == 0)
        #expect(count("工会会", "工会") == 0)
    }

    /// A text's tokens: each code point once and each pair side by side once, no pair across what
    /// is no token (a space, a line's end).
    @Test func aTextIsFiledUnderItsCodePointsAndPairs() {
        func tokens(_ text: String) -> [String] {
            Array(text.utf8).withUnsafeBytes { String(decoding: ArchiveTokens.of($0), as: UTF8.self) }.split(separator: " ").map(String.init)
        }
        #expect(tokens("工会工会") == ["工", "工会", "会", "会工"])
        #expect(tokens("工 会\nA1") == ["工", "会", "a", "a1", "1"])
    }

    @Test func aQueryFoldsAsTheReadersSearchDoes() {
        #expect(ArchiveQuery("５Ｇ").caseSensitive)
        #expect(!ArchiveQuery("5g").caseSensitive)
        #expect(ArchiveQuery("５Ｇ").needle == Array("5G".utf8))
        // Pairs side by side; a code point in no pair alone; traditional folded to simplified.
        #expect(ArchiveQuery("工会").tokenMatch == "\"工会\"")
        #expect(ArchiveQuery("習近平").tokenMatch == "\"习近\" AND \"近平\"")
        #expect(ArchiveQuery("工 会").tokenMatch == "\"工\" AND \"会\"")
        #expect(ArchiveQuery("5G网络").tokenMatch == "\"5g\" AND \"g网\" AND \"网络\"")
        #expect(ArchiveQuery("。").tokenMatch == "\"。\"")
        #expect(ArchiveQuery(",").tokenMatch == nil)
    }
}
