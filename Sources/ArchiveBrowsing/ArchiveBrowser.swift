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
public enum ArchiveBrowser {
    /// `searcher`: the archive, searched through its index (`scriptFolding`: traditional and
    /// simplified as one); `remembering`: where an issue of this
    /// key keeps its place and read marks (nil: nowhere); `fetchInto`: how papers are fetched into
    /// this archive (the library's: `r`), telling `landed` each time a day has (nil: not the library).
    public static func make(_ catalog: ArchiveCatalog, searcher: ArchiveSearcher, scriptFolding: Bool = true,
                            fetchInto: ((_ landed: () -> Void, _ working: (String) -> Bool) -> String)? = nil,
                            remembering: @escaping (String) -> ReaderApp.Memory?) -> ReaderApp.Archive {
        let read = searcher.text
        let build = ArchiveIndexBuild(searcher, catalog: catalog)
        let entries = Self.entries(catalog)
        // The archive as the last search listed it: what the screen shows once that search is back.
        let current = CurrentCatalog(catalog)
        return ReaderApp.Archive(
            entries: entries,
            open: { entry in
                var keys: [String] = []
                let catalog = current.catalog
                guard catalog.issues.indices.contains(entry) else { return nil }
                var reading = IssueReading(catalog.issues[entry].plan, text: { path throws(PageInputError) in try read(path ?? "") }, warn: { _ in })
                reading.eachText = { keys.append(PlaceStore.key(of: $0)) }
                guard let issue = try? reading.issue().issue else { return nil }
                return (issue, remembering(PlaceStore.issueKey(keys)))
            },
            search: { text, working in
                guard let (catalog, index) = build.prepared(working, last: current.catalog),
                      let counts = build.searcher.counts(ArchiveQuery(text, scriptFolding: scriptFolding), catalog: catalog, index: index, warn: { _ in }, goOn: { done, total in
                          working("搜索 searching \(done)/\(total) files")
                      })
                else { return nil }
                current.catalog = catalog
                let entries = Self.entries(catalog)
                let position = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.date, $0) })
                var perEntry = Array(repeating: 0, count: entries.count)
                for (date, count) in counts { if let entry = position[date] { perEntry[entry] = count } }
                return (entries, perEntry)
            },
            matches: { text, working in
                guard let (catalog, index) = build.prepared(working, last: current.catalog) else { return nil }
                var found: [ArchiveMatch] = []
                _ = working("搜索 searching")
                let finished = build.searcher.matches(ArchiveQuery(text, scriptFolding: scriptFolding), catalog: catalog, index: index, warn: { _ in }, goOn: { done, total in
                    working("搜索 searching \(done)/\(total) files")
                }, each: { match in
                    found.append(ArchiveMatch(date: match.date, page: CrawlerFileName.pageName(ifKnown: match.page) ?? "", headline: match.headline,
                                              before: match.before, found: match.found, after: match.after))
                })
                return finished ? found : nil
            },
            status: build.status,
            fetch: fetchInto.map { fetchInto in
                { landed, working in
                    fetchInto({
                        guard let catalog = try? ArchiveCatalog.of(searcher.roots, reusing: searcher.listingNote()) else { return }
                        current.catalog = catalog
                        landed(Self.entries(catalog))
                    }, working)
                }
            })
    }

    /// The screen's entries: an issue a date.
    static func entries(_ catalog: ArchiveCatalog) -> [ArchiveScreenState.Entry] {
        catalog.issues.map { ArchiveScreenState.Entry(date: $0.date.iso, label: $0.date.chinese, pages: $0.pageCount, articles: $0.files.count) }
    }
}

/// The archive as last listed, shared by the reader's thread and the work's.
final class CurrentCatalog: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ArchiveCatalog

    init(_ catalog: ArchiveCatalog) { value = catalog }

    var catalog: ArchiveCatalog {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
