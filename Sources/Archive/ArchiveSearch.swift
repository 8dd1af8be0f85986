import IssueFiles
import IssueModel
import Reader
import TextLayout

/// Search over an archive: how many times a query occurs in each issue, and where — the reader's
/// counts (its folding, non-overlapping), through the index or, when there can be none, by reading
/// every file.
public enum ArchiveSearch {
    /// Reads a file's text (decoded); a file that cannot be read has no matches.
    public typealias TextSource = (String) throws(PageInputError) -> String

    /// One match, for `kanbao --search`: its issue's date, its 版, its article's headline, and the
    /// paragraph around it.
    public struct Match: Sendable {
        public let date: String
        public let page: Int
        public let headline: String
        /// Up to `contextLength` characters before the match in its paragraph (`…` first when cut),
        /// the match, and as many after it.
        public let before: String, found: String, after: String

        /// The three as one: `…一菲）国家主席习近平31日在人民大会堂…`.
        public var context: String { before + found + after }
    }

    public static let contextLength = 20

    /// Matches per issue date (`2019-02-01`), in date order; dates without matches left out.
    /// `counted` hears each file counted in, with its stamp as indexed (the same file once per
    /// article with matches).
    public static func counts(_ query: ArchiveQuery, index: ArchiveIndex, text: TextSource,
                              counted: ((_ path: String, _ stamp: FileStamp) -> Void)? = nil) throws(SQLiteError) -> [(date: String, count: Int)] {
        var byDate: [String: Int] = [:]
        let files = ArchiveFileCache()
        try index.counts(query) { date, inIndex, file in
            let matches: Int
            if let inIndex { matches = inIndex } else {
                let place = file()
                matches = count(query, article: files.article(place.article, of: place.path, text: text))
            }
            guard matches > 0 else { return }
            byDate[date, default: 0] += matches
            if let counted {
                let place = file()
                counted(place.path, place.stamp)
            }
        }
        return byDate.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Every match, in date, 版, article and text order. `counted` hears each file with matches,
    /// with its stamp as indexed, before any match is given.
    public static func matches(_ query: ArchiveQuery, index: ArchiveIndex, text: TextSource,
                               counted: ((_ path: String, _ stamp: FileStamp) -> Void)? = nil, each: (Match) -> Void) throws(SQLiteError) {
        var found: [ArchiveIndex.FileRow] = []
        let files = ArchiveFileCache()
        try index.candidates(query) { row, folded in
            if count(query, in: row, folded: folded, files: files, text: text) > 0 { found.append(row) }
        }
        if let counted { for row in found { counted(row.path, row.stamp) } }
        for row in found.sorted(by: { ($0.date, $0.page, $0.path, $0.article) < ($1.date, $1.page, $1.path, $1.article) }) {
            guard let article = files.article(row.article, of: row.path, text: text) else { continue }
            matches(query, blocks: ArchiveText.blocks(article), date: row.date, page: row.page, headline: row.headline, each: each)
        }
    }

    /// The same counts without an index: every file of the catalog read and counted in turn.
    /// `goOn` hears files done of files to do, and stops the search (nil) when it says false.
    public static func countsReading(_ query: ArchiveQuery, catalog: ArchiveCatalog, text: TextSource,
                                     goOn: (Int, Int) -> Bool = { _, _ in true }) -> [(date: String, count: Int)]? {
        var counts: [(date: String, count: Int)] = []
        var done = 0
        let total = catalog.fileCount
        let files = ArchiveFileCache()
        for issue in catalog.issues {
            var matches = 0
            for file in issue.files {
                guard goOn(done, total) else { return nil }
                done += 1
                matches += count(query, article: files.article(file.article, of: file.path, text: text))
            }
            if matches > 0 { counts.append((issue.date.iso, matches)) }
        }
        _ = goOn(total, total)
        return counts
    }

    /// The same matches without an index: every file of the catalog read in turn.
    /// `goOn` hears files done of files to do, and stops the search (false) when it says false.
    @discardableResult
    public static func matchesReading(_ query: ArchiveQuery, catalog: ArchiveCatalog, text: TextSource,
                                      goOn: (Int, Int) -> Bool = { _, _ in true }, each: (Match) -> Void) -> Bool {
        let total = catalog.fileCount
        var done = 0
        let files = ArchiveFileCache()
        for issue in catalog.issues {
            for file in issue.files {
                guard goOn(done, total) else { return false }
                done += 1
                guard let article = files.article(file.article, of: file.path, text: text) else { continue }
                matches(query, blocks: ArchiveText.blocks(article), date: issue.date.iso, page: file.page,
                        headline: article.headline, each: each)
            }
        }
        _ = goOn(total, total)
        return true
    }

    /// Matches in one article: the reader's count.
    public static func count(_ query: ArchiveQuery, article: Article) -> Int {
        let blocks = ArchiveText.blocks(article)
        let original = blocks.joined(separator: "\n")
        guard query.lone && ArchiveText.singleScalarClusters(original) else { return readerResults(query, blocks: blocks).count }
        return ArchiveText.folded(original, script: query.scriptFolding).withUnsafeBytes { query.count(inFolded: $0) }
    }

    /// Matches in an indexed article: the byte search in its folded text where query and text are
    /// lone code points, else the article read again and counted by the reader's own search.
    static func count(_ query: ArchiveQuery, in row: ArchiveIndex.FileRow, folded: UnsafeRawBufferPointer, files: ArchiveFileCache,
                      text: TextSource) -> Int {
        if query.countsInIndex && row.lone { return query.count(inFolded: folded) }
        return count(query, article: files.article(row.article, of: row.path, text: text))
    }

    /// Matches in an article read back from its file; none when it could not be.
    static func count(_ query: ArchiveQuery, article: Article?) -> Int {
        article.map { count(query, article: $0) } ?? 0
    }

    /// The reader's search over an article of these blocks.
    static func readerResults(_ query: ArchiveQuery, blocks: [String]) -> SearchResults {
        SearchIndex(Issue(articles: [Article(headline: "", paragraphs: blocks)]), scriptFolding: query.scriptFolding).find(query.text)
    }

    static func matches(_ query: ArchiveQuery, blocks: [String], date: String, page: Int, headline: String, each: (Match) -> Void) {
        for match in readerResults(query, blocks: blocks).matches {
            let parts = contextParts(of: match, in: blocks[match.block])
            each(Match(date: date, page: page, headline: headline, before: parts.before, found: parts.found, after: parts.after))
        }
    }

    /// `…` and up to `contextLength` characters before the match, the match, as many after and `…`,
    /// within `block` (the match's paragraph).
    public static func context(of match: SearchMatch, in block: String) -> String {
        let parts = contextParts(of: match, in: block)
        return parts.before + parts.found + parts.after
    }

    static func contextParts(of match: SearchMatch, in block: String) -> (before: String, found: String, after: String) {
        let characters = Array(block)
        let start = min(match.start, characters.count), end = min(max(start, match.end), characters.count)
        let from = max(0, start - contextLength), to = min(characters.count, end + contextLength)
        return ((from > 0 ? "…" : "") + String(characters[from..<start]), String(characters[start..<end]),
                String(characters[end..<to]) + (to < characters.count ? "…" : ""))
    }
}
