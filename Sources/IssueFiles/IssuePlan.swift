import IssueModel

/// Which files make the issue, in which layout, as which pages — decided from the names and the
/// folders alone, before a byte of text is read.
public struct IssuePlan: Sendable {
    /// What the issue was opened as, for messages: the path (the first, when there were several).
    public var name: String
    public var pages: [PlannedPage]
    /// Files in the opened folders that are not of the layout they are kept in (`photo.jpg` in a
    /// day folder): not read, and said so.
    public var passedOver: [PassedOver] = []
    /// The files named on the command line themselves: the user asked for each, so one that cannot
    /// be read is an error, not skipped as a bad file found in a folder is.
    public var namedFiles: Set<String> = []

    public init(name: String, pages: [PlannedPage], passedOver: [PassedOver] = []) {
        self.name = name
        self.pages = pages
        self.passedOver = passedOver
    }

    /// The layouts a path is tried against, in turn: the page text, which takes any name, last.
    public static let layouts: [any InputLayout] = [
        CrawlerLayout(), JSONRecordsLayout(), CSVRecordsLayout(), MarkdownArticleLayout(), ExportLayout(), HTMLPageLayout(),
        FeedLayout(), PDFPageLayout(), PageTextLayout(),
    ]

    /// Which of the layouts whose files say where their articles go (records, Markdown articles,
    /// exports, pages, feeds) reads the file at `path` — such a file may be an archive of many days;
    /// nil for a crawler file, standard input or a file of none of them.
    public static func placingLayout(of path: String) -> Int? {
        guard path != "-", CrawlerFileName(PageOrder.name(of: path)) == nil else { return nil }
        return layouts.firstIndex { $0 is any ArticleFileLayout && $0.owns(file: path) }
    }

    /// Where the crawler's layout stands among them (an archive's files are numbered by it).
    public static let crawler = layouts.firstIndex { $0 is CrawlerLayout }!

    public var fileCount: Int { pages.reduce(0) { $0 + $1.files.count } }

    /// The plan for the paths named on the command line: each file to the first layout that owns its
    /// name, each folder to the first layout that finds its files in it; each layout's files then
    /// planned as its pages, the layouts' pages one after another.
    public static func of(_ arguments: [String]) throws(PageInputError) -> IssuePlan {
        var files = Array(repeating: [String](), count: layouts.count)
        var passedOver: [PassedOver] = []
        var named: Set<String> = []
        for argument in arguments {
            guard FolderListing.isFolder(argument) else {
                files[layouts.firstIndex { $0.owns(file: argument) } ?? layouts.count - 1].append(argument)
                named.insert(argument)
                continue
            }
            let listing = try FolderListing.of(argument)
            guard let (index, claim) = layouts.lazy.map({ $0.files(in: listing) }).enumerated().first(where: { !$0.element.files.isEmpty })
            else { throw .noPages(argument, expected: "no " + layouts.map(\.kind).joined(separator: ", ") + " in it") }
            files[index] += claim.files
            passedOver += claim.passedOver
        }
        let pages = zip(layouts, files).flatMap { layout, files in files.isEmpty ? [] : layout.pages(of: files) }
        var plan = IssuePlan(name: arguments.first ?? "", pages: pages, passedOver: passedOver)
        plan.namedFiles = named
        return plan
    }
}
