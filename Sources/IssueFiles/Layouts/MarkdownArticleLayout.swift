import IssueModel
import Yams

/// One article a Markdown file: YAML front matter (`title`, `date`, `author`) over a `# title` and
/// the text; or the header block of the paper's 1946–2003 run (`### title`, the author, the date,
/// `第N版(栏目)`, `专栏：…`) over the title lines again and the text; or only a heading and the
/// text, dated by the file's name (`1946-05-15_发刊词.md`) if at all. The title the text repeats
/// is not repeated, and the markup is not shown.
public struct MarkdownArticleLayout: ArticleFileLayout {
    public var kind: String { "Markdown articles (.md)" }

    public init() {}

    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        [".md", ".markdown"].contains { name.lowercased().hasSuffix($0) }
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var fields: [String: RecordValue] = [:]
        if lines.first.map({ $0.trimmingSpaces }) == "---", let end = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces == "---" }) {
            let yaml = lines[(lines.startIndex + 1)..<end].joined(separator: "\n")
            guard case .object(let front)? = (try? Yams.load(yaml: yaml)).flatMap({ $0 }).map(RecordValue.init) else {
                throw .notArticles(name, reason: "front matter (between the --- lines) that is no YAML mapping")
            }
            fields = front
            lines = lines[(end + 1)...]
        }
        while let first = lines.first, first.trimmingSpaces.isEmpty { lines = lines.dropFirst() }
        var titles: [String] = [], page: Int?, section: String?, date = fields["date"]?.date
        var byline = fields["author"]?.text ?? fields["作者"]?.text
        if let first = lines.first, let heading = MarkdownText.heading(first) {
            titles = RecordArticle.titleLines(heading.text)
            lines = lines.dropFirst()
            if let block = PaperHeader(lines) {
                (date, page, section) = (block.date, block.page, block.section)
                byline = block.author ?? byline
                lines = lines.dropFirst(block.lines)
            }
        }
        // (The front matter's title is the title; a heading that says something else is text.)
        if let title = fields["title"]?.text.map(MarkupText.plain), !ArticleAssembly.trimmed(title).isEmpty {
            let heading = titles
            titles = RecordArticle.titleLines(title)
            if !heading.isEmpty && heading.joined() != titles.joined() { lines = [Substring(heading.joined(separator: " "))] + lines }
        }
        let body = lines.map(MarkdownText.plain).joined(separator: "\n")
        let article = ArticleAssembly.article(titles: titles, body: body, author: byline)
        if article.headline.isEmpty && article.paragraphs.isEmpty { throw .empty(name) }
        return [PlacedArticle(article, date: date ?? PrintedDate.date(in: PageOrder.name(of: name)), page: page, pageName: section)]
    }

    /// The 1946–2003 run's lines under the title: the author (or an empty line), the date, `第N版(栏目)`
    /// and `专栏：…`.
    struct PaperHeader {
        var author: String?
        var date: IssueDate
        var page: Int?
        var section: String?
        /// How many lines it took.
        var lines: Int

        init?(_ lines: ArraySlice<Substring>) {
            let head = Array(lines.prefix(6)).map { ArticleAssembly.trimmed($0) }
            guard let dateIndex = head.prefix(3).firstIndex(where: { $0.count == 10 && PrintedDate.date(in: String($0)) != nil }),
                  let date = PrintedDate.date(in: String(head[dateIndex])) else { return nil }
            self.date = date
            author = head[..<dateIndex].map(String.init).first { !$0.isEmpty }
            var index = dateIndex + 1
            if index < head.count, let page = PrintedDate.page(in: String(head[index].prefix { $0 != "(" && $0 != "（" })) {
                self.page = page
                let inner = head[index].drop { $0 != "(" && $0 != "（" }.dropFirst().prefix { $0 != ")" && $0 != "）" }
                section = inner.isEmpty ? nil : String(inner)
                index += 1
            }
            if index < head.count, head[index].hasPrefix("专栏") { index += 1 }
            self.lines = index
        }
    }
}
