import IssueModel

/// One way newspaper text is kept on disk. Opening a path asks each layout in turn (`IssuePlan`)
/// whether the path is its; the first that says yes plans the pages and reads each file. A new way
/// of keeping papers is a new type conforming to this — or to `ArticleFileLayout`, for files that
/// say themselves where their articles go — added to `IssuePlan.layouts`.
public protocol InputLayout: Sendable {
    /// What its files are, for messages (`JSON records (.json, .jsonl)`).
    var kind: String { get }
    /// Whether a file named on the command line is one of this layout's (by its name, or its first bytes).
    func owns(file path: String) -> Bool
    /// This layout's files in a folder that was opened, looked for as deep as the layout keeps them
    /// (none when the folder is not kept this way), and the files beside them that are not its.
    func files(in folder: FolderListing) -> FolderClaim
    /// Its files grouped into pages, in reading order.
    func pages(of files: [String]) -> [PlannedPage]
}

/// One page (版) of an issue as planned: what it will be called, and which files make it, read how.
public struct PlannedPage: Sendable {
    /// How the page is named (`02_要闻.txt`, `2019年10月1日 星期二 第01版`).
    public var name: String
    /// The page's header, when the layout knows it before reading (a page text's header is its first line).
    public var header: String?
    /// The issue's date and the 版's number, when the layout knows them (`--json` gives them).
    public var date: IssueDate?
    public var number: Int?
    /// Paths; nil stands for the page bundled with Kanbao (read by the caller's text source).
    public var files: [String?]
    /// One file's text into the page: `header` hears a page header line found in it, `article` each article.
    public var parse: @Sendable (_ text: String, _ header: (String) -> Void, _ article: (Article) -> Void) -> Void
    /// For a layout that reads its files itself (`ArticleFileLayout`): a file's articles on this
    /// page, and the warnings of its reading — instead of the text source and `parse`.
    public var articles: (@Sendable (String) throws(PageInputError) -> FileArticles)?

    public init(name: String, header: String? = nil, date: IssueDate? = nil, number: Int? = nil, files: [String?],
                parse: @escaping @Sendable (String, (String) -> Void, (Article) -> Void) -> Void) {
        self.name = name
        self.header = header
        self.date = date
        self.number = number
        self.files = files
        self.parse = parse
    }

    /// A page whose files' articles are read by their layout.
    public init(name: String, header: String?, date: IssueDate?, number: Int?, files: [String],
                articles: @escaping @Sendable (String) throws(PageInputError) -> FileArticles) {
        self.init(name: name, header: header, date: date, number: number, files: files) { _, _, _ in }
        self.articles = articles
    }
}

/// What a file held for a page: its articles, and what was said while reading it (bytes replaced).
public struct FileArticles: Sendable {
    public var articles: [Article]
    public var warnings: [String]

    public init(articles: [Article], warnings: [String] = []) {
        self.articles = articles
        self.warnings = warnings
    }
}

/// What a layout takes of a folder: its files, and the other files in the folders that hold them
/// (`photo.jpg` beside the articles), which are passed over with a warning.
public struct FolderClaim: Sendable {
    public var files: [String]
    public var passedOver: [PassedOver]

    public init(files: [String], passedOver: [PassedOver] = []) {
        self.files = files
        self.passedOver = passedOver
    }
}

/// A file left unread because it is not of its folder's layout, and why (for the warning).
public struct PassedOver: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
