/// Where a query was found: clusters `start..<end` of block `block` (as `ArticleBlocks` numbers
/// them, and as `SourceSpan` does) of article `article`. Ordered as they come in the issue.
public struct SearchMatch: Hashable, Comparable, Sendable {
    public var article: Int
    public var block: Int
    public var start: Int
    public var end: Int

    public init(article: Int, block: Int, start: Int, end: Int) {
        self.article = article
        self.block = block
        self.start = start
        self.end = end
    }

    public static func < (a: SearchMatch, b: SearchMatch) -> Bool {
        (a.article, a.block, a.start) < (b.article, b.block, b.start)
    }
}

/// Every match of one query in the issue, in order, with the matches of each article at hand.
public struct SearchResults: Sendable {
    public let query: String
    public let matches: [SearchMatch]
    /// `matches[articleStarts[a]..<articleStarts[a + 1]]` are article a's.
    private let articleStarts: [Int]

    init(query: String, matches: [SearchMatch], articleCount: Int) {
        self.query = query
        self.matches = matches
        var starts = Array(repeating: matches.count, count: articleCount + 1)
        for (index, match) in matches.enumerated().reversed() { starts[match.article] = index }
        // An article without matches starts where the next one does.
        for article in stride(from: articleCount - 1, through: 0, by: -1) where starts[article] > starts[article + 1] {
            starts[article] = starts[article + 1]
        }
        articleStarts = starts
    }

    public var isEmpty: Bool { matches.isEmpty }
    public var count: Int { matches.count }

    public func range(inArticle article: Int) -> Range<Int> {
        guard article >= 0, article + 1 < articleStarts.count else { return 0..<0 }
        return articleStarts[article]..<articleStarts[article + 1]
    }

    public func count(inArticle article: Int) -> Int { range(inArticle: article).count }

    /// The first match at or after `place` (compared by article, block, start), if there is one.
    public func firstIndex(atOrAfter place: SearchMatch) -> Int? {
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle] < place { low = middle + 1 } else { high = middle }
        }
        return low < matches.count ? low : nil
    }
}
