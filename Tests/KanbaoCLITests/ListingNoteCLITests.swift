import Foundation
import Glibc
import Testing

/// A warm `--search --count` takes the archive as its last listing found it when every folder's
/// times say so (`ListingNote`), without listing every file — and still finds a file added, removed,
/// renamed, a new day, and a file it counted in edited in place; `--check-every-file` lists every file.
/// (Folders changed within two seconds of a listing are listed again: each test waits that out.)
@Suite struct ListingNoteCLITests {
    static let month = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/crawler/2019-02")

    /// The fixture month copied, searched once (the index built, its note kept), and the folders
    /// left to settle; then searched again, which must have needed no listing.
    static func settledArchive() throws -> (archive: URL, cache: URL) {
        let archive = try KanbaoProcess.temporaryDirectory(), cache = try KanbaoProcess.temporaryDirectory()
        for day in ["20190201", "20190212"] {
            try FileManager.default.copyItem(at: month.appendingPathComponent(day), to: archive.appendingPathComponent(day))
        }
        _ = try count("习近平", archive, cache)
        usleep(2_200_000)
        // (Listed once more now that the times have settled: this listing's note is trusted.)
        _ = try count("习近平", archive, cache)
        return (archive, cache)
    }

    static func count(_ word: String, _ archive: URL, _ cache: URL, _ more: [String] = []) throws -> (stdout: String, trace: String) {
        let trace = cache.appendingPathComponent("trace.txt")
        let result = try KanbaoProcess.run(["--search", word, "--count", "--trace", trace.path] + more + [archive.path],
                                           environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 0, "\(result.stderr)")
        return (result.stdout, (try? String(contentsOf: trace, encoding: .utf8)) ?? "")
    }

    static func total(_ output: String) -> Int? {
        output.split(separator: "\n").last.flatMap { $0.hasPrefix("total ") ? Int($0.dropFirst(6)) : nil }
    }

    @Test func aSettledArchiveIsNotListedAndCountsTheSame() throws {
        let (archive, cache) = try Self.settledArchive()
        let warm = try Self.count("习近平", archive, cache)
        #expect(warm.trace.contains("folders as listed: 3"), "\(warm.trace)")
        #expect(!warm.trace.contains("archive listed"))
        let everyFile = try Self.count("习近平", archive, cache, ["--check-every-file"])
        #expect(everyFile.trace.contains("archive listed: 15 files"))
        #expect(warm.stdout == everyFile.stdout && Self.total(warm.stdout) == 67)
    }

    @Test func tablesAndMatchesToo() throws {
        let (archive, cache) = try Self.settledArchive()
        for arguments in [["--search", "改革", "--search", "开放", "--count", "--by", "day", "--format", "csv"], ["--search", "卡塔尔埃米尔"]] {
            let trace = cache.appendingPathComponent("trace.txt")
            let warm = try KanbaoProcess.run(arguments + ["--trace", trace.path, archive.path], environment: ["XDG_CACHE_HOME": cache.path])
            let stages = (try? String(contentsOf: trace, encoding: .utf8)) ?? ""
            #expect(stages.contains("folders as listed: 3") && !stages.contains("archive listed"), "\(stages)")
            let everyFile = try KanbaoProcess.run(arguments + ["--check-every-file", archive.path], environment: ["XDG_CACHE_HOME": cache.path])
            #expect(warm.status == 0 && warm.stdout == everyFile.stdout && warm.stdout.utf8.filter { $0 == 0x0A }.count >= 2, "\(warm.stdout) \(warm.stderr)")
        }
        // A file with matches written over in place: its matches are gone from the list.
        let file = archive.appendingPathComponent("20190201/20190201-01-01.txt")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("标题\n　　没有了。\n".utf8))
        try handle.close()
        let after = try KanbaoProcess.run(["--search", "卡塔尔埃米尔", archive.path], environment: ["XDG_CACHE_HOME": cache.path]).stdout
        #expect(!after.contains("习近平同卡塔尔埃米尔塔米姆举行会谈:") && after.contains("李克强栗战书分别会见卡塔尔埃米尔塔米姆"))
    }

    @Test func addedRemovedRenamedAndNewDaysAreFound() throws {
        let (archive, cache) = try Self.settledArchive()
        let day = archive.appendingPathComponent("20190212")
        // Added.
        try Data("新华社北京2月12日电\n　　习近平习近平。\n".utf8).write(to: day.appendingPathComponent("20190212-09-01.txt"))
        #expect(Self.total(try Self.count("习近平", archive, cache).stdout) == 69)
        // Removed (4 of them in it).
        try FileManager.default.removeItem(at: day.appendingPathComponent("20190212-01-02.txt"))
        #expect(Self.total(try Self.count("习近平", archive, cache).stdout) == 65)
        // A new day.
        let newDay = archive.appendingPathComponent("20190213")
        try FileManager.default.createDirectory(at: newDay, withIntermediateDirectories: false)
        try Data("标题\n　　习近平。\n".utf8).write(to: newDay.appendingPathComponent("20190213-01-01.txt"))
        let withNewDay = try Self.count("习近平", archive, cache).stdout
        #expect(withNewDay.contains("2019-02-13 1\n") && Self.total(withNewDay) == 66)
        // Replaced by a rename, as editors and crawlers save (the folder changes).
        usleep(2_200_000)
        _ = try Self.count("习近平", archive, cache)
        let saved = archive.appendingPathComponent("saved.tmp")
        try Data("标题\n　　没有了。\n".utf8).write(to: saved)
        #expect(rename(saved.path, newDay.appendingPathComponent("20190213-01-01.txt").path) == 0)
        #expect(Self.total(try Self.count("习近平", archive, cache).stdout) == 65)
    }

    @Test func aFileCountedInAndEditedInPlaceIsCountedAsItIsNow() throws {
        let (archive, cache) = try Self.settledArchive()
        // Written over in place (same name, same inode: no folder changes), its 12 matches gone.
        let file = archive.appendingPathComponent("20190212/20190212-01-01.txt")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("标题\n　　没有了。\n".utf8))
        try handle.close()
        let after = try Self.count("习近平", archive, cache)
        #expect(after.trace.contains("archive listed"), "the counted file's stamp sends it to a listing: \(after.trace)")
        #expect(Self.total(after.stdout) == 55)
    }

    @Test func aWordWrittenInPlaceIntoAnotherFileIsFoundByCheckingEveryFile() throws {
        let (archive, cache) = try Self.settledArchive()
        let file = archive.appendingPathComponent("20190201/20190201-08-01.txt")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\u{3000}\u{3000}鲲鹏展翅。\n".utf8))
        try handle.close()
        // (Without it, within ten minutes of the last listing, the note stands: the README says so.)
        #expect(try Self.count("鲲鹏", archive, cache, ["--check-every-file"]).stdout == "2019-02-01 1\ntotal 1\n")
    }
}
