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
        let pageStart = firstLineAfterHeader(lines)
        if pageStart == 1 { header(String(lines[0].text)) }
        let roles = LineRoles.decide(lines, pageStart: pageStart)
        // An article is a run of title lines (kicker, headline, subheadline) and the body lines after it.
        var starts: [Int] = []
        for (index, role) in roles.enumerated() where role.isTitle && (index == 0 || !roles[index - 1].isTitle) {
            starts.append(pageStart + index)
        }
        // Text before the first headline block (or a page with none): an article of its own, untitled.
        let firstBlock = starts.first ?? lines.count
        if firstBlock > pageStart { each(article(titles: [], body: lines[pageStart..<firstBlock])) }
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : lines.count
            var bodyStart = start
            while bodyStart < end && roles[bodyStart - pageStart].isTitle { bodyStart += 1 }
            let titles = (start..<bodyStart).map { (lines[$0], roles[$0 - pageStart]) }
            each(article(titles: titles, body: lines[bodyStart..<end]))
        }
    }

    /// 1 when the first line is a page header (only the first line can be one), else 0.
    static func firstLineAfterHeader(_ lines: [PageLine]) -> Int {
        lines.first.map { PageHeader.isHeader($0.scalars) } == true ? 1 : 0
    }

    /// An article from its title lines, each in the role decided for it, and its body lines.
    static func article(titles: [(line: PageLine, role: LineRole)], body: ArraySlice<PageLine>) -> Article {
        var kicker: String?, title: String?, subheadline: String?
        // Lines a role has already been given to (never, when the roles were decided in order)
        // stay text: nothing is lost.
        var extra: [PageLine] = []
        for (line, role) in titles {
            switch role {
            case .kicker where kicker == nil && title == nil: kicker = String(line.text)
            case .headline where title == nil && subheadline == nil: title = String(line.text)
            case .subheadline where subheadline == nil: subheadline = String(line.text)
            default: extra.append(line)
            }
        }
        // A kicker with no headline under it is the headline.
        if title == nil, let only = kicker { (title, kicker) = (only, nil) }
        let body = extra.isEmpty ? body : (extra + body)[...]
        let headline = title ?? ""
        var bodyLines = body
        var credit: String?
        if bodyLines.count > 1, let last = bodyLines.last, last.isCredit {
            credit = String(last.text)
            bodyLines = bodyLines.dropLast()
        }
        let byline = bodyLines.first.flatMap { LeadLine.byline($0.scalars) }
        let (paragraphs, heads) = ColumnBreakMending.mend(bodyLines)
        return Article(
            kicker: kicker, headline: headline, subheadline: subheadline, byline: byline,
            paragraphs: paragraphs, heads: heads, credit: credit)
    }
}

extension PageParser {
    /// The names of `lineFeatures`' columns.
    public static var featureNames: [String] { LineFeatures.names }

    /// Every non-blank line's features, as the parser computes them (the page header's are zeros),
    /// for fitting the weights it decides by.
    public static func lineFeatures(_ text: String) -> [(isHeader: Bool, features: [Double])] {
        let lines = PageLine.lines(of: text)
        guard !lines.isEmpty else { return [] }
        let pageStart = firstLineAfterHeader(lines)
        let header = pageStart == 1 ? [(true, [Double](repeating: 0, count: LineFeatures.names.count))] : []
        return header + LineFeatures.of(lines, pageStart: pageStart).map { (false, $0) }
    }
}
