/// One article file of the crawler layout (`CrawlerFileName`) as an `Article`. The file is the
/// e-paper's own markup written out: line 1 the kicker (引题, empty when there is none), line 2 the
/// headline, line 3 the subheadline (empty when there is none), then one paragraph a line. So nothing
/// is guessed: lines 1–3 are taken as they are, whatever their length or punctuation (only the
/// whitespace around them goes), and every non-blank line after them is a paragraph, its indent
/// removed — no column breaks to mend, no credit split off. Only what the markup does not say is
/// recognised as on a page text: the byline in the lead and the inner section heads. A fork of the
/// crawler writes the three title lines as one, joined by tabs, and a byline after the last
/// paragraph: both are read too.
public enum CrawlerArticle {
    /// `text` as decoded (`TextDecoding`: line ends are LF).
    public static func parse(_ text: String) -> Article {
        var rest = text[...]
        // (A byte search: looking for a Character would walk grapheme clusters.)
        func takeRawLine() -> Substring? {
            guard !rest.isEmpty else { return nil }
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
            return line
        }
        func takeLine() -> Substring? { takeRawLine().map(ArticleAssembly.trimmed).flatMap { $0.isEmpty ? nil : $0 } }
        var kicker: Substring?, headline: Substring?, subheadline: Substring?
        // A fork of the crawler writes the three on line 1, joined by tabs (`kicker⇥headline⇥subheadline`).
        if let first = takeRawLine(), first.utf8.contains(UInt8(ascii: "\t")) {
            let parts = first.split(separator: "\t", omittingEmptySubsequences: false).map(ArticleAssembly.trimmed)
            func part(_ index: Int) -> Substring? { index < parts.count && !parts[index].isEmpty ? parts[index] : nil }
            (kicker, headline, subheadline) = (part(0), part(1), part(2))
        } else {
            // (Even a kicker with no headline under it stays the kicker: the markup said so.)
            rest = text[...]
            (kicker, headline, subheadline) = (takeLine(), takeLine(), takeLine())
        }
        var paragraphs: [Substring] = []
        var lastIndented = true
        while let line = takeRawLine() {
            let trimmed = ArticleAssembly.trimmed(line)
            guard !trimmed.isEmpty else { continue }
            paragraphs.append(trimmed)
            lastIndented = line.unicodeScalars.first.map(TextShape.isWhitespace) ?? false
        }
        // That fork ends an article with its byline on a line of its own, unindented (`本报评论员`,
        // `本报记者  廖文根  张  烁`): the byline, not a paragraph.
        var byline: String?
        if !lastIndented, paragraphs.count > 1, let last = paragraphs.last, LeadLine.isClosingByline(Array(last.unicodeScalars)) {
            byline = TextShape.normalizedSpaces(last.unicodeScalars)
            paragraphs.removeLast()
        }
        return ArticleAssembly.article(kicker: kicker.map(String.init), headline: headline.map(String.init) ?? "",
                                       subheadline: subheadline.map(String.init), byline: byline, paragraphs: paragraphs)
    }
}
