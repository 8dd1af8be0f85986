import IssueModel

/// A newspaper page's text, read as its readers read it: the page's header and folio set apart,
/// the rest in reading order (`ReadingOrder`), and each article a headline block with the blocks
/// that follow it until the next — type sizes relative to the page's body size telling headlines
/// (kicker, headline, subheadline by their order), bylines and inner heads. Text before the first
/// headline is an article of its own, untitled: nothing on the page is lost.
public struct PDFPageArticles: Sendable {
    /// The page's furniture (date, 版 and its name, editors), a line.
    public var header: String?
    public var articles: [Article]
    /// The 版's number and name, as the header prints them (`7 理论`).
    public var pageNumber: Int?
    public var pageName: String?
    public var date: IssueDate?
    /// How many characters the page holds (after glyphs drawn twice are counted once).
    public var characterCount: Int

    /// Headlines are at least this many times the body's size; kickers, subheadlines and inner
    /// heads at least `secondTitle` (People's Daily: main headlines 4–6.5×, the others 1.6–2.2×).
    static let headline = 1.7, secondTitle = 1.2

    public init(_ page: PDFPageText) {
        let lines = GlyphLines.lines(page)
        characterCount = lines.reduce(0) { $0 + $1.glyphs.count }
        let body = Self.bodySize(lines)
        let blocks = TextBlock.blocks(lines)
        // The page's furniture: the bands at its top and foot.
        let isFurniture = { (block: TextBlock) in block.y2 < 0.065 * page.height || block.y1 > 0.965 * page.height }
        let furniture = blocks.filter(isFurniture).sorted { ($0.y1, $0.x1) < ($1.y1, $1.x1) }
        header = furniture.isEmpty ? nil : furniture.map(\.text).joined(separator: " ")
        (pageNumber, pageName) = Self.folio(furniture, body: body)
        date = header.flatMap(PrintedDate.date(in:))
        articles = Self.articles(ReadingOrder.ordered(blocks.filter { !isFurniture($0) }), body: body)
        // (The rest of the furniture — editors, a hotline, a credit at the foot — kept, set apart
        // at the end of the page: the date and the folio are the page's own.)
        let kept = furniture.filter { block in
            let text = block.text
            return PrintedDate.date(in: text) == nil && !(block.size >= 1.5 * body && text.count <= 12)
        }
        if !kept.isEmpty { articles.append(Article(headline: "", paragraphs: kept.map(\.text))) }
    }

    /// The size most of the page's characters are set in.
    static func bodySize(_ lines: [TextLine]) -> Double {
        var counts: [Int: Int] = [:]
        for line in lines { counts[Int((line.size * 2).rounded()), default: 0] += line.glyphs.count }
        return Double(counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 20) / 2
    }

    /// The 版's number (a line of digits alone, or digits before the 版's name: `7 理论`) and name.
    static func folio(_ furniture: [TextBlock], body: Double) -> (Int?, String?) {
        var number: Int?, name: String?
        for block in furniture where block.size >= 1.5 * body {
            let text = block.text
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 3, number == nil { number = Int(digits) }
            let rest = String(text.dropFirst(digits.count))
            if !rest.isEmpty, name == nil, PrintedDate.date(in: rest) == nil { name = rest }
        }
        return (number, name)
    }

    /// The blocks, in reading order, into articles.
    static func articles(_ blocks: [TextBlock], body: Double) -> [Article] {
        var articles: [Article] = []
        var titles: [(text: String, ratio: Double)] = [], paragraphs: [String] = [], heads: [Int] = [], byline: String?
        var open = false

        func close() {
            guard open else { return }
            if paragraphs.last == "" { paragraphs.removeLast() }
            let main = titles.indices.max { titles[$0].ratio < titles[$1].ratio }
            let kicker = main.map { titles[..<$0].map(\.text).joined(separator: " ") }
            let subheadline = main.map { titles[($0 + 1)...].map(\.text).joined(separator: " ") }
            articles.append(Article(kicker: kicker?.isEmpty == false ? kicker : nil, headline: main.map { titles[$0].text } ?? "",
                                    subheadline: subheadline?.isEmpty == false ? subheadline : nil,
                                    byline: byline, paragraphs: paragraphs, heads: heads))
            (titles, paragraphs, heads, byline, open) = ([], [], [], nil, false)
        }

        for (index, block) in blocks.enumerated() {
            let ratio = block.size / body
            let isHeadline = ratio >= headline
            let isSecond = ratio >= secondTitle && !isHeadline
            if isHeadline || isSecond {
                if paragraphs.isEmpty && (isHeadline || open || Self.headlineFollows(blocks, after: index, body: body)) {
                    // (Titles before any text: this article's kicker, headline or subheadline.)
                    open = true
                    titles.append((block.text, ratio))
                    continue
                }
                if isHeadline || Self.headlineFollows(blocks, after: index, body: body) || block.lines.count > 2 {
                    close()
                    open = true
                    titles.append((block.text, ratio))
                    continue
                }
                // An inner head: a line or two of its own, a little larger than the text.
                open = true
                heads.append(paragraphs.count)
                paragraphs.append(block.text)
                continue
            }
            open = true
            if paragraphs.isEmpty, byline == nil, !titles.isEmpty, Self.isByline(block) {
                byline = block.text
                paragraphs.append(block.text)
                paragraphs.append("")
                continue
            }
            Self.append(block, to: &paragraphs, heads: heads)
        }
        close()
        return articles
    }

    /// Whether the next titled block after `index` is a headline, with no text between.
    static func headlineFollows(_ blocks: [TextBlock], after index: Int, body: Double) -> Bool {
        for block in blocks[(index + 1)...] {
            let ratio = block.size / body
            if ratio >= headline { return true }
            if ratio < secondTitle { return false }
        }
        return false
    }

    /// A byline: one short line under the titles (`本报记者 …`, `■记者 …`, or a name alone).
    static func isByline(_ block: TextBlock) -> Bool {
        guard block.lines.count == 1 else { return false }
        let text = block.text
        return text.count <= 30 && (text.count <= 8 || ["记者", "通讯员", "本报", "作者", "■", "□", "文/", "文／"].contains { text.contains($0) })
    }

    /// A block's lines into paragraphs: a line set in from the block's left edge begins one; any
    /// other line goes on with the paragraph before (across a column's end).
    /// (An empty last paragraph stands for "the next line begins one": after a byline.)
    static func append(_ block: TextBlock, to paragraphs: inout [String], heads: [Int]) {
        let left = block.lines.map(\.x1).min() ?? 0
        for line in block.lines {
            let indented = line.x1 > left + 1.2 * line.size
            if paragraphs.last == "" {
                paragraphs[paragraphs.count - 1] = line.text
            } else if indented || paragraphs.isEmpty || heads.last == paragraphs.count - 1 {
                paragraphs.append(line.text)
            } else {
                paragraphs[paragraphs.count - 1] += line.text
            }
        }
    }
}
