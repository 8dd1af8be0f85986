import Glibc
import IssueFiles
import IssueModel
import TextLayout

/// The archive's search index: a cache in one SQLite file under the cache folder, one per archive
/// (its folders' real paths name it). It holds, for every article, its file's path and stamp (size,
/// time of change) and its place (date, 版, its number on the 版 or in its file, headline) in
/// `files` — a row an article, so a file of many articles is many rows, read again together when
/// the file changes; its text — its blocks a line,
/// folded as search folds it (width and script: an exact-script query is counted in the article) — in `texts`; and, in an FTS5 table without positions, each of
/// its code points as a token, so that the files holding every code point of a query are found
/// at once, one character or two as well as more. Counting in those files is exact
/// (`ArchiveQuery`). Nothing here is the only copy of anything: deleted, it is rebuilt from the
/// files; damaged, the caller deletes and rebuilds it.
public final class ArchiveIndex {
    /// Raised when the layout of the tables changes: an index of another version is rebuilt.
    static let version = "10"
    /// Files read ahead and indexed per transaction: work is kept every so often, and another
    /// Kanbao waits no longer.
    static let batch = 250

    let database: SQLiteDatabase
    public let path: String

    /// What search needs of a file that may hold a query (the text comes beside it).
    struct FileRow: Sendable {
        let path: String
        let date: String
        let page: Int
        let article: Int
        let headline: String
        let lone: Bool
        /// Its file's stamp as indexed.
        let stamp: FileStamp
    }

    /// Opens the index of the archive whose root folders are `roots` (real paths), creating it
    /// unless `creating` is false.
    public init(cacheFolder: String, roots: [String], creating: Bool = true) throws(SQLiteError) {
        path = Self.file(cacheFolder: cacheFolder, roots: roots)
        database = try SQLiteDatabase(path: path, creating: creating)
        // (A connection's own settings: every opening needs them. Without the map, every page a
        // search reads is a `pread` copied out of the kernel.)
        // (A search that only reads, a small page cache: SQLite maps at most 2 GB of the file, and
        // each page past that read is copied into the cache — 64 MB of fresh pages for the
        // kernel to clear, for pages a count reads once.)
        try database.execute("PRAGMA synchronous=NORMAL; PRAGMA cache_size=\(creating ? -65536 : -4096); PRAGMA mmap_size=4294967296")
        try database.addFunction("count_in", arguments: 3, Self.countIn)
        try database.addFunction("row_ok", arguments: 8, IndexCheck.rowOK)
        let exists = try Self.hasTables(database)
        guard !creating || exists else {
            try Self.create(database)
            return
        }
        try Self.checkVersion(database)
    }

    /// Whether the file has an index's tables already (of this version or another).
    private static func hasTables(_ database: SQLiteDatabase) throws(SQLiteError) -> Bool {
        let made = try database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")
        let found = try made.step() && made.integer(0) > 0
        try made.run()
        return found
    }

