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
        let build = ArchiveIndexBuild(ArchiveCommands.searcher(roots), catalog: catalog)
        let entries = catalog.issues.map {
            ArchiveScreenState.Entry(date: $0.date.iso, label: $0.date.chinese, pages: $0.pageCount, articles: $0.files.count)
        }
        let position = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.date, $0) })
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
                guard let (catalog, index) = build.prepared(working),
                      let counts = build.searcher.counts(ArchiveQuery(text), catalog: catalog, index: index, warn: { _ in }, goOn: { done, total in
                          working("搜索 searching \(done)/\(total) files · Esc 停止 stop")
                      })
                else { return nil }
                var perEntry = Array(repeating: 0, count: entries.count)
                for (date, count) in counts { if let entry = position[date] { perEntry[entry] = count } }
                return perEntry
            },
            matches: { text, working in
                guard let (catalog, index) = build.prepared(working) else { return nil }
                var found: [ArchiveMatch] = []
                _ = working("搜索 searching · Esc 停止 stop")
                let finished = build.searcher.matches(ArchiveQuery(text), catalog: catalog, index: index, warn: { _ in }, goOn: { done, total in
                    working("搜索 searching \(done)/\(total) files · Esc 停止 stop")
                }, each: { match in
                    found.append(ArchiveMatch(date: match.date, page: CrawlerFileName.pageName(match.page), headline: match.headline,
                                              before: match.before, found: match.found, after: match.after))
                })
                return finished ? found : nil
            },
            status: build.status)
    }
}
