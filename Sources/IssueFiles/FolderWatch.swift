import Foundation
import Glibc
import IssueModel

/// The archive's folders watched while the reader is open (Linux's inotify): any entry added,
/// removed, renamed, written into or changed in any of them since the last listing, and the next
/// search lists the archive again; while none is, a search needs no listing and no `stat` at all —
/// and a file edited in place, which no folder's time shows, is seen too.
///
/// Where watches cannot be had (none left: `fs.inotify.max_user_watches`; not Linux), the watch
/// says every time that things may have changed, and search lists as it would without it.
public final class FolderWatch: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    /// Whether every folder of the last listing is watched.
    private var whole = false

    public init() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// What is watched in each folder: its entries' comings, goings and writes, and its own end.
    private static let events = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Forgets what happened so far: called just before the archive is listed (what happens while
    /// it is listed is heard after, and makes the next search list it again).
    public func forgetEvents() {
        lock.withLock { _ = drained() }
    }

    /// Watches the folders and files `listed` (a listing's `watched`), each one not yet watched.
    public func watch(_ listed: [WatchedEntry]) {
        lock.withLock {
            guard descriptor >= 0 else { return }
            whole = true
            for entry in listed {
                let added = FileNameBytes.withCString(entry.path) { inotify_add_watch(descriptor, $0, Self.events) }
                if added < 0 { whole = false }
            }
        }
    }

    /// Whether nothing watched changed since the last listing (and everything listed is watched).
    public var isQuiet: Bool {
        lock.withLock {
            let heard = drained()
            if heard { whole = false }
            return whole
        }
    }

    /// Reads every event waiting; whether there was any (an overflow of the queue is one).
    private func drained() -> Bool {
        guard descriptor >= 0 else { return true }
        var heard = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { heard = true } else { break }
        }
        return heard
    }
}
