import IssueModel

/// A record (a JSON object, a CSV row) as a placed article: its fields found by `RecordFields`,
/// HTML in them reduced to text, its title lines typed, its date and 版 read as the files write them.
enum RecordArticle {
    /// Nil for a record with neither title nor text.
    static func placed(_ record: [String: RecordValue], fields: RecordFields) -> PlacedArticle? {
        placed(record, found: fields.assignment(of: Array(record.keys)))
    }

    static func placed(_ record: [String: RecordValue], found: [RecordFields.Role: String]) -> PlacedArticle? {
        func value(_ role: RecordFields.Role) -> RecordValue? { found[role].flatMap { record[$0] } }
        func text(_ role: RecordFields.Role) -> String? {
            value(role)?.text.map(MarkupText.reduced).flatMap { ArticleAssembly.trimmed($0).isEmpty ? nil : $0 }
        }
        let headline = text(.headline), body = text(.body)
        guard headline != nil || body != nil else { return nil }
        let author = text(.author).map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        let article: Article
        if found[.kicker] != nil || found[.subheadline] != nil {
            // (A typed title broken over lines is one line: `顶住压力 振奋精神 在加快⏎新旧动能…`.)
            func line(_ title: String?) -> String? { title.map { titleLines($0).joined(separator: " ") } }
            article = ArticleAssembly.article(kicker: line(text(.kicker)), headline: line(headline) ?? "",
                                              subheadline: line(text(.subheadline)), body: body ?? "", author: author)
        } else {
            article = ArticleAssembly.article(titles: headline.map(titleLines) ?? [], body: body ?? "", author: author)
        }
        let date = value(.date)?.date
        let page = text(.page).flatMap(PrintedDate.page(in:)) ?? value(.date)?.text.flatMap(PrintedDate.page(in:))
        return PlacedArticle(article, date: date, page: page, pageName: text(.section))
    }

    /// A title field's lines, as it breaks them.
    static func titleLines(_ title: String) -> [String] {
        title.split(whereSeparator: \.isNewline).map { String(ArticleAssembly.trimmed($0)) }.filter { !$0.isEmpty }
    }

    /// Records made articles one at a time, as a file is read. A file none of whose records has a
    /// title or text it can find is an error naming the fields it saw.
    struct Collecting {
        let fields: RecordFields
        let name: String
        private(set) var articles: [PlacedArticle] = []
        /// (Records nearly always share their fields: each set of names is told once.)
        private var told: [Set<String>: [RecordFields.Role: String]] = [:]

        init(fields: RecordFields, name: String) {
            self.fields = fields
            self.name = name
        }

        mutating func add(_ record: [String: RecordValue]) {
            let names = Set(record.keys)
            if told[names] == nil { told[names] = fields.assignment(of: Array(names)) }
            if let article = placed(record, found: told[names]!) { articles.append(article) }
        }

        func finish() throws(PageInputError) -> [PlacedArticle] {
            guard articles.isEmpty else { return articles }
            let seen = Set(told.keys.flatMap { $0 }).sorted()
            if seen.isEmpty { throw .notArticles(name, reason: "holds no articles (no records)") }
            let what = "no title or text among its fields (" + seen.prefix(12).joined(separator: ", ") + ")"
            throw .notArticles(name, reason: what + "; say which is which with --fields headline=…,body=…")
        }
    }
}
