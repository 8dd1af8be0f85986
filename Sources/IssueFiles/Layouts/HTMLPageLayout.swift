import IssueModel
import MarkupTree

/// A saved news page, one article a file (`.html`, `.htm`): an e-paper article page of any
/// generation, or any news site's (`PageArticle`). Its date and 版 as the page prints them, else
/// as its name or its folders give them (`nw.D110000renmrb_20181120_1-07.htm`,
/// `data/20210617/<ID>/index.html`); the 版's name from the day's page
/// list where it is saved beside it (`PageListNames`).
public struct HTMLPageLayout: ArticleFileLayout {
    public var kind: String { "news pages (.html, .htm)" }

    public init() {}

    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        [".html", ".htm", ".xhtml", ".shtml"].contains { name.lowercased().hasSuffix($0) }
    }

    /// The bytes to the tree as the page names its charset (`MarkupBytes`).
    public func articles(inBytes bytes: [UInt8], name: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String]) {
        (try articles(in: try MarkupBytes.html(bytes, name: name), name: name), [])
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        try articles(in: try MarkupBytes.html(Array(text.utf8), name: name), name: name)
    }

    func articles(in tree: MarkupNode, name: String) throws(PageInputError) -> [PlacedArticle] {
        guard var placed = PageArticle.placed(in: tree) else {
            // (A day's list of its 版 and their articles, saved beside them: no article, and no fault.)
            if Self.isPageList(PageOrder.name(of: name)) { return [] }
            throw .notArticles(name, reason: "no article in this page (no headline, no body)")
        }
        let file = PageOrder.name(of: name)
        // (Apple Daily's archive: `data/20210617/<ID>/index.html` — the nearest folder that is a date.)
        placed.date = placed.date ?? name.split(separator: "/").reversed().lazy.compactMap { PrintedDate.date(in: String($0)) }.first
        placed.page = placed.page ?? Self.page(inName: file)
        if let page = placed.page { placed.pageName = PageListNames.name(ofPage: page, besideArticle: name) }
        return [placed]
    }

    /// `node_01.html` (from December 2024), `nbs.D110000renmrb_01.htm` (before): an e-paper's page lists.
    static func isPageList(_ name: String) -> Bool {
        name.range(of: "^(node_[0-9]+\\.html?|nbs\\..*_[0-9]+\\.html?)$", options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// `…_1-07.htm`: the 版 after the last hyphen of an e-paper file name.
    static func page(inName name: String) -> Int? {
        guard let match = name.range(of: "-[0-9]{1,3}\\.[a-z]*html?$", options: .regularExpression) else { return nil }
        return Int(name[match].filter(\.isNumber))
    }
}
