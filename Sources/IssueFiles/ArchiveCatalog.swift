import Glibc
import IssueModel

/// An archive: crawler day folders at any depth under the paths opened (a month, a year, a folder
/// of papers' years), as issues by date — each an issue's files, with their stamps, listed before a
/// byte of them is read. A path with one date is one issue, not an archive.
public struct ArchiveCatalog: Sendable {
    public struct File: Sendable {
        public let path: String
        public let stamp: FileStamp
        public let name: CrawlerFileName
    }

    /// One day's issue: its files in page, then article order.
    public struct Issue: Sendable {
        public let date: IssueDate
        public let files: [File]

        /// How many 版 it has.
        public var pageCount: Int { Set(files.map(\.name.page)).count }

        /// The issue's plan, as `IssuePlan.of` would make it for the day folder.
        public var plan: IssuePlan {
            IssuePlan(name: date.iso, pages: CrawlerLayout().pages(of: files.map(\.path)))
        }
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

    /// Every crawler file under the folders among `paths` (files named are taken as they are);
    /// empty when there are none.
    public static func of(_ paths: [String]) throws(PageInputError) -> ArchiveCatalog {
        var named: [File] = [], listings: [FolderListing] = [], passedOver: [PassedOver] = []
        for path in paths {
            var info = stat()
            guard FileNameBytes.withCString(path, { stat($0, &info) }) == 0 else { throw .noSuchFile(path) }
            if info.st_mode & S_IFMT == S_IFDIR {
                let tree = try FolderListing.of(path, sorted: false).tree(depth: CrawlerLayout.depth, sorted: false)
                listings += tree.listings
                passedOver += tree.passedOver
                passedOver += tree.listings.flatMap(CrawlerLayout.foldersNamedLikeArticles)
            } else if let name = CrawlerFileName(PageOrder.name(of: path)) {
                named.append(File(path: path, stamp: FileStamp(info), name: name))
            }
        }
        // Names read, grouped, ordered and hashed a folder at a time on every core; then the
        // folders' days put together (a day is nearly always one folder's).
        var parts = listings.parallelMap(Part.init)
        parts.append(Part(named))
        var byDate: [IssueDate: [File]] = [:], mixed = Set<IssueDate>(), fingerprint: UInt64 = 0
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
        return ArchiveCatalog(issues: issues, passedOver: passedOver, fingerprint: fingerprint)
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
                byDate[file.name.date, default: []].append(file)
                hashSum &+= Self.hash(file)
            }
            for date in byDate.keys { byDate[date] = Self.ordered(byDate[date]!) }
        }

        static func ordered(_ files: [File]) -> [File] {
            files.sorted { ($0.name.page, $0.name.article, $0.path) < ($1.name.page, $1.name.article, $1.path) }
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

    public var fileCount: Int { issues.reduce(0) { $0 + $1.files.count } }
}
