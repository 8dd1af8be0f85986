import IssueModel

/// The paper's database export: many articles a text file, each its title lines, a line
/// `作者：孟祥麟;黄发红;刘歌  时间：2019-12-25`, then its paragraphs. Told from a page text by that
/// line in the file's first lines.
public struct ExportLayout: ArticleFileLayout {
    public var kind: String { "exports (title lines, 作者：…  时间：YYYY-MM-DD, paragraphs)" }

    public var tellsByContent: Bool { true }

    public init() {}

    /// A `.txt` whose first lines hold a metadata line. (A head of one line end asks the name only.)
    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        guard name.lowercased().hasSuffix(".txt") else { return false }
        let bytes = head()
        if bytes == [0x0A] { return true }
        let text = (try? TextDecoding.decode(bytes, name: name))?.text ?? ""
        return text.split(separator: "\n").prefix(12).contains { Self.meta($0) != nil }
    }

    /// The author and date of a metadata line: unindented, `作者：…  时间：YYYY-MM-DD` or only `时间：…`.
    static func meta(_ line: Substring) -> (author: String, date: IssueDate)? {
        let trimmed = ArticleAssembly.trimmed(line)
        guard line.hasPrefix("作者：") || line.hasPrefix("时间："), let time = trimmed.range(of: "时间："),
              let date = PrintedDate.date(in: String(trimmed[time.upperBound...])) else { return nil }
        let author = trimmed.hasPrefix("作者：") ? trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)..<time.lowerBound] : ""
        return (author.split(separator: ";").map { ArticleAssembly.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: " "), date)
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let metas = lines.indices.compactMap { index in Self.meta(lines[index]).map { (index, $0) } }
        guard !metas.isEmpty else { throw .notArticles(name, reason: "no 作者：…  时间：YYYY-MM-DD line") }
        // Each article's title lines: the unindented lines right above its metadata line.
        let starts = metas.map { index, _ in
            var start = index
            while start > 0, index - start < 4, let above = lines[start - 1].unicodeScalars.first, !above.properties.isWhitespace { start -= 1 }
            return start
        }
        return metas.indices.map { number in
            let (index, meta) = metas[number]
            let end = number + 1 < metas.count ? starts[number + 1] : lines.count
            let titles = lines[starts[number]..<index].map(String.init)
            let body = lines[(index + 1)..<max(index + 1, end)].joined(separator: "\n")
            return PlacedArticle(ArticleAssembly.article(titles: titles, body: body, author: meta.author.isEmpty ? nil : meta.author),
                                 date: meta.date)
        }
    }
}
