import IssueModel

/// Laid-out articles kept by (article, options), so that redrawing, paging and returning to an
/// article never set it again. A value: the reader owns one and passes it along.
public struct LayoutCache: Sendable {
    private struct Key: Hashable {
        var article: Int
        var options: LayoutOptions
    }

    private var entries: [Key: LaidOutArticle] = [:]
    /// Entries kept at most; the cache is emptied when it would grow past this (a resize storm must
    /// not keep every size ever seen).
    public let capacity: Int

    public init(capacity: Int = 256) { self.capacity = capacity }

    public var count: Int { entries.count }

    /// The layout of `article` (identified by `key`, its index in the issue) for `options`.
    public mutating func layout(_ article: Article, key: Int, options: LayoutOptions) -> LaidOutArticle {
        let cacheKey = Key(article: key, options: options)
        if let hit = entries[cacheKey] { return hit }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        let laidOut = ArticleLayout.layout(article, options: options)
        entries[cacheKey] = laidOut
        return laidOut
    }
}
