import IssueModel
import MarkupTree

/// RSS 2.0 and Atom feeds (`.xml`, `.rss`, `.atom` that open as one): an item an article, its HTML
/// (`content:encoded`, `description`, Atom `content`/`summary`) read as a news page
/// (`PageArticle`); `[01版：要闻]` before a title gives the 版 and its name; the date as the item's
/// page prints it, else its `pubDate`, else the feed's file name (`rmrb_2026-05-01.xml`). An item
/// without full text is its title, its summary and its link — or, where `kanbao get` kept the
/// linked page beside the feed (`FeedItemPages`), that page's article.
public struct FeedLayout: ArticleFileLayout {
    public var kind: String { "RSS or Atom feeds (.xml, .rss, .atom)" }

    public init() {}

    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".rss") || lower.hasSuffix(".atom") { return true }
        guard lower.hasSuffix(".xml") else { return false }
        let text = String(decoding: head(), as: UTF8.self)
        return text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:RDF")
    }

    /// One item of a feed: its article, and the link to its page when it has no full text (a
    /// title, a summary, a link).
    public struct Item: Sendable {
        public let placed: PlacedArticle
        public let wantsPage: String?
    }

    /// The feed's items, in order, each read once (what `kanbao get` needs of a feed: its days and
    /// the pages it lacks, from one parse).
    public func items(inBytes bytes: [UInt8], name: String) throws(PageInputError) -> [Item] {
        guard let feed = MarkupParser.xml(bytes) else { throw .notArticles(name, reason: "not XML: no feed in it") }
        let fileDate = PrintedDate.date(in: PageOrder.name(of: name))
        let items = feed.elements().filter { $0.name == "item" || $0.name == "entry" }.compactMap { item(in: $0, fileDate: fileDate) }
        if items.isEmpty { throw .notArticles(name, reason: "a feed with no items") }
        return items
    }

    public func articles(inBytes bytes: [UInt8], name: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String]) {
        (try items(inBytes: bytes, name: name).map(\.placed), [])
    }

    /// The feed's articles, an item without full text replaced by its page where one is kept beside it.
    public func read(_ path: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String]) {
        let name = path == "-" ? PageSource.standardInputName : path
        let articles = try items(inBytes: try PageSource.readBytes(path: path), name: name).map { item -> PlacedArticle in
            let placed = item.placed
            guard let link = item.wantsPage, path != "-", let page = FeedItemPages.article(forLink: link, besideFeed: path) else { return placed }
            var article = page
            if article.article.headline.isEmpty { article.article.headline = placed.article.headline }
            article.date = placed.date ?? page.date
            article.page = placed.page ?? page.page
            article.pageName = placed.pageName ?? page.pageName
            return article
        }
        return (articles, [])
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        try articles(inBytes: Array(text.utf8), name: name).articles
    }

    /// An item's article, and its link when it has no full text (a summary shorter than
    /// `summaryLength`, no page in its HTML).
    func item(in item: MarkupNode, fileDate: IssueDate?) -> Item? {
        func field(_ names: [String]) -> String? {
            for name in names {
                if let found = item.children.first(where: { $0.name == name }) {
                    let text = found.textContent
                    if !PageArticle.line(text).isEmpty { return text }
                }
            }
            return nil
        }
        var title = PageArticle.line(field(["title"]) ?? "")
        var page: Int?, section: String?
        // `[01版：要闻] 标题`
        if title.hasPrefix("["), let close = title.firstIndex(of: "]") {
            let label = String(title[title.index(after: title.startIndex)..<close])
            if let number = PrintedDate.page(in: "第" + label.prefix { $0.isNumber } + "版") {
                page = number
                section = label.split(separator: "：", maxSplits: 1).dropFirst().first.map(String.init)
                title = PageArticle.line(String(title[title.index(after: close)...]))
            }
        }
        let html = field(["content:encoded", "content", "description", "summary"]) ?? ""
        let markup = MarkupParser.html(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8")
        var placed = markup.flatMap(PageArticle.placed(in:))
        var wantsPage: String?
        if placed == nil || placed!.article.headline.isEmpty {
            // (No page in it: the item's own title, and its text as it is.)
            let text = PageArticle.line(markup?.textContent ?? "")
            guard !title.isEmpty || !text.isEmpty else { return nil }
            var article = placed?.article ?? ArticleAssembly.article(titles: [title], body: text)
            article.headline = title
            // (A summary only: where the whole text is, the last line.)
            if placed == nil, let link = field(["link"]).map(PageArticle.line) ?? item.children.first(where: { $0.name == "link" })?.attributes["href"],
               !link.isEmpty {
                article.paragraphs.append(link)
                if text.count < Self.summaryLength { wantsPage = link }
            }
            placed = PlacedArticle(article, date: placed?.date, page: placed?.page)
        }
        placed!.page = placed!.page ?? page
        placed!.pageName = section
        placed!.date = placed!.date ?? field(["pubdate", "published", "updated", "dc:date"]).flatMap(Self.date) ?? fileDate
        return Item(placed: placed!, wantsPage: wantsPage)
    }

    /// Text shorter than this (characters) is a summary, not the article.
    static let summaryLength = 300

    /// `Thu, 30 Apr 2026 23:15:42 +0000` or an ISO date.
    static func date(_ text: String) -> IssueDate? {
        if let iso = PrintedDate.date(in: text) { return iso }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard let monthIndex = words.firstIndex(where: { months.contains(String($0.prefix(3))) }), monthIndex > 0,
              monthIndex + 1 < words.count, let day = Int(words[monthIndex - 1]), let year = Int(words[monthIndex + 1]) else { return nil }
        return IssueDate(year: year, month: months.firstIndex(of: String(words[monthIndex].prefix(3)))! + 1, day: day)
    }
}
