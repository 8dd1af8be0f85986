import IssueModel

/// The layout in which most people keep newspaper text, as a widely used public crawler of the
/// e-paper sites saves it: a folder a day, a file an article, named `YYYYMMDD-PP-AA.txt`
/// (`CrawlerFileName`), each file read by `CrawlerArticle`. A day folder is one issue; a month or
/// year folder of day folders opens as every day's pages in date order.
public struct CrawlerLayout: InputLayout {
    /// How deep under an opened folder day folders are looked for: a folder of papers, of years, of
    /// months, of days, and one more for good measure.
    public static let depth = 5

    public var kind: String { "crawler day folders (YYYYMMDD-PP-AA.txt)" }

    public init() {}

    public func owns(file path: String) -> Bool { owns(fileName: PageOrder.name(of: path)) }

    func owns(fileName: String) -> Bool { CrawlerFileName(fileName) != nil }

    public func files(in folder: FolderListing) -> FolderClaim {
        var claim = FolderClaim(files: [])
        let tree = folder.tree(depth: Self.depth)
        for (level, listing) in tree.listings.enumerated() {
            let owned = listing.files.filter { owns(fileName: PageOrder.name(of: $0)) }
            claim.files += owned
            // (Files of folders with no articles — notes beside the day folders — are none of its business.)
            if !owned.isEmpty || level == 0 {
                claim.passedOver += listing.files.filter { !owns(fileName: PageOrder.name(of: $0)) }.map {
                    PassedOver(path: $0, reason: "not an article file (YYYYMMDD-PP-AA.txt) like those beside it")
                }
                claim.passedOver += Self.foldersNamedLikeArticles(listing)
            }
        }
        if claim.files.isEmpty { return FolderClaim(files: []) }
        claim.passedOver += tree.passedOver
        return claim
    }

    /// A folder named as an article file is (`20190201-01-03.txt/`): no article, and said.
    static func foldersNamedLikeArticles(_ listing: FolderListing) -> [PassedOver] {
        listing.folders.filter { CrawlerFileName(PageOrder.name(of: $0)) != nil }.map {
            PassedOver(path: $0, reason: "a folder named like an article file, not one")
        }
    }

    /// A page for each date and 版, in date then page order, its articles in their order on the page.
    public func pages(of files: [String]) -> [PlannedPage] {
        var byPage: [Key: [(article: Int, path: String)]] = [:]
        for path in files {
            guard let name = CrawlerFileName(PageOrder.name(of: path)) else { continue }
            byPage[Key(date: name.date, page: name.page), default: []].append((name.article, path))
        }
        return byPage.keys.sorted().map { key in
            // (Two files of one place, from two folders, both stay: by folder then.)
            let articles = byPage[key]!.sorted { ($0.article, $0.path) < ($1.article, $1.path) }
            let date = key.date.chinese
            return PlannedPage(name: date + " " + CrawlerFileName.pageName(key.page), header: date, date: key.date, number: key.page,
                               files: articles.map(\.path)) { text, _, article in
                article(CrawlerArticle.parse(text))
            }
        }
    }

    private struct Key: Hashable, Comparable {
        let date: IssueDate
        let page: Int
        static func < (a: Key, b: Key) -> Bool { (a.date, a.page) < (b.date, b.page) }
    }
}
