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

    /// What `--count` was asked for: periods, a range of days, a format.
    struct Counting {
        var by: CountTable.Period?
        var since: IssueDate?
        var until: IssueDate?
        var format: CountFormat

        /// The plain count of one query: `YYYY-MM-DD N` for each issue with matches, `total N`.
        var isPlain: Bool { by == nil && since == nil && until == nil && format == .text }
    }

    /// `--search` on the paths: crawler files (day folders, archives) through the index; page texts,
    /// which have no date, by the reader's search of the issue, each page named by its file.
    static func run(search texts: [String], count: Counting?, scriptFolding: Bool, checkEveryFile: Bool, paths: [String], trace: Trace,
                    warn: @escaping (String) -> Void) throws(PageInputError) {
        let roots = try roots(paths)
        let plain = count.map { $0.isPlain && texts.count == 1 } ?? false
        let queries = texts.map { ArchiveQuery($0, scriptFolding: scriptFolding) }
        let searcher = searcher(roots)
        // Counting while the archive is checked: the index as it stands is searched on another
        // thread, and its answer is taken if the archive's files are as the index has them.
        let early = plain ? searcher.earlyCount(queries[0], mark: trace.mark) : nil
        let note = searcher.listingNote()
        if !checkEveryFile, let note {
            trace.mark("listing note read")
            if let output = unlisted(queries, count: count, note: note, early: early, searcher: searcher, trace: trace) {
                for passed in note.passedOver { warn("skipped \(passed.path): \(passed.reason)") }
                Output.write(output)
                return
            }
        }
        // (Files read for their dates — records, PDFs — are taken from the note where unchanged.)
        let catalog = try ArchiveCatalog.of(roots, reusing: note)
        trace.mark("archive listed: \(catalog.fileCount) files, \(catalog.filesRead) read for their dates")
        if !catalog.issues.isEmpty { sayPassedOver(catalog, warn: warn) }
        if let counts = early?.answer(for: catalog) {
            trace.mark("counted from the index as it stood")
            searcher.keep(catalog.note)
            Output.write(countLines(counts))
            return
        }
        guard catalog.issues.isEmpty else { return search(queries, count: count, catalog: catalog, roots: roots, warn: warn) }
        guard count == nil || plain else {
            throw .notArticles(paths.joined(separator: " "),
                               reason: "no dated issues, and --by, --since, --until, --format and several --search count issues by their dates")
        }
        let text = texts[0]
        let issue = try PageLoading.load(try PageLoading.plan(paths), trace: Trace(path: nil), warn: warn).issue
        let results = SearchIndex(issue, scriptFolding: scriptFolding).find(text)
        // (One file is an issue of one unnamed page: its file's name stands in for the date.)
        let onlyName = paths.count == 1 ? (paths[0] == "-" ? PageSource.standardInputName : PageOrder.name(of: paths[0])) : "-"
        func pageName(_ page: IssuePage) -> String { page.name.isEmpty ? onlyName : page.name }
        var lines = "", total = 0
        for page in issue.pageList {
            let found = page.articles.reduce(0) { $0 + results.count(inArticle: $1) }
            total += found
            if count != nil && found > 0 { lines += VisibleText.escaped("\(pageName(page)) \(found)") + "\n" }
        }
        if count == nil {
            for match in results.matches {
                let article = issue.articles[match.article]
                let context = ArchiveSearch.context(of: match, in: ArticleBlocks(article).blocks[match.block].text)
                let page = issue.pageList[issue.pages.isEmpty ? 0 : issue.page(of: match.article)]
                lines += VisibleText.escaped("\(pageName(page)) \(article.headline): " + context) + "\n"
            }
        }
        Output.write(count != nil ? lines + "total \(total)\n" : lines)
    }

    /// `--search QUERY PATH…`: `YYYY-MM-DD 第PP版 headline: …context…` per match, or with `count`,
    /// `YYYY-MM-DD N` per issue with matches and `total N` last.
    static func search(_ queries: [ArchiveQuery], count: Counting?, catalog: ArchiveCatalog, roots: [String], warn: @escaping (String) -> Void) {
        let searcher = searcher(roots)
        let indexing = ReadingProgress("indexing")
        let index = searcher.index(for: catalog, warn: warn, progress: indexing.update)
        indexing.update(done: 1, of: 1)
        // (The bar of a search that reads every file: none through the index.)
        let reading = ReadingProgress("searching")
        func goOn(_ done: Int, _ total: Int) -> Bool {
            reading.update(done: done, of: total)
            return true
        }
        if let count {
            let counts = queries.map { searcher.counts($0, catalog: catalog, index: index, warn: warn, goOn: goOn) ?? [] }
            Output.write(countOutput(queries, counts: counts, dates: catalog.issues.map(\.date), count: count))
        } else {
            searcher.matches(queries[0], catalog: catalog, index: index, warn: warn, goOn: goOn) { Output.write(matchLine($0)) }
        }
    }

    /// The answer from the index without listing every file, when the listing note finds the
    /// archive's folders as its index has them (`ListingNote`) and every file the answer came from
    /// is as it was indexed; nil: the archive is to be listed.
    static func unlisted(_ queries: [ArchiveQuery], count: Counting?, note: ListingNote, early: EarlyCount?, searcher: ArchiveSearcher,
                         trace: Trace) -> String? {
        if let early { return early.answer(unlisted: note).map(countLines) }
        guard !note.dates.isEmpty, note.isCurrent(), let folder = searcher.cacheFolder,
              let index = try? ArchiveIndex(cacheFolder: folder, roots: searcher.roots, creating: false),
              (try? index.builtFingerprint) == note.fingerprint else { return nil }
        trace.mark("folders as listed: \(note.entries.count)")
        var counted = CountedFiles(), output = ""
        do {
            if let count {
                var counts: [[(date: String, count: Int)]] = []
                for query in queries { counts.append(try ArchiveSearch.counts(query, index: index, text: searcher.text, counted: { counted.add($0, $1) })) }
                output = countOutput(queries, counts: counts, dates: note.dates, count: count)
            } else {
                try ArchiveSearch.matches(queries[0], index: index, text: searcher.text, counted: { counted.add($0, $1) }) { output += matchLine($0) }
            }
        } catch {
            return nil
        }
        return counted.areAsIndexed(mark: trace.mark) ? output : nil
    }

    /// The counts as asked for: the plain lines of one query, else the table by periods.
    static func countOutput(_ queries: [ArchiveQuery], counts: [[(date: String, count: Int)]], dates: [IssueDate], count: Counting) -> String {
        guard !(count.isPlain && queries.count == 1) else { return countLines(counts[0]) }
        let table = CountTable(queries: queries.map(\.text), counts: counts, issues: dates, by: count.by ?? .issue,
                               since: count.since, until: count.until)
        switch count.format {
        case .text: return table.text.split(separator: "\n").map { VisibleText.escaped(String($0)) + "\n" }.joined()
        case .csv: return table.csv
        case .json: return table.json
        }
    }

    /// `YYYY-MM-DD 第PP版 headline: …context…`.
    static func matchLine(_ match: ArchiveSearch.Match) -> String {
        VisibleText.escaped("\(match.date) \(CrawlerFileName.pageName(ifKnown: match.page).map { $0 + " " } ?? "")\(match.headline): \(match.context)") + "\n"
    }

    /// The archive of these roots, searched with its index in the cache folder.
    static func searcher(_ roots: [String]) -> ArchiveSearcher {
        ArchiveSearcher(roots: roots, cacheFolder: cacheFolder) { path throws(PageInputError) in try PageSource.decodedText(path: path) }
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
}
