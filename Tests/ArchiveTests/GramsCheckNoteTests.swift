import Foundation
import Testing
@testable import Archive

/// FTS5's whole-table sum is made once for each state of the index's files: not again while they
/// stay as they were found whole, again after any write — and never noted when it failed.
struct GramsCheckNoteTests {
    @Test func theSumIsMadeOnceForEachStateOfTheFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-note-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("index.sqlite3").path
        try Data("pages".utf8).write(to: URL(fileURLWithPath: index))
        var sums = 0
        func search() throws { try GramsCheckNote.check(index) { () throws(SQLiteError) in sums += 1 } }
        try search()
        try search()
        #expect(sums == 1)
        // A write (or damage), even of the same size: summed again.
        try Data("PAGES".utf8).write(to: URL(fileURLWithPath: index))
        try search()
        #expect(sums == 2)
        // A WAL appearing beside it is a change too.
        try Data("wal".utf8).write(to: URL(fileURLWithPath: index + "-wal"))
        try search()
        try search()
        #expect(sums == 3)
        // A sum that fails is not noted: the next search sums again.
        try Data("damaged".utf8).write(to: URL(fileURLWithPath: index))
        #expect(throws: SQLiteError.self) { try GramsCheckNote.check(index) { () throws(SQLiteError) in throw SQLiteError.damaged("test") } }
        try search()
        #expect(sums == 4)
        // A note that is not the state now (garbage, or another state) is no note.
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: GramsCheckNote.path(of: index)))
        try search()
        #expect(sums == 5)
    }
}
