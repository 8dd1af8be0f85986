import Foundation
import IssueModel
import PageGeometry

/// Newspaper page PDFs, as the e-paper publishes them and most people download them: a file a 版
/// (`rmrb2018010207.pdf`), or a day merged into one file (a 版 a page). Each page read by poppler
/// (`PopplerPages`) and set apart into articles as its readers read it (`PDFPageArticles`); the
/// date and 版 from the file's name where it holds them (`…YYYYMMDDPP.pdf`), else as the page
/// prints them.
public struct PDFPageLayout: ArticleFileLayout {
    public var kind: String { "page PDFs (.pdf)" }

    public init() {}

    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        name.lowercased().hasSuffix(".pdf") || head().starts(with: Array("%PDF-".utf8))
    }

    public func articles(inBytes bytes: [UInt8], name: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String]) {
        let pages = try PopplerPages.pages(of: bytes, name: name, each: PDFPageArticles.init)
        let named = Self.place(inName: PageOrder.name(of: name))
        var placed: [PlacedArticle] = []
        for (index, reading) in pages.enumerated() {
            // (A merged day: the name's 版 is its first page's; the pages print their own.)
            let number = reading.pageNumber ?? named.page.map { $0 + index }
            for article in reading.articles {
                placed.append(PlacedArticle(article, date: named.date ?? reading.date, page: pages.count == 1 ? named.page ?? number : number,
                                            pageName: reading.pageName))
            }
        }
        return (placed, [])
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        throw .notArticles(name, reason: "a PDF is read from its bytes, not as text")
    }

    /// The date and 版 a file's name gives: eight digits of a date, then two or three of the 版, run
    /// on or as the next number (`rmrb2018010207.pdf`, `20180102-07.pdf`, `rmrb-2018-01-02-07.pdf`),
    /// or a date alone.
    static func place(inName name: String) -> (date: IssueDate?, page: Int?) {
        let runs = name.split { !$0.isASCII || !$0.isNumber }.map(String.init)
        // (Each number, then all of them run together: a date written with hyphens.)
        let candidates = runs.indices.map { (runs[$0], runs.indices.contains($0 + 1) ? runs[$0 + 1] : nil) } + [(runs.joined(), nil)]
        for (run, next) in candidates where run.count >= 8 {
            let digits = Array(run)
            guard let year = Int(String(digits[0..<4])), (1946...2199).contains(year), let month = Int(String(digits[4..<6])),
                  let day = Int(String(digits[6..<8])), let date = IssueDate(year: year, month: month, day: day) else { continue }
            let rest = String(digits[8...])
            let page = rest.isEmpty ? next.flatMap { (1...3).contains($0.count) ? Int($0) : nil } : ((2...3).contains(rest.count) ? Int(rest) : nil)
            return (date, page)
        }
        return (nil, nil)
    }
}
