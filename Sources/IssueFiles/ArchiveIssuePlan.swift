import IssueModel

extension ArchiveCatalog.Issue {
    /// The issue's plan: its crawler files as `IssuePlan.of` would plan their day folder; the
    /// articles of other layouts a page a 版, each file read by its layout — once for all the
    /// issue's pages.
    public var plan: IssuePlan {
        let crawler = files.filter(\.isCrawler).map(\.path)
        var pages = crawler.isEmpty ? [] : CrawlerLayout().pages(of: crawler)
        let placed = files.filter { !$0.isCrawler }
        let date = date, memo = ArchiveFileCache()
        var start = placed.startIndex
        while start < placed.endIndex {
            let page = placed[start].page
            let end = placed[start...].firstIndex { $0.page != page } ?? placed.endIndex
            let run = placed[start..<end]
            let wanted = Dictionary(grouping: run, by: \.path).mapValues { $0.map(\.article) }
            let paths = run.map(\.path).reduce(into: [String]()) { if $1 != $0.last { $0.append($1) } }
            let layouts = Dictionary(run.map { ($0.path, $0.layout) }, uniquingKeysWith: { first, _ in first })
            let name = ([date.chinese] + [CrawlerFileName.pageName(ifKnown: page)].compactMap { $0 }).joined(separator: " ")
            pages.append(PlannedPage(name: name, header: date.chinese, date: date, number: page > 0 ? page : nil, files: paths) {
                path throws(PageInputError) in
                let articles = try memo.articles(of: path, layout: layouts[path] ?? IssuePlan.crawler) { _ throws(PageInputError) in "" }.get()
                return FileArticles(articles: (wanted[path] ?? []).compactMap { articles[$0] })
            })
            start = end
        }
        return IssuePlan(name: date.iso, pages: pages)
    }
}
