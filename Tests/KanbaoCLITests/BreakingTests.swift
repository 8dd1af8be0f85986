import Foundation
import Glibc
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

    /// `sh -c` with kanbao as `$K` and a cache of its own.
    static func shell(_ script: String, cache: URL) throws -> KanbaoProcess.Result {
        try KanbaoProcess.shell("K='\(KanbaoProcess.binary.path)'; export XDG_CACHE_HOME='\(cache.path)'; " + script)
    }

    @Test func linksAreFollowedOnceAndALoopIsSaidOnce() throws {
        let pristine = try Self.run(["--list", Self.month.path]).stdout
        let pristineCount = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: try KanbaoProcess.temporaryDirectory()).stdout
        let archive = try Self.monthCopy()
        let links = ["latest": "20190212", "20190201/up": "..", "self": ".", "again": ".", "more": ".",
                     "20190201/20190201-09-02.txt": "20190201-01-01.txt"]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: archive.appendingPathComponent(name).path, withDestinationPath: target)
        }
        let list = try Self.run(["--list", archive.path])
        #expect(list.status == 0 && list.stdout == pristine)
        for name in links.keys {
            #expect(list.stderr.components(separatedBy: "/" + name + ":").count == 2, "\(name) said once: \(list.stderr)")
        }
        #expect(list.stderr.contains("latest: the same folder as") && list.stderr.contains("self: a link back to"))
        #expect(list.stderr.contains("up: a link back to") && list.stderr.contains("20190201-09-02.txt: the same file as"))
        let count = try Self.run(["--search", "习近平", "--count", archive.path], cache: try KanbaoProcess.temporaryDirectory())
        #expect(count.status == 0 && count.stdout == pristineCount)
        // The day opened alone: its link up to the month is a loop too, not the month's issues.
        let day = try Self.run(["--list", archive.appendingPathComponent("20190201").path])
        #expect(day.stdout == (try Self.run(["--list", Self.month.appendingPathComponent("20190201").path])).stdout)
        #expect(day.stderr.contains("up: a link to a folder above"))
    }

    @Test func namesThatAreNotUTF8AreReadAndShownWithTheirBytes() throws {
        let pristine = try Self.run(["--list", Self.month.path]).stdout
        let archive = try Self.monthCopy()
        // 二月 in GBK, as a Windows-made archive names its folders.
        let cache = try KanbaoProcess.temporaryDirectory()
        let renamed = try Self.shell("cd '\(archive.path)' && mv 20190201 \"$(printf '\\266\\376\\324\\302')\" && $K --list .", cache: cache)
        #expect(renamed.status == 0 && renamed.stdout == pristine)
        let named = try Self.shell("cd '\(archive.path)' && $K --list \"$(printf '\\266\\376\\324\\302')\"", cache: cache)
        let day = try Self.run(["--list", Self.month.appendingPathComponent("20190201").path]).stdout
        #expect(named.status == 0 && named.stdout == day)
        let count = try Self.shell("$K --search 习近平 --count '\(archive.path)'", cache: cache)
        #expect(count.status == 0 && count.stdout.hasPrefix("2019-02-01 39\n"))
        // A page text named in GBK (社新, bytes that are no UTF-8 anywhere): searched, its name shown with its bytes visible.
        let page = try Self.shell("cd '\(archive.path)' && cp '\(KanbaoProcess.seedPath)' \"$(printf '\\311\\347\\320\\302.txt')\" && $K --search 工会 --count \"$(printf '\\311\\347\\320\\302.txt')\"", cache: cache)
        #expect(page.status == 0 && page.stdout == "\\xC9\\xE7\\xD0\\xC2.txt 63\ntotal 63\n")
        let missing = try Self.shell("$K --list \"$(printf 'no\\311.txt')\"", cache: cache)
        #expect(missing.status == 66 && missing.stderr == "kanbao: no\\xC9.txt: no such file\n")
    }

    @Test func everythingLeftOutIsSaidOnceWithItsReason() throws {
        let archive = try Self.monthCopy()
        let day = archive.appendingPathComponent("20190201")
        #expect(mkfifo(day.appendingPathComponent("pipe").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: day.appendingPathComponent("gone").path, withDestinationPath: "nowhere")
        try FileManager.default.createDirectory(at: day.appendingPathComponent("20190201-20-01.txt"), withIntermediateDirectories: true)
        try Data([0, 1, 2, 0]).write(to: day.appendingPathComponent("20190201-20-02.txt"))
        let list = try Self.run(["--list", archive.path])
        #expect(list.status == 0)
        let count = try Self.run(["--search", "习近平", "--count", archive.path], cache: try KanbaoProcess.temporaryDirectory())
        #expect(count.status == 0 && count.stdout.hasPrefix("2019-02-01 39\n"))
        for (name, reason) in [("pipe", "a FIFO"), ("gone", "a link to nothing"), ("20190201-20-01.txt", "a folder named like an article file")] {
            #expect(list.stderr.contains("/20190201/\(name): \(reason)"), "\(list.stderr)")
            #expect(count.stderr.components(separatedBy: "/20190201/\(name): ").count == 2, "\(count.stderr)")
        }
        // The binary file is found unreadable when the index reads it, and named.
        #expect(count.stderr.contains("skipped \(day.path)/20190201-20-02.txt: ") && !count.stderr.contains("files could not be read"))
        if getuid() != 0 {
            let locked = archive.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0)
            defer { chmod(locked.path, 0o700) }
            #expect(try Self.run(["--list", archive.path]).stderr.contains("locked: a folder that cannot be read"))
        }
    }

    /// Whether a small filesystem can be made here (root, with tmpfs: CI's machine is so).
    static let canMountSmallDisk: Bool = {
        guard getuid() == 0, let folder = try? KanbaoProcess.temporaryDirectory() else { return false }
        defer { _ = try? KanbaoProcess.shell("umount '\(folder.path)'") }
        return (try? KanbaoProcess.shell("mount -t tmpfs -o size=64k tmpfs '\(folder.path)'"))?.status == 0
    }()

    @Test(.enabled(if: canMountSmallDisk, "needs root and tmpfs")) func aFullCacheDiskKeepsNothingAndWaitsForRoom() throws {
        let disk = try KanbaoProcess.temporaryDirectory()
        #expect(try KanbaoProcess.shell("mount -t tmpfs -o size=512k tmpfs '\(disk.path)'").status == 0)
        defer { _ = try? KanbaoProcess.shell("umount '\(disk.path)'") }
        let truth = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: try KanbaoProcess.temporaryDirectory()).stdout
        let full = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: disk)
        #expect(full.status == 0 && full.stdout == truth)
        #expect(full.stderr.contains("full") && full.stderr.contains("building it again once the disk has"))
        // Nothing left but the note: no partial index, no log.
        let left = try FileManager.default.contentsOfDirectory(atPath: disk.appendingPathComponent("kanbao").path)
        #expect(left.count == 1 && left[0].hasSuffix(".full"), "\(left)")
        let again = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: disk)
        #expect(again.stdout == truth && again.stderr.contains("the disk was full at"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.appendingPathComponent("kanbao").path).count == 1)
        // Room made: the index is built, the note gone.
        #expect(try KanbaoProcess.shell("mount -o remount,size=64m '\(disk.path)'").status == 0)
        let built = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: disk)
        #expect(built.stdout == truth && built.stderr.isEmpty)
        let now = try FileManager.default.contentsOfDirectory(atPath: disk.appendingPathComponent("kanbao").path)
        #expect(now.contains { $0.hasSuffix(".sqlite3") } && !now.contains { $0.hasSuffix(".full") })
    }

    /// The binary on an index whose pages were overwritten at random: the right count every time,
    /// and the damage said when it was found (the library's test does 200 such trials).
    @Test func aDamagedIndexNeverGivesAWrongCount() throws {
        let truth = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: try KanbaoProcess.temporaryDirectory()).stdout
        let pristine = try KanbaoProcess.temporaryDirectory()
        _ = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: pristine)
        let folder = pristine.appendingPathComponent("kanbao")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".sqlite3") })
        let original = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        var seed: UInt64 = 25, damageSaid = 0
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed >> 33
        }
        for _ in 0..<20 {
            let cache = try KanbaoProcess.temporaryDirectory()
            try FileManager.default.createDirectory(at: cache.appendingPathComponent("kanbao"), withIntermediateDirectories: true)
            var bytes = original
            for _ in 0..<(1 + next() % 20) {
                let page = 1 + Int(next() % UInt64(bytes.count / 4096 - 1))
                for offset in page * 4096..<(page + 1) * 4096 { bytes[offset] = UInt8(truncatingIfNeeded: next()) }
            }
            try Data(bytes).write(to: cache.appendingPathComponent("kanbao/" + name))
            let result = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: cache)
            #expect(result.status == 0 && result.stdout == truth, "\(result.stdout) \(result.stderr)")
            if result.stderr.contains("damaged") { damageSaid += 1 }
            // Said once, and the index built again at the next search: no word then.
            let again = try Self.run(["--search", "习近平", "--count", Self.month.path], cache: cache)
            #expect(again.stdout == truth && !again.stderr.contains("damaged"), "\(again.stderr)")
        }
        #expect(damageSaid > 5)
    }
}
