import IssueModel

/// Reads the files of a plan, one at a time and in order, into pages and articles. In a plan of
/// several files, one found in a folder that cannot be read as text (empty, binary, unreadable, too
/// large) is skipped with a warning, and only a plan with nothing readable fails; the error of a
/// single file, or of a file named on the command line, is the error.
public struct IssueReading {
    /// One file's text, read and decoded; nil stands for the page bundled with Kanbao.
    public typealias TextSource = (String?) throws(PageInputError) -> String

    public let plan: IssuePlan
    let text: TextSource
    let warn: (String) -> Void
    /// Hears each file's text as it is read (for the key the reader's place is kept under).
    public var eachText: (String) -> Void = { _ in }
    /// Hears how many of the plan's files have been read, and of how many, after each.
    public var progress: (_ done: Int, _ of: Int) -> Void = { _, _ in }

    public init(_ plan: IssuePlan, text: @escaping TextSource, warn: @escaping (String) -> Void) {
        self.plan = plan
        self.text = text
        self.warn = warn
    }

    /// Reads every file: `beginPage` hears each page (its index in the plan) before its header and
    /// articles — a page none of whose files could be read is not begun. How many files were skipped.
    public func walk(beginPage: (Int) -> Void, header: (String) -> Void, article: (Article) -> Void) throws(PageInputError) -> Int {
        let total = plan.fileCount
        let forgiving = total > 1 || !plan.passedOver.isEmpty
        for passed in plan.passedOver { warn("skipped \(passed.path): \(passed.reason)") }
        var skipped = plan.passedOver.count, read = 0, done = 0
        for (index, page) in plan.pages.enumerated() {
            var begun = false
            for file in page.files {
                done += 1
                let got: Content
                do {
                    got = try content(of: file, in: page)
                } catch {
                    guard forgiving, let file, !plan.namedFiles.contains(file) else { throw error }
                    warn("skipped \(error)")
                    skipped += 1
                    continue
                }
                if !begun {
                    beginPage(index)
                    if let known = page.header { header(known) }
                    begun = true
                }
                switch got {
                case .text(let pageText):
                    eachText(pageText)
                    page.parse(pageText, header, article)
                case .articles(let read):
                    for warning in read.warnings { warn(warning) }
                    eachText(page.name + "\n" + read.articles.map(\.sourceTexts).joined().joined(separator: "\n"))
                    read.articles.forEach(article)
                }
                read += 1
                progress(done, total)
            }
        }
        if read == 0 { throw .nothingReadable(plan.name, files: skipped) }
        return skipped
    }

    private enum Content {
        case text(String)
        case articles(FileArticles)
    }

    /// A file of a page: its text for the page's `parse`, or its articles read by its layout.
    private func content(of file: String?, in page: PlannedPage) throws(PageInputError) -> Content {
        if let articles = page.articles, let file { return .articles(try articles(file)) }
        return .text(try text(file))
    }

    /// The whole issue: one page as it is, several joined (`Issue.joining`); and how many files were skipped.
    public func issue() throws(PageInputError) -> (issue: Issue, skipped: Int) {
        var pages: [(name: String, issue: Issue)] = []
        let skipped = try walk(
            beginPage: { pages.append((plan.pages[$0].name, Issue(articles: []))) },
            header: { pages[pages.count - 1].issue.header = $0 },
            article: { pages[pages.count - 1].issue.articles.append($0) })
        return (Issue.joining(pages), skipped)
    }
}
