import CSQLite

/// A 64-bit checksum of what the index holds, so that it cannot answer wrong when its file is
/// damaged: SQLite checks its own structure, not the bytes inside a row, so a page of texts or
/// of FTS5's blocks overwritten could change a count with nothing said. Every row a search reads
/// carries the checksum of what it was written with (an article's row and text, a value in
/// `meta`), and FTS5's tables are summed whole (`GramsCheckNote`: once for each state of the
/// index's files). A mismatch is damage (`SQLiteError.damaged`): the index is rebuilt, and the
/// answer comes from the files.
struct IndexCheck {
    private(set) var state: UInt64 = 0x243F_6A88_85A3_08D3

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        mix(tail)
        mix(UInt64(bytes.count))
    }

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ number: Int64) { mix(UInt64(bitPattern: number)) }

    private mutating func mix(_ word: UInt64) {
        state = ((state ^ word) &* 0x9E37_79B9_7F4A_7C15)
        state = (state << 31 | state >> 33) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The checksum, finished (MurmurHash3's last mix), as SQLite keeps an integer.
    var value: Int64 {
        var z = state
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return Int64(bitPattern: z ^ (z >> 33))
    }

    /// The checksum of one article's row: what search reads of it, its text with it.
    static func row(path: String, date: String, page: Int64, article: Int64, headline: String, lone: Bool,
                    folded: UnsafeRawBufferPointer) -> Int64 {
        var (path, date, headline) = (path, date, headline)
        return path.withUTF8 { path in date.withUTF8 { date in headline.withUTF8 { headline in
            row(path: UnsafeRawBufferPointer(path), date: UnsafeRawBufferPointer(date), page: page, article: article,
                headline: UnsafeRawBufferPointer(headline), lone: lone, folded: folded)
        } } }
    }

    /// The same, of the bytes SQLite holds.
    static func row(path: UnsafeRawBufferPointer, date: UnsafeRawBufferPointer, page: Int64, article: Int64,
                    headline: UnsafeRawBufferPointer, lone: Bool, folded: UnsafeRawBufferPointer) -> Int64 {
        var check = IndexCheck()
        check.add(path)
        check.add(date)
        check.add(page)
        check.add(article)
        check.add(headline)
        check.add(lone ? 1 : 0)
        check.add(folded)
        return check.value
    }

    /// The checksum of a keyed blob (FTS5's blocks, by their ids).
    static func blob(key: Int64, _ bytes: UnsafeRawBufferPointer) -> Int64 {
        var check = IndexCheck()
        check.add(key)
        check.add(bytes)
        return check.value
    }

    /// The checksum of a value in `meta`, by its key.
    static func meta(key: String, value: String) -> Int64 {
        var check = IndexCheck()
        check.add(key)
        check.add(value)
        return check.value
    }

    /// `row_ok(path, date, page, article, headline, lone, folded, check)`: 1 when the row and its
    /// text are as they were written; an error (SQLITE_CORRUPT) else — a row missing from either
    /// table, or a byte of either changed.
    static let rowOK: SQLiteDatabase.Function = { context, _, arguments in
        let values = UnsafeBufferPointer(start: arguments!, count: 8)
        guard sqlite3_value_type(values[0]) != SQLITE_NULL, sqlite3_value_type(values[6]) != SQLITE_NULL,
              sqlite3_value_type(values[7]) != SQLITE_NULL else {
            return sqlite3_result_error_code(context, SQLITE_CORRUPT)
        }
        let check = row(path: SQLiteDatabase.bytes(of: values[0]), date: SQLiteDatabase.bytes(of: values[1]),
                        page: sqlite3_value_int64(values[2]), article: sqlite3_value_int64(values[3]),
                        headline: SQLiteDatabase.bytes(of: values[4]), lone: sqlite3_value_int64(values[5]) != 0,
                        folded: SQLiteDatabase.bytes(of: values[6]))
        if check == sqlite3_value_int64(values[7]) { sqlite3_result_int(context, 1) } else { sqlite3_result_error_code(context, SQLITE_CORRUPT) }
    }
}

extension SQLiteError {
    /// A row whose checksum does not match what it holds.
    static func damaged(_ what: String) -> SQLiteError { SQLiteError(code: SQLITE_CORRUPT, message: "damaged: " + what) }
}
