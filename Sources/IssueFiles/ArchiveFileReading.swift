import Foundation
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
        IssuePlan.placingLayout(of: path) ?? IssuePlan.crawler
    }
}

extension [ArchiveFileReading.Entry] {
    /// The articles by their numbers (a file of 30,000 records is looked up, not searched).
    public var numbered: [Int: Article] {
        Dictionary(map { ($0.article, $0.content) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The articles of the file last read, by number: the index's rows of a file of records come
/// together, a search reads its matching articles one after another, an issue's 版 share their
/// file — each reads a file once, not once an article. Used by one thread at a time, from whichever
/// thread (an index build's batches are made on another).
public final class ArchiveFileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (path: String, read: Result<[Int: Article], PageInputError>)?

    public init() {}

    /// The articles of the file at `path`, read by `layout` (nil: the one its name and first bytes
    /// tell); `text` reads a crawler file's text.
    public func articles(of path: String, layout: Int? = nil, text: (String) throws(PageInputError) -> String)
        -> Result<[Int: Article], PageInputError> {
        lock.withLock {
            if let last, last.path == path { return last.read }
            let layout = layout ?? ArchiveFileReading.layout(of: path)
            let read = Result { () throws(PageInputError) in try ArchiveFileReading.articles(of: path, layout: layout, text: text).numbered }
            // (A crawler file is one article: nothing to keep for the next.)
            last = layout == IssuePlan.crawler ? nil : (path, read)
            return read
        }
    }

    /// Article `article` of the file at `path`; nil when it cannot be read or is not there.
    public func article(_ article: Int, of path: String, text: (String) throws(PageInputError) -> String) -> Article? {
        try? articles(of: path, text: text).get()[article]
    }
}
