import Archive
import Foundation
import Glibc
import IssueFiles
import IssueModel
import Reader
import Settings
import Terminal

/// What the archive screen needs from the edge: its entries, how to open one, how to count a search
/// in every issue — and the index, brought up to date on a thread of its own while the screen is
/// already browsable, its progress in the status line.
enum ArchiveBrowser {
    /// `remembering`: where an issue of this key keeps its place and read marks (nil: nowhere).
    static func make(_ catalog: ArchiveCatalog, roots: [String], remembering: @escaping (String) -> ReaderApp.Memory?) -> ReaderApp.Archive {
        let read = PageLoading.archiveFileText
        let build = IndexBuild()
        Thread.detachNewThread {
            let index = ArchiveCommands.upToDate(catalog, roots: roots, warn: build.said, progress: build.progress)
            build.finish(available: index != nil)
        }
        let entries = catalog.issues.map {
            ArchiveScreenState.Entry(date: $0.date.iso, label: $0.date.chinese, pages: $0.pageCount, articles: $0.files.count)
        }
        let position = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.date, $0) })
        // Before a search: the index built (waited for, its progress said, rather than every file
        // read beside it), the archive listed again (files may have changed since it was opened)
        // and the index brought up to date with it; without one, a search reads every file. Nil
        // when the reader stopped it.
        func prepared(_ working: (String) -> Bool) -> (ArchiveCatalog, ArchiveIndex?)? {
            while !build.isFinished {
                guard working("搜索等索引建成 the search waits for the index · Esc 停止 stop · " + (build.status() ?? "")) else { return nil }
                usleep(50_000)
            }
            guard let catalog = try? ArchiveCatalog.of(roots) else { return nil }
            let index = build.isAvailable ? ArchiveCommands.upToDate(catalog, roots: roots, warn: { _ in }, progress: { done, total in
                _ = working("索引 indexing \(done)/\(total) files changed since")
            }) : nil
            return (catalog, index)
        }
        return ReaderApp.Archive(
            entries: entries,
            open: { entry in
                var keys: [String] = []
                var reading = IssueReading(catalog.issues[entry].plan, text: { path throws(PageInputError) in try read(path ?? "") }, warn: { _ in })
                reading.eachText = { keys.append(PlaceStore.key(of: $0)) }
                guard let issue = try? reading.issue().issue else { return nil }
                return (issue, remembering(PageLoading.issueKey(keys)))
            },
            search: { text, working in
                guard let (catalog, index) = prepared(working) else { return nil }
                let query = ArchiveQuery(text)
                guard let counts = ArchiveCommands.countsOrNil(query, index: index, roots: roots, text: read)
                    ?? ArchiveSearch.countsReading(query, catalog: catalog, text: read, goOn: { done, total in
                        working("搜索 searching \(done)/\(total) files · Esc 停止 stop")
                    })
                else { return nil }
                var perEntry = Array(repeating: 0, count: entries.count)
                for (date, count) in counts { if let entry = position[date] { perEntry[entry] = count } }
                return perEntry
            },
            matches: { text, working in
                guard let (catalog, index) = prepared(working) else { return nil }
                let query = ArchiveQuery(text)
                var found: [ArchiveMatch] = []
                func keep(_ match: ArchiveSearch.Match) {
                    found.append(ArchiveMatch(date: match.date, page: CrawlerFileName.pageName(match.page), headline: match.headline,
                                              before: match.before, found: match.found, after: match.after))
                }
                _ = working("搜索 searching · Esc 停止 stop")
                if let index, (try? ArchiveSearch.matches(query, index: index, text: read, each: keep)) != nil { return found }
                found = []
                let finished = ArchiveSearch.matchesReading(query, catalog: catalog, text: read, goOn: { done, total in
                    working("搜索 searching \(done)/\(total) files · Esc 停止 stop")
                }, each: keep)
                return finished ? found : nil
            },
            status: build.status)
    }
}

/// The index being built on its thread, as the screen's thread sees it.
final class IndexBuild: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0, total = 0
    private var finished = false, available = false
    private var note: String?
    private var more = 0

    func progress(_ done: Int, _ total: Int) {
        lock.withLock { (self.done, self.total) = (done, total) }
    }

    /// The first thing said, and how many more were (each skipped file says one).
    func said(_ text: String) {
        lock.withLock {
            if note == nil { note = text } else { more += 1 }
        }
    }

    func finish(available: Bool) {
        lock.withLock { (finished, self.available) = (true, available) }
    }

    var isAvailable: Bool { lock.withLock { finished && available } }
    var isFinished: Bool { lock.withLock { finished } }

    /// For the status line: the progress while files are read, what went wrong after, else nothing.
    func status() -> String? {
        lock.withLock {
            if !finished { return total > 0 ? "索引 indexing \(done)/\(total) files" : "索引 indexing…" }
            return note.map { "索引 index: " + $0 + (more > 0 ? " (+\(more))" : "") }
        }
    }
}
