import Glibc
import IssueModel

/// An archive: the dated articles under the paths opened, as issues by date. Crawler day folders
/// at any depth (a month, a year, a folder of papers' years) are listed by their names before a
/// byte of them is read; the files of layouts that place their own articles (`ArticleFileLayout`:
/// records, Markdown, exports) are read to learn their dates — one file may hold many days. A path
/// with one date is one issue, not an archive.
public struct ArchiveCatalog: Sendable {
    /// One article of the archive: where it is (its file, and its number within the file or the
    /// page) and on which 版.
    public struct File: Sendable {
        public let path: String
        public let stamp: FileStamp
        public let date: IssueDate
        public let page: Int
        /// The article's number on its 版 (a crawler file's name says it), or its place in its file.
        public let article: Int
        /// Which of `IssuePlan.layouts` reads it.
        public let layout: Int

        init(path: String, stamp: FileStamp, name: CrawlerFileName) {
            (self.path, self.stamp, date, page, article, layout) = (path, stamp, name.date, name.page, name.article, IssuePlan.crawler)
        }

        /// A crawler file, named `YYYYMMDD-PP-AA.txt`: one article.
        public var isCrawler: Bool { layout == IssuePlan.crawler }

        init(path: String, stamp: FileStamp, date: IssueDate, page: Int, article: Int, layout: Int) {
            (self.path, self.stamp, self.date, self.page, self.article, self.layout) = (path, stamp, date, page, article, layout)
        }
    }

    /// One day's issue: its articles in page, then article order.
    public struct Issue: Sendable {
        public let date: IssueDate
        public let files: [File]

        /// How many 版 it has.
        public var pageCount: Int { Set(files.map(\.page)).count }
    }

    /// The issues in date order.
    public let issues: [Issue]
    /// What was found on the way and left out, each with its reason (a FIFO, a folder that cannot be
    /// read, a loop, a second name for a file), for the caller to say once.
    public var passedOver: [PassedOver] = []

    /// A number that changes when any file is added, removed, or changes size or time: a sum of
    /// each file's hash (so the order of listing does not matter). An index built for the same
    /// fingerprint is up to date without looking at its rows.
    public let fingerprint: UInt64

    /// The folders listed and the files read for their dates, with their stamps, and when the
    /// listing began: the catalog's `ListingNote`.
    public internal(set) var watched: [WatchedEntry] = []
    var listedAt: Int64 = 0
    /// How many files this listing read for their dates (the others' articles were taken from the
    /// last listing's note: unchanged).
    public internal(set) var filesRead = 0

    /// What tells a later search, by the folders' times, that this catalog still holds.
    public var note: ListingNote {
        ListingNote(fingerprint: fingerprint, entries: watched, passedOver: passedOver, listedAt: listedAt, fields: RecordFields.chosen.fingerprint,
                    dates: issues.map(\.date))
    }

