/// An article with where it stands in the paper, as far as its source says: the issue's date, the
/// 版 and the 版's name. Layouts whose files hold many articles (records, exports) give each its
/// place; the pages of an issue are made from these places.
public struct PlacedArticle: Sendable, Equatable {
    public var article: Article
    public var date: IssueDate?
    /// The 版's number.
    public var page: Int?
    /// The 版's name as the source gives it (`第05版：评论`, `评论`).
    public var pageName: String?

    public init(_ article: Article, date: IssueDate? = nil, page: Int? = nil, pageName: String? = nil) {
        self.article = article
        self.date = date
        self.page = page
        self.pageName = pageName
    }

    /// Articles of one place go on one page, in order.
    public func samePlace(as other: PlacedArticle) -> Bool {
        (date, page, pageName) == (other.date, other.page, other.pageName)
    }
}
