import Glibc

/// A cache folder whose disk filled up while an index was built: the partial index is removed at
/// once (with SQLite's log beside it — nothing of it left to fill the disk for good), and a note
/// is left of when it happened and how much room the index needs. Until the disk has that room,
/// no build is tried again — each search would otherwise spend seconds filling the disk anew.
public enum IndexRoom {
    /// The note beside where the index would be.
    static func note(cacheFolder: String, roots: [String]) -> String {
        ArchiveIndex.file(cacheFolder: cacheFolder, roots: roots) + ".full"
    }

    /// What an index of `bytes` of article files needs on disk, with room to spare (it is about 1.3×
    /// the text; its log in WAL mode needs more while it is written).
    public static func needed(forFiles bytes: Int) -> Int { bytes + bytes / 2 + (8 << 20) }

    /// Bytes free to a user on the disk of `folder`; nil if it cannot be told.
    static func freeBytes(_ folder: String) -> Int? {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return nil }
        return Int(info.f_bavail) &* Int(info.f_frsize)
    }

    /// Why no index is to be tried now — the note of a full disk, and the disk still without the
    /// room — or nil (the note is dropped once the room is there).
    public static func waiting(cacheFolder: String, roots: [String], needed: Int) -> String? {
        let path = note(cacheFolder: cacheFolder, roots: roots)
        guard let when = noteTime(path) else { return nil }
        let free = freeBytes(cacheFolder) ?? 0
        guard free < needed else {
            unlink(path)
            return nil
        }
        return "the disk was full at \(Self.clockText(when)) and has \(free >> 20) MB free of the \(needed >> 20) MB the index needs"
    }

    /// After the disk filled: the partial index and its log removed, the note left.
    public static func full(cacheFolder: String, roots: [String], now: Int = Int(Glibc.time(nil))) {
        ArchiveIndex.remove(cacheFolder: cacheFolder, roots: roots)
        let path = note(cacheFolder: cacheFolder, roots: roots)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let line = "\(now)\n"
        // (If even the note cannot be written, the next search tries the build again: no worse.)
        if line.withCString({ write(fd, $0, strlen($0)) }) < 0 { unlink(path) }
        close(fd)
    }

    /// The note is dropped when an index is built.
    public static func clear(cacheFolder: String, roots: [String]) {
        unlink(note(cacheFolder: cacheFolder, roots: roots))
    }

    /// When the note says the disk filled (seconds since 1970; 0 for a note that says nothing
    /// readable); nil when there is no note.
    private static func noteTime(_ path: String) -> Int? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count].prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)) ?? 0
    }

    /// `2026-12-02 22:10` in local time.
    static func clockText(_ seconds: Int) -> String {
        var value = time_t(seconds), parts = tm()
        localtime_r(&value, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }
}
