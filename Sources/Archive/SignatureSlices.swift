import CSQLite

/// The files' pair signatures (`ArchiveTokens.signature`), kept so that a query reads a few
/// kilobytes of them instead of a kilobyte a file. Files are numbered in the order they are indexed
/// and never renumbered, so every `blockFiles` numbers make a block that, once the numbering has
/// passed it, never gets another file. A complete block's signatures are kept sliced: for each of
/// the signature's bits, one row (`slices`) with a bit for each of the block's files — a query of
/// one pair reads one row a block. The files of the block still being filled keep a signature of
/// their own (`signatures`) until it is complete.
///
/// A file dropped from a sliced block leaves its bits behind: they can only let through a file
/// number that no longer exists, which the join with `files` drops.
struct SignatureSlices {
    let database: SQLiteDatabase
    /// Files a block: a multiple of 8, kept in the index (so that tests can make it small).
    let blockFiles: Int

    static let defaultBlockFiles = 8192

    /// The tables, in a new index. Each row keeps its checksum (`IndexCheck.blob`), checked as it is read.
    static let tables = """
        CREATE TABLE IF NOT EXISTS signatures(id INTEGER PRIMARY KEY, bits BLOB NOT NULL, checksum INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS slices(key INTEGER PRIMARY KEY, members BLOB NOT NULL, checksum INTEGER NOT NULL);
        """

    /// A new index's values; `blockFiles` is kept for its life.
    static func setUp(_ database: SQLiteDatabase, blockFiles: Int) throws(SQLiteError) {
        try IndexMeta.set("sliced", "0", in: database, onlyIfAbsent: true)
        try IndexMeta.set("block", String(blockFiles), in: database, onlyIfAbsent: true)
    }

    init(_ database: SQLiteDatabase) throws(SQLiteError) {
        self.database = database
        guard let blockFiles = try IndexMeta.value("block", in: database).flatMap({ Int($0) }), blockFiles > 0, blockFiles % 8 == 0 else {
            throw SQLiteError(code: SQLITE_CORRUPT, message: "an index without a valid block size")
        }
        self.blockFiles = blockFiles
    }

    /// How many blocks, from the first, are sliced.
    func slicedBlocks() throws(SQLiteError) -> Int {
        try IndexMeta.value("sliced", in: database).flatMap { Int($0) } ?? 0
    }

    /// Slices every block the numbering has passed (in the caller's transaction): its files'
    /// signatures become its slices, and go.
    func sliceCompleteBlocks() throws(SQLiteError) {
        let sequence = try database.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'files'")
        let last = try sequence.step() ? Int(sequence.integer(0)) : 0
        var sliced = try slicedBlocks()
        guard (last + 1) / blockFiles > sliced else { return }
        let signatures = try database.prepare("SELECT id, bits, checksum FROM signatures WHERE id >= ? AND id < ?")
        let insert = try database.prepare("INSERT OR REPLACE INTO slices(key, members, checksum) VALUES(?, ?, ?)")
        while (last + 1) / blockFiles > sliced {
            let first = sliced * blockFiles
            var slices = [[UInt8]](repeating: [], count: ArchiveTokens.signatureBits)
            signatures.bind(.integer(Int64(first)), .integer(Int64(first + blockFiles)))
            while try signatures.step() {
                let member = Int(signatures.integer(0)) - first
                guard signatures.withBytes(1, { IndexCheck.blob(key: signatures.integer(0), $0) }) == signatures.integer(2),
                      (0..<blockFiles).contains(member) else { throw .damaged("a file's signature") }
                signatures.withBytes(1) { bits in
                    for (byteIndex, byte) in bits.prefix(ArchiveTokens.signatureBits / 8).enumerated() where byte != 0 {
                        for shift in 0..<8 where byte & (1 << shift) != 0 {
                            let bit = byteIndex * 8 + shift
                            if slices[bit].isEmpty { slices[bit] = [UInt8](repeating: 0, count: blockFiles / 8) }
                            slices[bit][member >> 3] |= 1 << UInt8(member & 7)
                        }
                    }
                }
            }
            // (Every bit has its row, empty or not: a row missing is damage, not "no file has it".)
            for (bit, members) in slices.enumerated() {
                let members = members.isEmpty ? [UInt8](repeating: 0, count: blockFiles / 8) : members
                let key = Int64(sliced * ArchiveTokens.signatureBits + bit)
                try insert.bind(.integer(key), .blob(members), .integer(members.withUnsafeBytes { IndexCheck.blob(key: key, $0) })).run()
            }
            try database.prepare("DELETE FROM signatures WHERE id >= ? AND id < ?")
                .bind(.integer(Int64(first)), .integer(Int64(first + blockFiles))).run()
            sliced += 1
            try IndexMeta.set("sliced", String(sliced), in: database)
        }
    }

