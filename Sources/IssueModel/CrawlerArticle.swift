/// One article file of the crawler layout (`CrawlerFileName`) as an `Article`. The file is the
/// e-paper's own markup written out: line 1 the kicker (引题, empty when there is none), line 2 the
/// headline, line 3 the subheadline (empty when there is none), then one paragraph a line. So nothing
/// is guessed: lines 1–3 are taken as they are, whatever their length or punctuation (only the
/// whitespace around them goes), and every non-blank line after them is a paragraph, its indent
/// removed — no column breaks to mend, no credit split off. Only what the markup does not say is
/// recognised as on a page text: the byline in the lead and the inner section heads.
public enum CrawlerArticle {
    /// `text` as decoded (`TextDecoding`: line ends are LF).
    public static func parse(_ text: String) -> Article {
        var rest = text[...]
        func takeLine() -> Substring? {
            guard !rest.isEmpty else { return nil }
            // (A byte search: looking for a Character would walk grapheme clusters.)
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
            let scalars = line.unicodeScalars
            guard let first = scalars.firstIndex(where: { !TextShape.isWhitespace($0) }),
                  let last = scalars.lastIndex(where: { !TextShape.isWhitespace($0) }) else { return nil }
            return Substring(scalars[first...last])
        }
        // (Even a kicker with no headline under it stays the kicker: the markup said so.)
        let kicker = takeLine().map(String.init)
        let headline = takeLine().map(String.init)
        let subheadline = takeLine().map(String.init)
        var paragraphs: [Substring] = []
        while !rest.isEmpty { if let line = takeLine() { paragraphs.append(line) } }
        // Only a short line can be a head: the rest are not looked at twice (a line's full reading,
        // `PageLine`, costs more than the whole of the rest). And a head heads something: here,
        // where the article's end is known, the last line (`版式：蔡华伟`, `总理  李克强`) is none.
        var heads: [Int] = []
        for (index, paragraph) in paragraphs.enumerated().dropLast() where paragraph.utf8.count <= 4 * (InnerHead.longest + 1) {
            if InnerHead.isHead(PageLine(paragraph), opensBlock: true, next: PageLine(paragraphs[index + 1])) { heads.append(index) }
        }
        return Article(
            kicker: kicker, headline: headline ?? "", subheadline: subheadline,
            byline: paragraphs.first.flatMap { LeadLine.byline(Array($0.unicodeScalars)) },
            paragraphs: paragraphs.map(String.init), heads: heads)
    }
}
