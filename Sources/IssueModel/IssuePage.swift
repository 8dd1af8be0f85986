/// One page (版面) of an issue of several: its name (the file it came from), its header line, and
/// which of the issue's articles it holds. An issue read from one file is one page.
public struct IssuePage: Sendable, Equatable {
    public var name: String
    public var header: String?
    /// Indices into `Issue.articles`; empty for a page with no articles.
    public var articles: Range<Int>

    public init(name: String, header: String?, articles: Range<Int>) {
        self.name = name
        self.header = header
        self.articles = articles
    }
}

extension Issue {
    /// The pages parsed one by one, as one issue: the articles in one list, page after page, so
    /// that search, n/N and ]/[ run through every page; `pages` says where each page's articles are.
    public static func joining(_ pages: [(name: String, issue: Issue)]) -> Issue {
        if pages.count == 1 { return pages[0].issue }
        var articles: [Article] = []
        var list: [IssuePage] = []
        for page in pages {
            let start = articles.count
            articles += page.issue.articles
            list.append(IssuePage(name: page.name, header: page.issue.header, articles: start..<articles.count))
        }
        var issue = Issue(header: nil, articles: articles)
        issue.pages = list
        return issue
    }

    /// The pages: those joined, or the issue as one page.
    public var pageList: [IssuePage] {
        pages.isEmpty ? [IssuePage(name: "", header: header, articles: 0..<articles.count)] : pages
    }

    /// The page that holds `article`: a binary search, since pages hold the articles in order.
    public func page(of article: Int) -> Int {
        // The last page that starts at or before the article…
        var low = 0, high = pages.count
        while low < high {
            let middle = (low + high) / 2
            if pages[middle].articles.lowerBound <= article { low = middle + 1 } else { high = middle }
        }
        // …passing over pages with no articles, which start where the next one does.
        var page = low - 1
        while page > 0 && pages[page].articles.isEmpty { page -= 1 }
        return max(0, page)
    }
}
