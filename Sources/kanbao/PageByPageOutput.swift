import IssueFiles
import IssueModel
import TextLayout

/// `--json` and `--list`, written a page at a time as the files are read: the issue is never held
/// whole, so that an archive of ten thousand files costs one page's memory.
enum PageByPageOutput {
    static func json(_ reading: IssueReading) throws(PageInputError) {
        var writer = IssueJSON.Writer(paged: reading.plan.pages.count > 1) { Output.write($0) }
        try eachPage(reading) { name, header, articles, index in
            let page = reading.plan.pages[index]
            writer.page(name: name, header: header, date: page.date, number: page.number, articles[...])
        }
        writer.finish()
    }

    static func list(_ reading: IssueReading) throws(PageInputError) {
        let count = reading.plan.pages.count
        var number = 1
        try eachPage(reading) { name, _, articles, index in
            Output.write(HeadlineList.lines(label: count > 1 ? PageLabel.text(page: index, of: count, name: name) : nil,
                                            articles[...], firstNumber: number))
            number += articles.count
        }
    }

    /// Reads the plan, handing on each page once its files are read: its name, header, articles and
    /// index in the plan.
    private static func eachPage(_ reading: IssueReading, _ body: (String, String?, [Article], Int) -> Void) throws(PageInputError) {
        var page: (index: Int, header: String?, articles: [Article])?
        func handOn() {
            if let page { body(reading.plan.pages[page.index].name, page.header, page.articles, page.index) }
        }
        _ = try reading.walk(
            beginPage: { handOn(); page = ($0, nil, []) },
            header: { page?.header = $0 },
            article: { page?.articles.append($0) })
        handOn()
    }
}
