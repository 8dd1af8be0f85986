/// An `Article` made from parts a source keeps apart — title lines, a body text, an author — as
/// records, exports and Markdown files keep them: the title lines typed, the body cut into
/// paragraphs, the title the body repeats at its head not repeated, and what the markup does not
/// say recognised as on a page text (the lead's byline, inner section heads).
public enum ArticleAssembly {
    /// The article of these parts. `titles` are the title lines in order, typed by `typed`;
    /// `body` is the text (one paragraph a line, or one run of text, kept whole).
    public static func article(titles: [String], body: String, author: String? = nil) -> Article {
        let lines = titles.map { trimmed($0) }.filter { !$0.isEmpty }
        let (titleLines, paragraphs) = withoutRepeatedTitles(lines, paragraphs(of: body))
        let (kicker, headline, subheadline) = typed(titleLines.map(String.init))
        return article(kicker: kicker, headline: headline, subheadline: subheadline, byline: author, paragraphs: paragraphs)
    }

    /// The article of typed title lines (a source that says which is which) and a body.
    public static func article(kicker: String?, headline: String, subheadline: String?, body: String, author: String?) -> Article {
        let typed = [kicker, headline, subheadline].map { $0.map { trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 } }
        let (titles, paragraphs) = withoutRepeatedTitles(typed.compactMap { $0 }, paragraphs(of: body))
        // (The source said which line is which: its lines stay, but for a picture's mark the text left out.)
        var kept = typed.map { $0.map(String.init) }
        if titles.count == typed.compactMap({ $0 }).count {
            var lines = titles[...]
            kept = typed.map { line in line.map { _ in String(lines.popFirst() ?? "") } }
        }
        return article(kicker: kept[0], headline: kept[1] ?? "", subheadline: kept[2], byline: author, paragraphs: paragraphs)
    }

    /// The article of typed titles and paragraphs, with the inner heads and, when no byline is given,
    /// the lead's byline recognised.
    public static func article(kicker: String?, headline: String, subheadline: String?, byline: String?,
                               paragraphs: [Substring]) -> Article {
        // Only a short line can be a head: the rest are not looked at twice (a line's full reading,
        // `PageLine`, costs more than the whole of the rest). And a head heads something: here,
        // where the article's end is known, the last line (`版式：蔡华伟`, `总理  李克强`) is none.
        var heads: [Int] = []
        for (index, paragraph) in paragraphs.enumerated().dropLast() where paragraph.utf8.count <= 4 * (InnerHead.longest + 1) {
            if InnerHead.isHead(PageLine(paragraph), opensBlock: true, next: PageLine(paragraphs[index + 1])) { heads.append(index) }
        }
        let given = byline.map { TextShape.normalizedSpaces($0.unicodeScalars) }.flatMap { $0.isEmpty ? nil : $0 }
        return Article(
            kicker: kicker, headline: headline, subheadline: subheadline,
            byline: given ?? paragraphs.first.flatMap { LeadLine.byline(Array($0.unicodeScalars)) },
            paragraphs: paragraphs.map(String.init), heads: heads)
    }

    /// Title lines typed as the paper sets them: one is the headline; two are headline and
    /// subheadline, or kicker and headline when the first leads into the second (`…——`, `…：`) or
    /// the second is no subheadline (`——…` is one); three are kicker, headline and subheadline.
    /// More than three: the first the kicker, the last the subheadline, the rest the headline.
    public static func typed(_ lines: [String]) -> (kicker: String?, headline: String, subheadline: String?) {
        switch lines.count {
        case 0: return (nil, "", nil)
        case 1: return (nil, lines[0], nil)
        case 2:
            let leads = ["——", "：", ":"].contains { lines[0].hasSuffix($0) }
            return leads && !lines[1].hasPrefix("——") ? (lines[0], lines[1], nil) : (nil, lines[0], lines[1])
        default: return (lines[0], lines[1..<(lines.count - 1)].joined(separator: " "), lines[lines.count - 1])
        }
    }

