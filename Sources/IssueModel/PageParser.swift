/// Turns the text of a page into an `Issue`: the page header, then articles, each with its headline
/// block, byline, mended paragraphs and credit. Nothing of the text is lost or altered: every
/// non-whitespace character lands, once and in order, in the header, a kicker, headline,
/// subheadline, paragraph or credit.
public enum PageParser {
    public static func parse(_ text: String) -> Issue {
        var header: String?, articles: [Article] = []
        parse(text, header: { header = $0 }, article: { articles.append($0) })
        return Issue(header: header, articles: articles)
    }

    /// The same, a piece at a time: `header` hears the page header (if there is one) first, then
    /// `article` every article in order, as soon as it is made — so that `--dump` can write each
    /// and let it go instead of holding the whole issue.
    public static func parse(_ text: String, header: (String) -> Void, article each: (Article) -> Void) {
        let lines = PageLine.lines(of: text)
        guard !lines.isEmpty else { return }
        var pageStart = 0
        if PageHeader.isHeader(lines[0].scalars) {
            header(String(lines[0].text))
            pageStart = 1
        }
        let starts = ArticleStart.find(in: lines, pageStart: pageStart)
        // Text before the first headline block (or a page with none): an article of its own, titled
        // by its first line if that looks like a title.
        let firstBlock = starts.first?.blockStart ?? lines.count
        if firstBlock > pageStart {
            let prelude = lines[pageStart..<firstBlock]
            if prelude.count > 1, let first = prelude.first, first.isTitleLike {
                each(article(headlineBlock: [first], body: prelude.dropFirst()))
            } else {
                each(article(headlineBlock: [], body: prelude))
            }
        }
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1].blockStart : lines.count
            each(article(headlineBlock: Array(lines[start.blockStart..<start.bodyStart]), body: lines[start.bodyStart..<end]))
        }
    }

    /// One line: headline. Two: kicker and headline — or headline and subheadline when the second starts
    /// with a dash. Three: kicker, headline, subheadline.
    static func article(headlineBlock block: [PageLine], body: ArraySlice<PageLine>) -> Article {
        var kicker: String?, headline = "", subheadline: String?
        switch block.count {
        case 0: break
        case 1: headline = String(block[0].text)
        case 2 where block[1].scalars.first == "—" || block[1].scalars.first == "－":
            headline = String(block[0].text)
            subheadline = String(block[1].text)
        case 2:
            kicker = String(block[0].text)
            headline = String(block[1].text)
        default:
            kicker = String(block[0].text)
            headline = String(block[1].text)
            subheadline = String(block[2].text)
        }
        var bodyLines = body
        var credit: String?
        if bodyLines.count > 1, let last = bodyLines.last, last.isCredit {
            credit = String(last.text)
            bodyLines = bodyLines.dropLast()
        }
        let byline = bodyLines.first.flatMap { LeadLine.byline($0.scalars) }
        return Article(
            kicker: kicker, headline: headline, subheadline: subheadline, byline: byline,
            paragraphs: ColumnBreakMending.mend(bodyLines), credit: credit)
    }
}