    /// Of the files `candidates` gives (a statement whose first column is a file's number, in
    /// ascending order), those whose signature has every one of `bits`: a bit set for each, by number.
    func passing(candidates: SQLiteDatabase.Statement, bits: [Int]) throws(SQLiteError) -> [UInt8] {
        let sliced = try slicedBlocks()
        let slice = try database.prepare("SELECT members, checksum FROM slices WHERE key = ?")
        let signature = try database.prepare("SELECT bits, checksum FROM signatures WHERE id = ?")
        var passing: [UInt8] = []
        var block = -1, mask: [UInt8] = []
        while try candidates.step() {
            let id = Int(candidates.integer(0))
            let passes: Bool
            if id / blockFiles < sliced {
                if id / blockFiles != block {
                    block = id / blockFiles
                    mask = try members(slice, block: block, bits: bits)
                }
                let member = id % blockFiles
                passes = mask[member >> 3] & (1 << UInt8(member & 7)) != 0
            } else {
                signature.bind(.integer(Int64(id)))
                guard try signature.step() else { throw .damaged("a file's signature is missing") }
                guard signature.withBytes(0, { IndexCheck.blob(key: Int64(id), $0) }) == signature.integer(1) else {
                    throw .damaged("a file's signature")
                }
                passes = signature.withBytes(0) { Self.has($0, bits) }
            }
            guard passes else { continue }
            if passing.count <= id >> 3 { passing += [UInt8](repeating: 0, count: (id >> 3) + 1 - passing.count) }
            passing[id >> 3] |= 1 << UInt8(id & 7)
        }
        return passing
    }

    /// The block's files that have every one of `bits`: its slices of them, together.
    private func members(_ slice: SQLiteDatabase.Statement, block: Int, bits: [Int]) throws(SQLiteError) -> [UInt8] {
        var mask = [UInt8](repeating: 0xFF, count: blockFiles / 8)
        for bit in bits {
            let key = Int64(block * ArchiveTokens.signatureBits + bit)
            slice.bind(.integer(key))
            guard try slice.step() else { throw .damaged("a slice of signatures is missing") }
            guard slice.withBytes(0, { IndexCheck.blob(key: key, $0) }) == slice.integer(1) else { throw .damaged("a slice of signatures") }
            slice.withBytes(0) { members in
                for index in mask.indices { mask[index] &= index < members.count ? members[index] : 0 }
            }
        }
        return mask
    }

    /// Whether a file's own signature has every one of `bits`.
    static func has(_ signature: UnsafeRawBufferPointer, _ bits: [Int]) -> Bool {
        signature.count * 8 == ArchiveTokens.signatureBits && bits.allSatisfy { signature[$0 >> 3] & (1 << UInt8($0 & 7)) != 0 }
    }

    /// `in_set(id, set)`: 1 when the bit numbered `id` is set in the blob `set`, else 0 — the
    /// files `passing` let through, tested in the statement that reads them.
    static let inSet: SQLiteDatabase.Function = { context, _, arguments in
        let id = Int(sqlite3_value_int64(arguments![0])), set = SQLiteDatabase.bytes(of: arguments![1])
        sqlite3_result_int(context, id >= 0 && id >> 3 < set.count && set[id >> 3] & (1 << UInt8(id & 7)) != 0 ? 1 : 0)
    }
}