    /// Every crawler file under the folders among `paths` (files named are taken as they are);
    /// where a folder holds none, the files of the first other layout found in it, read for their
    /// articles' dates — or, for a file whose stamp is the one `previous` (the last listing's note)
    /// has for it, taken from the note. Empty when there are none.
    public static func of(_ paths: [String], reusing previous: ListingNote? = nil) throws(PageInputError) -> ArchiveCatalog {
        var named: [File] = [], listings: [FolderListing] = [], passedOver: [PassedOver] = [], watched: [WatchedEntry] = []
        let listedAt = ListingNote.now()
        var filesRead = 0
        // (A note of other record fields read other articles from the same files.)
        let known = previous.map { $0.fields == RecordFields.chosen.fingerprint ? PlacedFiles($0) : PlacedFiles() } ?? PlacedFiles()
        for path in paths {
            var info = stat()
            guard FileNameBytes.withCString(path, { stat($0, &info) }) == 0 else { throw .noSuchFile(path) }
            if info.st_mode & S_IFMT == S_IFDIR {
                let folder = try FolderListing.of(path, sorted: false)
                let tree = folder.tree(depth: CrawlerLayout.depth, sorted: false)
                // (The tree a layout of placed articles looks in is the same: `ArticleFileLayout.depth`.)
                watched += tree.watched
                if tree.listings.contains(where: { $0.names.contains { CrawlerFileName($0) != nil } }) {
                    listings += tree.listings
                    passedOver += tree.passedOver
                    passedOver += tree.listings.flatMap(CrawlerLayout.foldersNamedLikeArticles)
                } else if let (layout, claim) = placingClaim(folder) {
                    named += placed(claim.files, layout: layout, known: known, passedOver: &passedOver, watched: &watched, read: &filesRead)
                    passedOver += claim.passedOver
                }
            } else {
                if let name = CrawlerFileName(PageOrder.name(of: path)) {
                    watched.append(WatchedEntry(path: path, stamp: EntryStamp(info)))
                    named.append(File(path: path, stamp: FileStamp(info), name: name))
                } else if let layout = IssuePlan.placingLayout(of: path) {
                    named += placed([path], layout: layout, known: known, passedOver: &passedOver, watched: &watched, read: &filesRead)
                } else {
                    watched.append(WatchedEntry(path: path, stamp: EntryStamp(info)))
                }
            }
        }
        // Names read, grouped, ordered and hashed a folder at a time on every core; then the
        // folders' days put together (a day is nearly always one folder's).
        var parts = listings.parallelMap(Part.init)
        parts.append(Part(named))
        // (Records read with other fields are other articles.)
        var byDate: [IssueDate: [File]] = [:], mixed = Set<IssueDate>(), fingerprint: UInt64 = named.isEmpty ? 0 : RecordFields.chosen.fingerprint
        for part in parts {
            fingerprint &+= part.hashSum
            for (date, files) in part.byDate {
                if byDate[date] == nil { byDate[date] = files } else {
                    byDate[date]! += files
                    mixed.insert(date)
                }
            }
        }
        let issues = byDate.keys.sorted().map { date in
            Issue(date: date, files: mixed.contains(date) ? Part.ordered(byDate[date]!) : byDate[date]!)
        }
        var catalog = ArchiveCatalog(issues: issues, passedOver: passedOver, fingerprint: fingerprint, watched: watched, listedAt: listedAt)
        catalog.filesRead = filesRead
        return catalog
    }

    /// The first layout of placed articles that finds its files in `folder`, and what it takes.
    static func placingClaim(_ folder: FolderListing) -> (Int, FolderClaim)? {
        for (index, layout) in IssuePlan.layouts.enumerated() where layout is any ArticleFileLayout {
            let claim = layout.files(in: folder)
            if !claim.files.isEmpty { return (index, claim) }
        }
        return nil
    }

    /// The dated articles of files of a layout that places them, read (on every core: a page PDF is
    /// 50 ms of poppler's reading, each document its own) — or taken from the last listing's note
    /// where the file's stamp is the one noted; each file watched with its articles. A file that
    /// cannot be read is passed over with its reason.
    static func placed(_ paths: [String], layout: Int, known: PlacedFiles, passedOver: inout [PassedOver], watched: inout [WatchedEntry],
                       read: inout Int) -> [File] {
        var files: [File] = []
        for one in paths.parallelMap({ path in PlacedFile(path, layout: layout, known: known) }) {
            files += one.files
            if let entry = one.entry { watched.append(entry) }
            if let passed = one.passedOver { passedOver.append(passed) }
            if one.wasRead { read += 1 }
        }
        return files
    }

    /// One file of a layout that places its articles: its dated articles, read or taken from the note.
    struct PlacedFile: Sendable {
        var files: [File] = []
        var entry: WatchedEntry?
        var passedOver: PassedOver?
        var wasRead = false

