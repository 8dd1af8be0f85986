import Archive
import Foundation
import Glibc
import IssueFiles
import IssueModel
import Reader
import Settings
import Terminal
import TextLayout

/// The archive from the command line: `--list` of an archive (an issue a line), and `--search`
/// (every match, or with `--count` the matches per issue), through the index in the cache folder.
enum ArchiveCommands {
    /// The real paths of the folders named, which name the archive's index.
    static func roots(_ paths: [String]) throws(PageInputError) -> [String] {
        var roots: [String] = []
        for path in paths {
            guard let real = FileNameBytes.withCString(path, { realpath($0, nil) }) else { throw .noSuchFile(path) }
            roots.append(FileNameBytes.string(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real))))
            free(real)
        }
        return roots
    }

    /// `2019-02-01  20版  72篇`: an issue a line, in date order.
    static func issueLines(_ catalog: ArchiveCatalog) -> String {
        catalog.issues.map { "\($0.date.iso)  \($0.pageCount)版  \($0.files.count)篇\n" }.joined()
    }

    /// `--search` on the paths: crawler files (day folders, archives) through the index; page texts,
    /// which have no date, by the reader's search of the issue, each page named by its file.
    static func run(search text: String, count: Bool, paths: [String], trace: Trace, warn: @escaping (String) -> Void) throws(PageInputError) {
        let roots = try roots(paths)
        // Counting while the archive is listed: the index as it stands is searched on another
        // thread, and its answer is taken if the listing finds the files as the index has them.
        let early = count ? SpeculativeCount(ArchiveQuery(text), roots: roots, trace: trace) : nil
        let catalog = try ArchiveCatalog.of(roots)
        trace.mark("archive listed: \(catalog.fileCount) files")
        if !catalog.issues.isEmpty { sayPassedOver(catalog, warn: warn) }
        if let counts = early?.answer(for: catalog) {
            trace.mark("counted from the index as it stood")
            Output.write(countLines(counts))
            return
        }
        guard catalog.issues.isEmpty else { return search(text, count: count, catalog: catalog, roots: roots, warn: warn) }
        let issue = try PageLoading.load(try PageLoading.plan(paths), trace: Trace(path: nil), warn: warn).issue
        let results = SearchIndex(issue).find(text)
        // (One file is an issue of one unnamed page: its file's name stands in for the date.)
        let onlyName = paths.count == 1 ? (paths[0] == "-" ? PageSource.standardInputName : PageOrder.name(of: paths[0])) : "-"
        func pageName(_ page: IssuePage) -> String { page.name.isEmpty ? onlyName : page.name }
        var lines = "", total = 0
        for page in issue.pageList {
            let found = page.articles.reduce(0) { $0 + results.count(inArticle: $1) }
            total += found
            if count && found > 0 { lines += VisibleText.escaped("\(pageName(page)) \(found)") + "\n" }
        }
        if !count {
            for match in results.matches {
                let article = issue.articles[match.article]
                let context = ArchiveSearch.context(of: match, in: ArticleBlocks(article).blocks[match.block].text)
                let page = issue.pageList[issue.pages.isEmpty ? 0 : issue.page(of: match.article)]
                lines += VisibleText.escaped("\(pageName(page)) \(article.headline): " + context) + "\n"
            }
        }
        Output.write(count ? lines + "total \(total)\n" : lines)
    }

    /// `--search QUERY PATH…`: `YYYY-MM-DD 第PP版 headline: …context…` per match, or with `count`,
    /// `YYYY-MM-DD N` per issue with matches and `total N` last.
    static func search(_ text: String, count: Bool, catalog: ArchiveCatalog, roots: [String], warn: @escaping (String) -> Void) {
        let query = ArchiveQuery(text)
        let read = PageLoading.archiveFileText
        func line(_ match: ArchiveSearch.Match) {
            Output.write(VisibleText.escaped(
                "\(match.date) \(CrawlerFileName.pageName(match.page)) \(match.headline): \(match.context)") + "\n")
        }
        // Without an index (none can be kept, or it failed): the same answer, by reading every file.
        func reading() {
            if count {
                let bar = ReadingProgress("searching")
                let counts = ArchiveSearch.countsReading(query, catalog: catalog, text: read) { done, total in
                    bar.update(done: done, of: total)
                    return true
                }
                Output.write(countLines(counts ?? []))
            } else {
                ArchiveSearch.matchesReading(query, catalog: catalog, text: read, each: line)
            }
        }
        let bar = ReadingProgress("indexing")
        let index = upToDate(catalog, roots: roots, warn: warn, progress: bar.update)
        bar.update(done: 1, of: 1)
        guard let index else { return reading() }
        do {
            if count {
                Output.write(countLines(try ArchiveSearch.counts(query, index: index, text: read)))
            } else {
                try ArchiveSearch.matches(query, index: index, text: read, each: line)
            }
        } catch {
            // A damaged index goes, to be built again by the next search; this one reads the files.
            if error.isDamage, let folder = cacheFolder {
                ArchiveIndex.remove(cacheFolder: folder, roots: roots)
                warn("the search index in \(folder) was damaged (\(error)): answering from the files, and building it again at the next search")
            } else {
                warn("the search index failed (\(error)); searching without it")
            }
            reading()
        }
    }

    /// The counts from the index; nil when there is none or it failed — a damaged one removed, to
    /// be built again (the caller reads the files meanwhile).
    static func countsOrNil(_ query: ArchiveQuery, index: ArchiveIndex?, roots: [String], text: ArchiveSearch.TextSource)
        -> [(date: String, count: Int)]? {
        guard let index else { return nil }
        do {
            return try ArchiveSearch.counts(query, index: index, text: text)
        } catch {
            if error.isDamage, let folder = cacheFolder { ArchiveIndex.remove(cacheFolder: folder, roots: roots) }
            return nil
        }
    }

    /// Each thing the catalog left out, once, with its reason.
    static func sayPassedOver(_ catalog: ArchiveCatalog, warn: (String) -> Void) {
        for passed in catalog.passedOver { warn("skipped \(passed.path): \(passed.reason)") }
    }

    static func countLines(_ counts: [(date: String, count: Int)]) -> String {
        counts.map { "\($0.date) \($0.count)\n" }.joined() + "total \(counts.reduce(0) { $0 + $1.count })\n"
    }

    /// `$XDG_CACHE_HOME/kanbao` (else `~/.cache/kanbao`), where the indexes are kept; nil without either.
    static var cacheFolder: String? {
        XDGFolder.kanbao("XDG_CACHE_HOME", fallback: ".cache", environment: ProcessInfo.processInfo.environment)
    }

    /// The archive's index, brought up to date (`progress` hears files read of files to read); nil when
    /// none can be kept — a read-only or full cache folder — said once.
    static func upToDate(_ catalog: ArchiveCatalog, roots: [String], warn: (String) -> Void,
                         progress: (Int, Int) -> Void) -> ArchiveIndex? {
        guard let folder = cacheFolder else {
            warn("no cache folder (neither XDG_CACHE_HOME nor HOME is set): searching without an index")
            return nil
        }
        let needed = IndexRoom.needed(forFiles: catalog.issues.reduce(0) { $0 + $1.files.reduce(0) { $0 + $1.stamp.size } })
        if let reason = IndexRoom.waiting(cacheFolder: folder, roots: roots, needed: needed) {
            warn("the search index cannot be kept in \(folder) (\(reason)): searching without it")
            return nil
        }
        for attempt in 0..<2 {
            do {
                try makeFolder(folder)
                let index = try ArchiveIndex(cacheFolder: folder, roots: roots)
                let update = try index.update(catalog, text: PageLoading.archiveFileText, progress: progress)
                for problem in update.unreadable { warn("skipped \(problem)") }
                IndexRoom.clear(cacheFolder: folder, roots: roots)
                return index
            } catch let error as SQLiteError where error.isDamage && attempt == 0 {
                // A damaged cache (or one of another version) is only a cache: it goes, and is built again.
                warn(error.isOtherVersion ? "the search index in \(folder) was made by another version of Kanbao: building it again"
                     : "the search index in \(folder) was damaged (\(error)): building it again")
                ArchiveIndex.remove(cacheFolder: folder, roots: roots)
            } catch let error as SQLiteError where error.isFull {
                // Nothing of it left behind, and not tried again until the disk has room.
                IndexRoom.full(cacheFolder: folder, roots: roots)
                warn("the search index cannot be kept in \(folder) (\(error)): searching without it, and building it again once the disk has \(needed >> 20) MB free")
                return nil
            } catch {
                warn("the search index cannot be kept in \(folder) (\(error)): searching without it")
                return nil
            }
        }
        return nil
    }

    private static func makeFolder(_ path: String) throws {
        if let code = DurableFile.makeFolder(path, mode: 0o700) { throw SQLiteError(code: 14, message: String(cString: strerror(code))) }
    }
}

/// A count made from the index as it stands, on another thread, while the archive is listed: good
/// only if the index was built for exactly the files listed (the same fingerprint), else dropped.
final class SpeculativeCount: @unchecked Sendable {
    private let group = DispatchGroup()
    private var counts: [(date: String, count: Int)]?
    private var fingerprint: UInt64?

    init(_ query: ArchiveQuery, roots: [String], trace: Trace) {
        guard let folder = ArchiveCommands.cacheFolder,
              access(ArchiveIndex.file(cacheFolder: folder, roots: roots), R_OK) == 0 else { return }
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { group.leave() }
            guard let index = try? ArchiveIndex(cacheFolder: folder, roots: roots, creating: false),
                  let built = try? index.builtFingerprint else { return }
            trace.mark("index opened")
            counts = try? ArchiveSearch.counts(query, index: index, text: PageLoading.archiveFileText)
            fingerprint = built
            trace.mark("counted in the index")
        }
    }

    /// The counts, if the index was up to date with `catalog`.
    func answer(for catalog: ArchiveCatalog) -> [(date: String, count: Int)]? {
        group.wait()
        guard let fingerprint, fingerprint == catalog.fingerprint else { return nil }
        return counts
    }
}
