import Foundation
import Glibc
@testable import IssueFiles
import IssueModel
import Testing

/// The listing note (folders' stamps kept with the index) and the reader's folder watch.
@Suite struct ListingNoteTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-note-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/20190201", withIntermediateDirectories: true)
        try Data("标题\n　　正文。\n".utf8).write(to: URL(fileURLWithPath: path + "/20190201/20190201-01-01.txt"))
        return path
    }

    static func note(of root: String, listedAt: Int64) throws -> ListingNote {
        let catalog = try ArchiveCatalog.of([root])
        return ListingNote(fingerprint: catalog.fingerprint, entries: catalog.watched, passedOver: catalog.passedOver,
                           listedAt: listedAt, fields: RecordFields.chosen.fingerprint, dates: catalog.issues.map(\.date))
    }

    @Test func keptAsTextAndReadBackWhatever() throws {
        let note = ListingNote(fingerprint: 42, entries: [
            WatchedEntry(path: "/tmp/a b\nc", stamp: EntryStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5)),
            WatchedEntry(path: "/tmp/日报", stamp: EntryStamp(device: 6, inode: 7, size: 8, modified: 9, changed: 10)),
            // (A file read for its dates, with its articles: a page PDF's eleven on 版 7, a file of records' two days.)
            WatchedEntry(path: "/tmp/rmrb2018010207.pdf", stamp: EntryStamp(device: 1, inode: 3, size: 757, modified: 4, changed: 5), articles: [
                ArticleRun(date: IssueDate(year: 2018, month: 1, day: 2)!, page: 7, first: 0, count: 11),
                ArticleRun(date: IssueDate(year: 2018, month: 1, day: 3)!, page: 0, first: 11, count: 2),
            ]),
        ], passedOver: [PassedOver(path: "/tmp/x\n", reason: "a FIFO, not a file")], listedAt: 1_000_000_000_000, fields: 9,
                               dates: [IssueDate(year: 2019, month: 2, day: 1)!, IssueDate(year: 2019, month: 2, day: 12)!])
        #expect(ListingNote(text: note.text) == note)
        // Anything else is no note.
        for broken in ["", "kanbao-listing 2 42 9 1\n", note.text.replacingOccurrences(of: "E 1 2", with: "E x 2"),
                       String(note.text.dropLast(3)), note.text + "Q\n", note.text.replacingOccurrences(of: "20190212", with: "20190230"), note.text.replacingOccurrences(of: " 10 11\n", with: " 10 12\n"),
                       note.text.replacingOccurrences(of: "R 20180102 7 0 11", with: "R 20180102 7 0 0"),
                       note.text.replacingOccurrences(of: "R 20180102 7 0 11", with: "R 20180102 7 0 999999999"),
                       note.text.replacingOccurrences(of: "R 20180102 7 0 11", with: "R 20181302 7 0 11")] {
            #expect(ListingNote(text: broken) == nil, "\(broken.debugDescription)")
        }
    }

    @Test func keptInAFileWholeOrNotAtAll() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let note = try Self.note(of: root, listedAt: ListingNote.now()), file = root + "/note"
        #expect(note.write(to: file) && ListingNote.read(from: file) == note)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        for cut in [bytes.count - 1, bytes.count / 2, 0] {
            try bytes.prefix(cut).write(to: URL(fileURLWithPath: file))
            #expect(ListingNote.read(from: file) == nil)
        }
        // A byte changed (a digit of a stamp): the checksum no longer holds.
        bytes = Data(note.text.utf8) + Data("C 0\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: file))
        #expect(ListingNote.read(from: file) == nil)
        #expect(note.write(to: file))
        var good = try Data(contentsOf: URL(fileURLWithPath: file))
        let digit = good.firstIndex(of: UInt8(ascii: "E"))! + 2
        good[digit] = good[digit] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try good.write(to: URL(fileURLWithPath: file))
        #expect(ListingNote.read(from: file) == nil)
    }

    @Test func currentUntilAFolderChangesAndOnlyForTenMinutes() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let now = ListingNote.now()
        // Listed well after the folders last changed: trusted, for ten minutes.
        let settled = try Self.note(of: root, listedAt: now + 5_000_000_000)
        #expect(settled.entries.count == 2 && settled.isCurrent(now: now + 6_000_000_000))
        #expect(!settled.isCurrent(now: now + 5_000_000_000 + ListingNote.trustedFor))
        // Listed within two seconds of a change: the folders are unsure, listed again next time.
        let racy = try Self.note(of: root, listedAt: now)
        #expect(racy.entries.allSatisfy { $0.stamp == .unsure } && !racy.isCurrent(now: now))
        // A file added to a day: its folder changed.
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/20190201/20190201-01-02.txt"))
        #expect(!settled.isCurrent(now: now + 6_000_000_000))
    }

    @Test func theWatchHearsAFileWrittenInPlace() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watch = FolderWatch()
        // Nothing watched yet: the archive is to be listed.
        #expect(!watch.isQuiet)
        watch.forgetEvents()
        let catalog = try ArchiveCatalog.of([root])
        watch.watch(catalog.watched)
        #expect(watch.isQuiet)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/20190201/20190201-01-01.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("鲲鹏".utf8))
        try handle.close()
        #expect(!watch.isQuiet)
        // Listed again and watched: quiet again.
        watch.forgetEvents()
        watch.watch(try ArchiveCatalog.of([root]).watched)
        #expect(watch.isQuiet)
        // A new day folder changes its parent.
        try FileManager.default.createDirectory(atPath: root + "/20190202", withIntermediateDirectories: false)
        #expect(!watch.isQuiet)
    }
}