    /// A body's paragraphs: its lines, trimmed, blank ones left out.
    public static func paragraphs(of body: String) -> [Substring] {
        body.unicodeScalars.split { $0 == "\n" || $0 == "\r" }.map { trimmed(Substring($0)) }.filter { !$0.isEmpty }
    }

    /// The title the body repeats at its head taken out of it — as lines of their own (`发刊词` over
    /// the text; `热中我军奋战两昼夜  光复宁城…` as three paragraphs, which then are the title's
    /// lines), or run into the first paragraph (`霸王嫖妓　肉金爭執 北嫂… 【本報訊】…`). A title marked as a picture's (`我们伟大的祖国（图片）`) whose
    /// body repeats it without the mark is the repeated text.
    static func withoutRepeatedTitles(_ titles: [Substring], _ paragraphs: [Substring]) -> ([Substring], [Substring]) {
        guard !titles.isEmpty, !paragraphs.isEmpty else { return (titles, paragraphs) }
        let whole = titles.map(flat).joined()
        let wanted = Array(whole.unicodeScalars)
        var titles = titles, rest = paragraphs[...]
        var spelled = 0, count = 0
        // (Each paragraph compared only as far as it goes along with the title: a long one is not read.)
        paragraphs: for paragraph in paragraphs {
            var at = spelled, any = false
            for scalar in paragraph.unicodeScalars where !TextShape.isWhitespace(scalar) {
                guard at < wanted.count, wanted[at] == scalar else { break paragraphs }
                at += 1
                any = true
            }
            guard any else { break }
            spelled = at
            count += 1
            if spelled >= wanted.count { break }
        }
        let spelledText = String(String.UnicodeScalarView(wanted[..<spelled]))
        if count > 0, spelledText == whole || spelledText == withoutMark(whole) {
            // (Lines of their own say where the title breaks: they are its lines.)
            if count != titles.count || spelledText != whole { titles = Array(paragraphs.prefix(count)) }
            rest = rest.dropFirst(count)
        } else if let first = rest.first, let cut = afterPrefix(whole, in: first),
                  cut.unicodeScalars.first.map(TextShape.isWhitespace) ?? true {
            // (Only a title set apart from the text by a space: `标题党…` under `标题` is text.)
            let remainder = trimmed(cut)
            rest = remainder.isEmpty ? rest.dropFirst() : [remainder] + rest.dropFirst()
        } else {
            return (titles, paragraphs)
        }
        return (titles, Array(rest))
    }

    /// `（图片）` and the like at a title's end: the title without it.
    private static func withoutMark(_ flatTitle: String) -> String? {
        for mark in ["（图片）", "（附图片）", "（附图）", "(图片)"] where flatTitle.hasSuffix(mark) && flatTitle.count > mark.count {
            return String(flatTitle.dropLast(mark.count))
        }
        return nil
    }

    /// What follows `prefix` in `text`, whitespace in either ignored; nil unless `text` begins with it.
    private static func afterPrefix(_ prefix: String, in text: Substring) -> Substring? {
        var wanted = prefix.unicodeScalars.makeIterator()
        var next = wanted.next()
        var index = text.unicodeScalars.startIndex
        while let scalar = next {
            guard index < text.unicodeScalars.endIndex else { return nil }
            let here = text.unicodeScalars[index]
            if TextShape.isWhitespace(here) { index = text.unicodeScalars.index(after: index); continue }
            guard here == scalar else { return nil }
            index = text.unicodeScalars.index(after: index)
            next = wanted.next()
        }
        return Substring(text.unicodeScalars[index...])
    }

    /// The text without any whitespace.
    static func flat(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !TextShape.isWhitespace($0) }))
    }

    public static func trimmed(_ text: String) -> Substring { trimmed(text[...]) }

    /// The text without the whitespace at its ends.
    public static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !TextShape.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !TextShape.isWhitespace($0) }) else { return Substring() }
        return Substring(scalars[first...last])
    }
}
