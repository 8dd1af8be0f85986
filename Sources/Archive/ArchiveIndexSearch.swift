import CSQLite
import IssueFiles
import TextFolding

/// The index searched: which files may hold a query, and how many times they hold it.
extension ArchiveIndex {
    /// Calls `body` for every readable file that may hold `query` (all of them, when the query has
    /// no token), with its row and its width-folded text, in the order they were indexed.
    func candidates(_ query: ArchiveQuery, _ body: (FileRow, _ folded: UnsafeRawBufferPointer) -> Void) throws(SQLiteError) {
        try reading { () throws(SQLiteError) in
            let (clause, values) = try candidateClause(query)
            let statement = try database.prepare("SELECT f.path, f.date, f.page, f.article, f.headline, f.lone, t.folded, f.size, f.modified " + clause)
            statement.bind(values)
            while try statement.step() {
                let file = FileRow(path: statement.text(0) ?? "", date: statement.text(1) ?? "", page: Int(statement.integer(2)),
                                   article: Int(statement.integer(3)), headline: statement.text(4) ?? "", lone: statement.integer(5) != 0,
                                   stamp: FileStamp(size: Int(statement.integer(7)), modified: statement.integer(8)))
                statement.withBytes(6) { body(file, $0) }
            }
        }
    }

    /// Calls `body` for every readable file that may hold `query` with its date and its matches,
    /// counted inside SQLite (`count_in`: no text leaves it) where query and file are lone code
    /// points; else with nil, for the caller to count as the reader does. `file` gives where the
    /// article is and its file's stamp as indexed (read only when asked for).
    func counts(_ query: ArchiveQuery,
                _ body: (_ date: String, _ count: Int?, _ file: () -> (path: String, article: Int, stamp: FileStamp)) -> Void)
        throws(SQLiteError) {
        try reading { () throws(SQLiteError) in
            let (clause, values) = try candidateClause(query)
            let statement = try database.prepare("""
                SELECT f.date, CASE WHEN f.lone AND ?1 THEN count_in(t.folded, ?2, ?3) END, f.path, f.article, f.size, f.modified
                """ + " " + clause)
            statement.bind([.integer(query.countsInIndex ? 1 : 0), .blob(query.needle), .integer(query.foldsCase ? 1 : 0)] + values)
            while try statement.step() {
                let counted = statement.isNull(1) ? nil : Int(statement.integer(1))
                body(statement.text(0) ?? "", counted) {
                    (statement.text(2) ?? "", Int(statement.integer(3)), FileStamp(size: Int(statement.integer(4)), modified: statement.integer(5)))
                }
            }
        }
    }

    /// One read transaction for all the statements of a search: each on its own would take and
    /// drop SQLite's file locks again (four `fcntl` calls a lookup). FTS5's tables are checked
    /// first (`IndexMeta.checkGrams`, unless `GramsCheckNote` says they were found whole as they
    /// are); every row read after is checked as it is read.
    private func reading(_ body: () throws(SQLiteError) -> Void) throws(SQLiteError) {
        try database.execute("BEGIN")
        defer { try? database.execute("COMMIT") }
        try GramsCheckNote.check(path) { () throws(SQLiteError) in try IndexMeta.checkGrams(database) }
        try body()
    }

    /// The tables and conditions (from `FROM`) that give the files which may hold `query`, and the
    /// values of their parameters: every readable file, when the query has no token; else those
    /// FTS5 finds with every pair of code points side by side in it (and every code point that
    /// stands in no pair) — `ArchiveTokens`.
    ///
    /// Each file let through is checked (`row_ok`) before it is counted: its row and its text as
    /// they were written, and both there — a file FTS5 names that has no row is damage, not a file
    /// to leave out. (The check stands last, so that SQLite tests it after `in_set`, on the files
    /// let through only.)
    private func candidateClause(_ query: ArchiveQuery) throws(SQLiteError) -> (String, [SQLiteValue]) {
        let checked = "row_ok(f.path, f.date, f.page, f.article, f.headline, f.lone, t.folded, t.checksum)"
        guard let match = query.tokenMatch else {
            return ("FROM files f LEFT JOIN texts t ON t.id = f.id WHERE f.readable AND " + checked, [])
        }
        let found = "FROM grams LEFT JOIN files f ON f.id = grams.rowid LEFT JOIN texts t ON t.id = grams.rowid WHERE grams MATCH ?"
        return (found + " AND " + checked + " AND f.readable", [.text(match)])
    }

    /// `count_in(folded, needle, foldsCase)`: the query's matches in a file's width-folded text, as
    /// `ArchiveQuery.count(inFolded:)` counts them.
    static let countIn: SQLiteDatabase.Function = { context, _, arguments in
        let folded = SQLiteDatabase.bytes(of: arguments![0]), needle = SQLiteDatabase.bytes(of: arguments![1])
        let count = sqlite3_value_int(arguments![2]) != 0
            ? SearchFolding.caseFoldedUTF8(folded).withUnsafeBytes { ArchiveQuery.occurrences(of: needle, in: $0) }
            : ArchiveQuery.occurrences(of: needle, in: folded)
        sqlite3_result_int64(context, Int64(count))
    }
}
