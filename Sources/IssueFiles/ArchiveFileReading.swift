import IssueModel

/// An archive's file read back into its articles, each with the number it is kept under (the
/// index's row, the catalog's entry): a crawler file is one article, numbered by its name; a file
/// of a layout that places its articles is as many as it holds, numbered in its order.
public enum ArchiveFileReading {
    public struct Entry: Sendable {
        public let article: Int
        public let date: IssueDate?
        /// 0 when the source does not say.
        public let page: Int
        public let content: Article
    }

    /// `layout` is an index into `IssuePlan.layouts`; `text` reads a crawler file's text (decoded).
    public static func articles(of path: String, layout: Int, text: (String) throws(PageInputError) -> String)
        throws(PageInputError) -> [Entry] {
        guard let placing = IssuePlan.layouts[layout] as? any ArticleFileLayout else {
            let name = CrawlerFileName(PageOrder.name(of: path))
            return [Entry(article: name?.article ?? 0, date: name?.date, page: name?.page ?? 0, content: CrawlerArticle.parse(try text(path)))]
        }
        return try placing.read(path).articles.enumerated().map {
            Entry(article: $0.offset, date: $0.element.date, page: $0.element.page ?? 0, content: $0.element.article)
        }
    }

    /// The layout that reads a file found in an index (by its name, and its first bytes).
    public static func layout(of path: String) -> Int {
        if CrawlerFileName(PageOrder.name(of: path)) != nil { return IssuePlan.crawler }
        return IssuePlan.layouts.firstIndex { $0 is any ArticleFileLayout && $0.owns(file: path) } ?? IssuePlan.crawler
    }
}

extension [ArchiveFileReading.Entry] {
    /// The articles by their numbers (a file of 30,000 records is looked up, not searched).
    public var numbered: [Int: Article] {
        Dictionary(map { ($0.article, $0.content) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The articles of the last file read, for a search that reads the articles of one file one after
/// another (the index's rows of a file of records come together).
public struct ArchiveFileCache {
    private var last: (path: String, articles: [Int: Article])?

    public init() {}

    /// Article `article` of the file at `path`; nil when it cannot be read or is not there.
    /// `text` reads a crawler file's text.
    public mutating func article(_ article: Int, of path: String, text: (String) throws(PageInputError) -> String) -> Article? {
        if last?.path != path {
            guard let entries = try? ArchiveFileReading.articles(of: path, layout: ArchiveFileReading.layout(of: path), text: text) else {
                return nil
            }
            last = (path, entries.numbered)
        }
        return last?.articles[article]
    }
}
