import IssueModel

/// Set articles kept by (article, options), so that redrawing, paging and coming back to an article
/// never set it again; a galley is cut into pages of any height on the fly. A value: the reader
/// owns one in its state.
public struct GalleyCache: Sendable {
    private struct Key: Hashable {
        var article: Int
        var options: LayoutOptions
    }

    private var entries: [Key: Galley] = [:]
    /// Entries kept at most; the cache is emptied when it would grow past this (a resize storm must
    /// not keep every size ever seen).
    public let capacity: Int

    public init(capacity: Int = 64) { self.capacity = capacity }

    public var count: Int { entries.count }

    /// The galley of `article` (identified by `key`, its index in the issue) for `options`; the height
    /// in `options` plays no part (the width none, when vertical).
    public mutating func galley(_ article: Article, key: Int, options: LayoutOptions) -> Galley {
        let cacheKey = Key(article: key, options: LayoutCacheKey.normalised(options))
        if let hit = entries[cacheKey] { return hit }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        let galley = ArticleLayout.galley(article, options: options)
        entries[cacheKey] = galley
        return galley
    }

    /// The galley if it is cached, without setting it.
    public func cached(key: Int, options: LayoutOptions) -> Galley? {
        entries[Key(article: key, options: LayoutCacheKey.normalised(options))]
    }
}

enum LayoutCacheKey {
    static func normalised(_ options: LayoutOptions) -> LayoutOptions {
        // Horizontal lines depend on the width, vertical ones on the height (the column's length).
        var options = options
        if options.vertical { options.width = LayoutOptions.minimumWidth } else { options.height = nil }
        return options
    }
}
