import Dispatch
import Foundation
import IssueFiles

/// The archive's index built on a thread of its own while the archive screen is already there to
/// browse: its progress for the status line, and, before a search, the wait for it (the build's
/// progress said, rather than every file read beside it), the archive listed again when anything in
/// its folders changed since the last listing (`FolderWatch`), and the index brought up to date.
public final class ArchiveIndexBuild: @unchecked Sendable {
    public let searcher: ArchiveSearcher
    /// The archive's folders, watched from the first search on: while nothing in them changes, a
    /// search takes the archive as last listed.
    private let watch = FolderWatch()
    private let lock = NSLock()
    private var done = 0, total = 0
    private var finished = false, available = false
    /// The first thing the build said, and how many more it said (each skipped file says one).
    private var note: String?
    private var more = 0

    /// Starts building the index of `catalog`'s files.
    public init(_ searcher: ArchiveSearcher, catalog: ArchiveCatalog) {
        self.searcher = searcher
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let index = searcher.index(for: catalog, warn: said, progress: progress)
            lock.withLock { (finished, available) = (true, index != nil) }
        }
    }

    private func progress(_ done: Int, _ total: Int) {
        lock.withLock { (self.done, self.total) = (done, total) }
    }

    private func said(_ text: String) {
        lock.withLock {
            if note == nil { note = text } else { more += 1 }
        }
    }

    public var isAvailable: Bool { lock.withLock { finished && available } }
    public var isFinished: Bool { lock.withLock { finished } }

    /// For the status line: the progress while files are read, what went wrong after, else nothing.
    public func status() -> String? {
        lock.withLock {
            if !finished { return total > 0 ? "索引 indexing \(done)/\(total) files" : "索引 indexing…" }
            return note.map { "索引 index: " + $0 + (more > 0 ? " (+\(more))" : "") }
        }
    }

    /// The archive as it is now — `last` (as the last search found it) while nothing in its folders
    /// changed since, else listed again — and its index up to date (nil: none can be kept, the
    /// files are to be read), once the build is done; `working` hears how it goes and stops it
    /// (nil) when it says false.
    public func prepared(_ working: (String) -> Bool, last: ArchiveCatalog) -> (ArchiveCatalog, ArchiveIndex?)? {
        while !isFinished {
            guard working("搜索等索引建成 the search waits for the index · " + (status() ?? "")) else { return nil }
            usleep(50_000)
        }
        let catalog: ArchiveCatalog
        if watch.isQuiet {
            catalog = last
        } else {
            watch.forgetEvents()
            guard let listed = try? ArchiveCatalog.of(searcher.roots, reusing: searcher.listingNote()) else { return nil }
            watch.watch(listed.watched)
            catalog = listed
        }
        let index = isAvailable ? searcher.index(for: catalog, warn: { _ in }, progress: { done, total in
            _ = working("索引 indexing \(done)/\(total) files changed since")
        }) : nil
        return (catalog, index)
    }
}
