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

    /// Every crawler file under the folders among `paths` (files named are taken as they are);
    /// empty when there are none.
    public static func of(_ paths: [String]) throws(PageInputError) -> ArchiveCatalog {
        var files: [File] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw .noSuchFile(path) }
            if info.st_mode & S_IFMT != S_IFDIR {
                if let name = CrawlerFileName(PageOrder.name(of: path)) {
                    files.append(File(path: path, stamp: FileStamp(info), name: name))
                }
                continue
            }
            for listing in try FolderListing.of(path, sorted: false).tree(depth: CrawlerLayout.depth, sorted: false) {
                for index in listing.files.indices {
                    if let name = CrawlerFileName(listing.names[index]) {
                        files.append(File(path: listing.files[index], stamp: listing.stamps[index], name: name))
                    }
                }
            }
        }
        var byDate: [IssueDate: [File]] = [:]
        for file in files { byDate[file.name.date, default: []].append(file) }
        let issues = byDate.keys.sorted().map { date in
            Issue(date: date, files: byDate[date]!.sorted { ($0.name.page, $0.name.article, $0.path) < ($1.name.page, $1.name.article, $1.path) })
        }
        return ArchiveCatalog(issues: issues)
    }

    public var isArchive: Bool { issues.count > 1 }

    /// A number that changes when any file is added, removed, or changes size or time: a sum of
    /// each file's hash (so the order of listing does not matter). An index built for the same
    /// fingerprint is up to date without looking at its rows.
    public var fingerprint: UInt64 {
        var sum: UInt64 = 0
        for issue in issues {
            for file in issue.files {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in file.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                for value in [UInt64(bitPattern: Int64(file.stamp.size)), UInt64(bitPattern: file.stamp.modified)] {
                    hash = (hash ^ value) &* 0x100_0000_01b3
                    hash ^= hash >> 29
                }
                sum &+= hash &* 0x9E37_79B9_7F4A_7C15
            }
        }
        return sum
    }
    public var fileCount: Int { issues.reduce(0) { $0 + $1.files.count } }
}
