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
        let pages = try PopplerPages.pages(of: bytes, name: name)
        let named = Self.place(inName: PageOrder.name(of: name))
        var placed: [PlacedArticle] = []
        for (index, page) in pages.enumerated() {
            let reading = PDFPageArticles(page)
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

    /// The date and 版 a file's name gives: eight digits of a date, then two of the 版
    /// (`rmrb2018010207.pdf`, `20180102-07.pdf`), or a date alone.
    static func place(inName name: String) -> (date: IssueDate?, page: Int?) {
        let digits = name.split { !$0.isASCII || !$0.isNumber }.map(String.init)
        let joined = name.filter { $0.isASCII && $0.isNumber }
        for run in digits + [joined] where run.count >= 8 {
            let start = run.startIndex
            guard let year = Int(run[start..<run.index(start, offsetBy: 4)]), (1946...2199).contains(year),
                  let month = Int(run[run.index(start, offsetBy: 4)..<run.index(start, offsetBy: 6)]),
                  let day = Int(run[run.index(start, offsetBy: 6)..<run.index(start, offsetBy: 8)]),
                  let date = IssueDate(year: year, month: month, day: day) else { continue }
            let rest = run.dropFirst(8)
            let page = rest.count == 2 || rest.count == 3 ? Int(rest) : nil
            if page == nil, run == joined, digits.count > 1, let last = digits.last, last.count <= 3, last != run { return (date, Int(last)) }
            return (date, page)
        }
        return (nil, nil)
    }
}
