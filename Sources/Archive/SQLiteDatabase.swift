import CSQLite

/// What went wrong in SQLite: its result code (primary, `code & 0xFF`) and message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String

    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
    /// The file is not a database or is damaged: the cache is to be rebuilt.
    public var isDamage: Bool { [SQLITE_CORRUPT, SQLITE_NOTADB].contains(code & 0xFF) }
    /// An index written by another version of Kanbao (raised as damage, so that it is rebuilt).
    public var isOtherVersion: Bool { message == SQLiteError.otherVersion.message }
    static let otherVersion = SQLiteError(code: SQLITE_CORRUPT, message: "an index of another version")

    /// The disk is full (SQLite says so, or a write failed for want of room).
    public var isFull: Bool { code & 0xFF == SQLITE_FULL || message.contains("disk is full") }
    /// The cache cannot be written: a read-only folder or file, a full disk, no room for a lock.
    public var isUnwritable: Bool { [SQLITE_READONLY, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM].contains(code & 0xFF) }
}

/// A connection to one SQLite file, the little of the C API the index needs. Not shared between
/// threads: each Kanbao (and each use) opens its own.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    /// Opens (creating it if need be) `path`; waits up to `busySeconds` for another writer.
    init(path: String, creating: Bool = true, busySeconds: Int32 = 60) throws(SQLiteError) {
        let code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | (creating ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK else {
            let error = SQLiteError(code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
            sqlite3_close(handle)
            throw error
        }
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busySeconds * 1000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// A C function callable from SQL as `name(…)` with `arguments` arguments, on this connection.
    typealias Function = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void
    func addFunction(_ name: String, arguments: Int32, _ function: Function) throws(SQLiteError) {
        let code = sqlite3_create_function_v2(handle, name, arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nil, function, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// A function's argument's bytes (a blob's, or a text's), without a copy.
    static func bytes(of value: OpaquePointer?) -> UnsafeRawBufferPointer {
        let base = sqlite3_value_blob(value)
        return UnsafeRawBufferPointer(start: base, count: base == nil ? 0 : Int(sqlite3_value_bytes(value)))
    }

    private func error(_ code: Int32) -> SQLiteError {
        SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)))
    }

    var lastInsertRowid: Int64 { sqlite3_last_insert_rowid(handle) }

    func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code) }
        return Statement(statement, database: self)
    }

    /// A prepared statement: bind by position (from 1), step, read columns (from 0).
    final class Statement {
        private let statement: OpaquePointer
        private let database: SQLiteDatabase

        fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        @discardableResult
        func bind(_ values: SQLiteValue...) -> Statement { bind(values) }

        @discardableResult
        func bind(_ values: [SQLiteValue]) -> Statement {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (index, value) in values.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .integer(let number): sqlite3_bind_int64(statement, position, number)
                case .text(let text): sqlite3_bind_text(statement, position, text, -1, shim_sqlite_transient())
                case .utf8(let bytes):
                    bytes.withUnsafeBufferPointer { buffer in
                        _ = buffer.withMemoryRebound(to: CChar.self) {
                            sqlite3_bind_text(statement, position, $0.baseAddress, Int32($0.count), shim_sqlite_transient())
                        }
                    }
                case .blob(let bytes):
                    bytes.withUnsafeBytes { buffer in
                        _ = sqlite3_bind_blob(statement, position, buffer.baseAddress, Int32(buffer.count), shim_sqlite_transient())
                    }
                case .null: sqlite3_bind_null(statement, position)
                }
            }
            return self
        }

        /// True while there is a row to read.
        func step() throws(SQLiteError) -> Bool {
            let code = sqlite3_step(statement)
            if code == SQLITE_ROW { return true }
            if code == SQLITE_DONE { return false }
            throw database.error(code)
        }

        /// Runs a statement that returns no rows.
        func run() throws(SQLiteError) {
            while try step() {}
        }

        func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(statement, column) else { return nil }
            return String(cString: bytes)
        }

        /// The column's bytes, without a copy, for the length of `body`.
        func withBytes<Result>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
            let base = sqlite3_column_blob(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            return body(UnsafeRawBufferPointer(start: base, count: base == nil ? 0 : count))
        }
    }
}

enum SQLiteValue {
    case integer(Int64)
    case text(String)
    /// Text given as its UTF-8 bytes.
    case utf8([UInt8])
    case blob([UInt8])
    case null
}