        init(_ path: String, layout: Int, known: PlacedFiles) {
            var info = stat()
            guard FileNameBytes.withCString(path, { stat($0, &info) }) == 0 else { return }
            let stamp = EntryStamp(info)
            if let runs = known.articles(of: path, stamp: stamp) {
                for run in runs {
                    for article in run.first..<run.first + run.count {
                        files.append(File(path: path, stamp: FileStamp(info), date: run.date, page: run.page, article: article, layout: layout))
                    }
                }
                entry = WatchedEntry(path: path, stamp: stamp, articles: runs)
                return
            }
            wasRead = true
            do {
                var dated: [(date: IssueDate, page: Int, article: Int)] = []
                for article in try ArchiveFileReading.articles(of: path, layout: layout, text: { _ throws(PageInputError) in "" }) {
                    guard let date = article.date else { continue }
                    files.append(File(path: path, stamp: FileStamp(info), date: date, page: article.page, article: article.article, layout: layout))
                    dated.append((date, article.page, article.article))
                }
                entry = WatchedEntry(path: path, stamp: stamp, articles: ArticleRun.runs(dated))
            } catch {
                let said = "\(error)"
                passedOver = PassedOver(path: path, reason: said.hasPrefix(path + ": ") ? String(said.dropFirst(path.count + 2)) : said)
                entry = WatchedEntry(path: path, stamp: stamp)
            }
        }
    }

    /// The files the last listing read for their dates, by path: their stamps and articles.
    struct PlacedFiles: Sendable {
        var byPath: [String: (stamp: EntryStamp, runs: [ArticleRun])] = [:]

        init() {}

        init(_ note: ListingNote) {
            for entry in note.entries where entry.stamp != .unsure {
                if let runs = entry.articles { byPath[entry.path] = (entry.stamp, runs) }
            }
        }

        /// The file's articles as noted, if its stamp is the one noted.
        func articles(of path: String, stamp: EntryStamp) -> [ArticleRun]? {
            guard let noted = byPath[path], noted.stamp == stamp else { return nil }
            return noted.runs
        }
    }

    /// One folder's crawler files by date, each date's in page, then article order, and the sum
    /// of their hashes.
    private struct Part: Sendable {
        var byDate: [IssueDate: [File]] = [:]
        var hashSum: UInt64 = 0

        init(_ listing: FolderListing) {
            self.init(listing.files.indices.compactMap { index in
                CrawlerFileName(listing.names[index]).map { File(path: listing.files[index], stamp: listing.stamps[index], name: $0) }
            })
        }

        init(_ files: [File]) {
            for file in files {
                byDate[file.date, default: []].append(file)
                hashSum &+= Self.hash(file)
            }
            for date in byDate.keys { byDate[date] = Self.ordered(byDate[date]!) }
        }

        static func ordered(_ files: [File]) -> [File] {
            // (A crawler file's name numbers it on its 版; the others are in their file's order.)
            // (Step by step, so that the paths — strings, counted references — are touched only on a tie.)
            files.sorted { one, other in
                if one.page != other.page { return one.page < other.page }
                let (first, second) = (one.isCrawler ? one.article : 0, other.isCrawler ? other.article : 0)
                if first != second { return first < second }
                if one.path != other.path { return one.path < other.path }
                return one.article < other.article
            }
        }

        /// FNV-1a of the path, then of the size and time.
        static func hash(_ file: File) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var path = file.path
            path.withUTF8 { for byte in $0 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
            for value in [UInt64(bitPattern: Int64(file.stamp.size)), UInt64(bitPattern: file.stamp.modified)] {
                hash = (hash ^ value) &* 0x100_0000_01b3
                hash ^= hash >> 29
            }
            return hash &* 0x9E37_79B9_7F4A_7C15
        }
    }

    public var isArchive: Bool { issues.count > 1 }

    /// How many articles (a crawler file is one; a file of records, as many as it holds).
    public var fileCount: Int { issues.reduce(0) { $0 + $1.files.count } }

    /// The bytes of its files, each file once however many articles it holds.
    public var byteCount: Int {
        var seen = Set<String>(), bytes = 0
        for issue in issues { for file in issue.files where seen.insert(file.path).inserted { bytes += file.stamp.size } }
        return bytes
    }
}