    /// A new index's tables.
    private static func create(_ database: SQLiteDatabase) throws(SQLiteError) {
        // (The file's: they hold from its first opening on.)
        try database.execute("PRAGMA page_size=65536; PRAGMA journal_mode=WAL")
        try database.execute("BEGIN IMMEDIATE")
        do {
            try database.execute(IndexMeta.table + """
            CREATE TABLE IF NOT EXISTS files(
                id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL,
                date TEXT NOT NULL, page INTEGER NOT NULL, article INTEGER NOT NULL, headline TEXT NOT NULL,
                readable INTEGER NOT NULL, lone INTEGER NOT NULL, UNIQUE(path, article));
            CREATE TABLE IF NOT EXISTS texts(id INTEGER PRIMARY KEY, folded BLOB NOT NULL, checksum INTEGER NOT NULL);
            CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(chars, content='', detail=none, tokenize='ascii');
            """)
            // (Another Kanbao may have made it meanwhile: then its values stand.)
            try IndexMeta.set("version", version, in: database, onlyIfAbsent: true)
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        try IndexMeta.keepGramsSum(database)
        try checkVersion(database)
    }

    /// An index of another version (or none at all) is rebuilt: its version read as any version
    /// kept it, then checked as this one keeps it.
    private static func checkVersion(_ database: SQLiteDatabase) throws(SQLiteError) {
        let check = try database.prepare("SELECT value FROM meta WHERE key = 'version'")
        guard try check.step(), check.text(0) == Self.version else {
            throw SQLiteError.otherVersion
        }
        guard try IndexMeta.value("version", in: database) == version else { throw .damaged("the index's version") }
    }

    /// The fingerprint of the files the index was last brought up to date with (see
    /// `ArchiveCatalog.fingerprint`); nil if it never was.
    public var builtFingerprint: UInt64? {
        get throws(SQLiteError) {
            try IndexMeta.value("fingerprint", in: database).flatMap { UInt64($0) }
        }
    }

    /// The note of the listing the index was last brought up to date with (`ListingNote`), kept in
    /// a file beside it (`…-listing`: writing it into the index would change the index's files, and
    /// the next search would sum FTS5's tables again); nil when there is none. Read without opening
    /// the index: whoever answers from the index checks that it was built for the note's fingerprint.
    public static func listingNote(cacheFolder: String, roots: [String]) -> ListingNote? {
        ListingNote.read(from: file(cacheFolder: cacheFolder, roots: roots) + "-listing")
    }

    /// Keeps `note`, of the files the index was just brought up to date with.
    public func keep(_ note: ListingNote) {
        note.write(to: path + "-listing")
    }

    public static func file(cacheFolder: String, roots: [String]) -> String {
        cacheFolder + "/index-" + name(of: roots) + ".sqlite3"
    }

    /// Deletes the index of these roots (and SQLite's files beside it), to be built again.
    public static func remove(cacheFolder: String, roots: [String]) {
        let path = file(cacheFolder: cacheFolder, roots: roots)
        for suffix in ["", "-wal", "-shm", "-checked", "-listing"] { unlink(path + suffix) }
    }

    /// A file name from the roots: FNV-1a of their paths, in hex.
    static func name(of roots: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in roots.sorted().joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// What bringing the index up to date did.
    public struct Update: Sendable {
        public var read = 0, dropped = 0, bytes = 0
        /// Why each file read and left out could not be read (`PATH: binary file …`).
        public var unreadable: [String] = []
    }

    /// Brings the index up to date with the files: those new or changed since (by stamp) are read
    /// and indexed, those gone are dropped. `text` reads a file (it may throw: the file is kept as
    /// unreadable until it changes); `progress` hears files done of files to do.
    public func update(_ catalog: ArchiveCatalog, text: @escaping @Sendable (String) throws(PageInputError) -> String,
                       progress: (Int, Int) -> Void = { _, _ in }) throws(SQLiteError) -> Update {
        if try builtFingerprint == catalog.fingerprint { return Update() }
        let fingerprint = String(catalog.fingerprint)
        let indexed = try indexedFiles()
        var present = Set<String>()
        var toRead: [(file: ArchiveCatalog.File, date: IssueDate)] = []
        for issue in catalog.issues {
            for file in issue.files {
                present.insert(file.path)
                if indexed[file.path]?.stamp != file.stamp { toRead.append((file, issue.date)) }
            }
        }
        // (A file's articles together, so that it is read once and its rows dropped once.)
        toRead.sort { ($0.file.path, $0.file.article) < ($1.file.path, $1.file.article) }
        let gone = indexed.filter { !present.contains($0.key) }.flatMap(\.value.ids)
        var update = Update()
        if toRead.isEmpty && gone.isEmpty {
            try IndexMeta.set("fingerprint", fingerprint, in: database)
            return update
        }
        // (What is changed must be sound first: tokens forgotten from damaged blocks, then summed
        // anew, would bless the damage.)
        try IndexMeta.checkGrams(database)
        let insertFile = try database.prepare("""
            INSERT INTO files(path, size, modified, date, page, article, headline, readable, lone) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertText = try database.prepare("INSERT INTO texts(id, folded, checksum) VALUES(?, ?, ?)")
        let insertGrams = try database.prepare("INSERT INTO grams(rowid, chars) VALUES(?, ?)")
        let find = try database.prepare("SELECT id, size, modified FROM files WHERE path = ?")
        var settled: [String: Bool] = [:], counted = ""
        let dropping = try Dropping(database)
        // Files are read and made into rows a batch ahead, on another thread, while this one writes.
        let batches = stride(from: 0, to: toRead.count, by: Self.batch).map { Array(toRead[$0..<min($0 + Self.batch, toRead.count)]) }
        // (A file of records read once for all its batches.)
        let memo = ArchiveFileCache()
        var pending = batches.first.map { ArchiveRow.prepareInBackground($0, memo: memo, text: text) }
        var done = 0
        try database.execute("BEGIN IMMEDIATE")
        do {
            for id in gone { try dropping.drop(id) }
            update.dropped = gone.count
            for number in batches.indices {
                let prepared = pending!.wait()
                pending = number + 1 < batches.count ? ArchiveRow.prepareInBackground(batches[number + 1], memo: memo, text: text) : nil
                if number > 0 { try database.execute("COMMIT; BEGIN IMMEDIATE") }
                for row in prepared {
                    done += 1
                    progress(done, toRead.count)
                    // (Another Kanbao may have indexed it meanwhile: then it is as it should be. The
                    // rows of a changed file are dropped before its first new row goes in.)
                    if settled[row.file.path] == nil {
                        find.bind(.text(row.file.path))
                        var ids: [Int64] = [], current = false
                        while try find.step() {
                            ids.append(find.integer(0))
                            current = FileStamp(size: Int(find.integer(1)), modified: find.integer(2)) == row.file.stamp
                        }
                        if !current { for id in ids { try dropping.drop(id) } }
                        settled[row.file.path] = current
                    }
                    if settled[row.file.path] == true { continue }
                    try insertFile.bind(.text(row.file.path), .integer(Int64(row.file.stamp.size)), .integer(row.file.stamp.modified),
                                        .text(row.date.iso), .integer(Int64(row.file.page)), .integer(Int64(row.file.article)),
                                        .text(row.headline), .integer(row.readable ? 1 : 0), .integer(row.lone ? 1 : 0)).run()
                    let id = database.lastInsertRowid
                    try insertText.bind(.integer(id), .utf8(row.folded), .integer(row.checksum)).run()
                    try insertGrams.bind(.integer(id), .utf8(row.tokens)).run()
                    update.read += 1
                    if let problem = row.problem { update.unreadable.append(problem) }
                    if row.file.path != counted { update.bytes += row.file.stamp.size }
                    counted = row.file.path
                }
            }
            // (Only once every file is in: a build cut short is taken up where it stopped.)
            try IndexMeta.set("fingerprint", fingerprint, in: database)
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        try IndexMeta.keepGramsSum(database)
        return update
    }

    /// Every indexed file's rows and stamp, by path.
    private func indexedFiles() throws(SQLiteError) -> [String: (ids: [Int64], stamp: FileStamp)] {
        var indexed: [String: (ids: [Int64], stamp: FileStamp)] = [:]
        let all = try database.prepare("SELECT id, path, size, modified FROM files")
        while try all.step() {
            indexed[all.text(1) ?? "", default: ([], FileStamp(size: Int(all.integer(2)), modified: all.integer(3)))].ids.append(all.integer(0))
        }
        return indexed
    }

    /// Dropping files' rows and their tokens (a contentless FTS5 table is told what it had
    /// indexed): the statements prepared once for an update, however many files it drops.
    private struct Dropping {
        let text, forgetTokens, deleteText, deleteFile: SQLiteDatabase.Statement

        init(_ database: SQLiteDatabase) throws(SQLiteError) {
            text = try database.prepare("""
                SELECT t.folded, row_ok(f.path, f.date, f.page, f.article, f.headline, f.lone, t.folded, t.checksum)
                FROM texts t LEFT JOIN files f ON f.id = t.id WHERE t.id = ?
                """)
            forgetTokens = try database.prepare("INSERT INTO grams(grams, rowid, chars) VALUES('delete', ?, ?)")
            deleteText = try database.prepare("DELETE FROM texts WHERE id = ?")
            deleteFile = try database.prepare("DELETE FROM files WHERE id = ?")
        }

        func drop(_ id: Int64) throws(SQLiteError) {
            text.bind(.integer(id))
            if try text.step() {
                let tokens = text.withBytes(0) { ArchiveTokens.of($0) }
                // (Run to its end, so that no read of `texts` stays open while it is deleted from.)
                try text.run()
                try forgetTokens.bind(.integer(id), .utf8(tokens)).run()
            }
            try deleteText.bind(.integer(id)).run()
            try deleteFile.bind(.integer(id)).run()
        }
    }
}
