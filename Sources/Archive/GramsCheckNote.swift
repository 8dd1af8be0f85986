import Glibc

/// FTS5's tables are checked whole (`IndexMeta.checkGrams`: a sum over every block) before an
/// index is trusted — a third of a second at 500,000 files, at every search. A note beside the
/// index (`index-….sqlite3-checked`) keeps the state of the index's files (device, inode, size,
/// time of change and of status change, of the database and its WAL) when they were last found
/// whole; a search that finds them in that state again skips the sum. Any write — Kanbao's own
/// update, or damage — changes the state, and the next search sums again. (The note is read as
/// untrusted as the index is: anything but the state now is no note.)
enum GramsCheckNote {
    /// The state of the index's files now.
    static func state(of index: String) -> String {
        [index, index + "-wal"].map { path in
            var info = stat()
            // (An empty WAL is no WAL: SQLite makes one at each opening and removes it at the last closing.)
            guard stat(path, &info) == 0, info.st_size > 0 || path == index else { return "none" }
            return [UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size), UInt64(info.st_mtim.tv_sec), UInt64(info.st_mtim.tv_nsec),
                    UInt64(info.st_ctim.tv_sec), UInt64(info.st_ctim.tv_nsec)].map(String.init).joined(separator: " ")
        }.joined(separator: "; ")
    }

    static func path(of index: String) -> String { index + "-checked" }

    /// Whether the index's files are as they were when last found whole.
    static func isCurrent(_ index: String) -> Bool {
        let fd = open(path(of: index), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 512) }
        return count > 0 && count < 512 && String(decoding: buffer[0..<count], as: UTF8.self) == state(of: index)
    }

    /// Checks the grams unless the note says they were found whole in this state; notes the state
    /// it found them whole in (if nothing changed it meanwhile).
    static func check(_ index: String, _ body: () throws(SQLiteError) -> Void) throws(SQLiteError) {
        let before = state(of: index)
        guard !isCurrent(index) else { return }
        try body()
        guard state(of: index) == before else { return }
        let note = path(of: index), temporary = note + ".\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        let bytes = Array(before.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written == bytes.count { rename(temporary, note) } else { unlink(temporary) }
    }
}
