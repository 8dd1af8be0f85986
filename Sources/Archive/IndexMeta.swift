import CSQLite

/// The index's own values (`version`, `fingerprint`, `block`, `sliced`, `grams`), each kept with
/// its checksum: a value that does not match is damage, not a number to trust.
enum IndexMeta {
    static let table = "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL, checksum INTEGER NOT NULL);"

    /// The value of `key`, nil when there is none; damage when it is not what was written.
    static func value(_ key: String, in database: SQLiteDatabase) throws(SQLiteError) -> String? {
        let stored = try database.prepare("SELECT value, checksum FROM meta WHERE key = ?")
        stored.bind(.text(key))
        guard try stored.step() else { return nil }
        let value = stored.text(0) ?? ""
        guard IndexCheck.meta(key: key, value: value) == stored.integer(1) else { throw .damaged("the index's \(key)") }
        return value
    }

    static func set(_ key: String, _ value: String, in database: SQLiteDatabase, onlyIfAbsent: Bool = false) throws(SQLiteError) {
        try database.prepare("INSERT OR \(onlyIfAbsent ? "IGNORE" : "REPLACE") INTO meta VALUES(?, ?, ?)")
            .bind(.text(key), .text(value), .integer(IndexCheck.meta(key: key, value: value))).run()
    }

    /// The sum of the checksums of FTS5's blocks and of its index of them: a search reads FTS5
    /// through its own code, so the whole of it is checked against the sum kept at the last update
    /// (a few percent of the index; a missing candidate would be a count too low, with nothing said).
    static func gramsSum(_ database: SQLiteDatabase) throws(SQLiteError) -> String {
        var sum: UInt64 = 0
        let blocks = try database.prepare("SELECT id, block FROM grams_data")
        while try blocks.step() {
            sum &+= UInt64(bitPattern: blocks.withBytes(1) { IndexCheck.blob(key: blocks.integer(0), $0) })
        }
        let terms = try database.prepare("SELECT segid, term, pgno FROM grams_idx")
        while try terms.step() {
            var check = IndexCheck()
            check.add(terms.integer(0))
            terms.withBytes(1) { check.add($0) }
            check.add(terms.integer(2))
            sum &+= UInt64(bitPattern: check.value)
        }
        return String(sum)
    }

    /// The sum kept, in a transaction of its own: FTS5 writes what it holds in memory only as a
    /// transaction commits, so the sum is taken after. (Cut off between the two, the index is
    /// found damaged at the next search and rebuilt: nothing wrong is ever answered.)
    static func keepGramsSum(_ database: SQLiteDatabase) throws(SQLiteError) {
        try database.execute("BEGIN IMMEDIATE")
        do {
            try set("grams", gramsSum(database), in: database)
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    /// Damage unless FTS5's tables are as the last update left them.
    static func checkGrams(_ database: SQLiteDatabase) throws(SQLiteError) {
        guard try value("grams", in: database) == gramsSum(database) else { throw .damaged("the index's code points") }
    }
}
