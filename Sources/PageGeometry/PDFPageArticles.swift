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
        let bodyFont = lines.filter { abs($0.size - body) <= 0.12 * body }.lazy.flatMap(\.glyphs).hanFont
        articles = Self.articles(ReadingOrder.ordered(blocks.filter { !isFurniture($0) }), body: body, bodyFont: bodyFont)
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
        for line in lines where line.size > 0 && line.size.isFinite { counts[Int((line.size * 2).rounded()), default: 0] += line.glyphs.count }
        return max(1, Double(counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 20) / 2)
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

    /// The blocks, in reading order, into articles (`BlockRoles`), each article's blocks in that
    /// order; the captions of an article's pictures after it, untitled.
    static func articles(_ blocks: [TextBlock], body: Double, bodyFont: Int?) -> [Article] {
        let roles = BlockRoles(blocks, body: body, bodyFont: bodyFont)
        let count = (roles.article.max() ?? -1) + 1
        return (0..<count).flatMap { number -> [Article] in
            let mine = blocks.indices.filter { roles.article[$0] == number }
            guard !mine.isEmpty else { return [] }
            var titles: [(text: String, ratio: Double)] = [], paragraphs: [String] = [], heads: [Int] = [], byline: String?
            var lastTitle: Int?
            // (A picture's caption, and its credit set with it: a paragraph, read after the article.)
            var captions: [String] = [], captioned = false
            for index in mine {
                if roles.role[index] == .caption {
                    if captioned { captions[captions.count - 1] += blocks[index].text } else { captions.append(blocks[index].text) }
                    captioned = true
                    continue
                }
                captioned = false
                switch roles.role[index] {
                case .title(let ratio):
                    // (A headline set in two lines, each centred, is two blocks: one headline.)
                    if let last = titles.last, let above = lastTitle, abs(last.ratio - ratio) <= 0.05 * ratio,
                       blocks[index].y1 - blocks[above].y2 < 0.6 * blocks[index].size, !blocks[index].vertical {
                        titles[titles.count - 1].text += blocks[index].text
                    } else {
                        titles.append((blocks[index].text, ratio))
                    }
                    lastTitle = index
                case .byline:
                    // (Its lines apart: `本报记者 甲 本报通讯员 乙`.)
                    byline = blocks[index].lines.map(\.text).joined(separator: " ")
                    paragraphs += [byline!, ""]
                case .head:
                    if paragraphs.last == "" { paragraphs.removeLast() }
                    heads.append(paragraphs.count)
                    paragraphs.append(blocks[index].text)
                case .text: append(blocks[index], to: &paragraphs, heads: heads)
                case .caption: break
                }
            }
            if paragraphs.last == "" { paragraphs.removeLast() }
            let main = titles.indices.max { titles[$0].ratio < titles[$1].ratio }
            let kicker = main.map { titles[..<$0].map(\.text).joined(separator: " ") }
            let subheadline = main.map { titles[($0 + 1)...].map(\.text).joined(separator: " ") }
            let article = Article(kicker: kicker?.isEmpty == false ? kicker : nil, headline: main.map { titles[$0].text } ?? "",
                                  subheadline: subheadline?.isEmpty == false ? subheadline : nil, byline: byline, paragraphs: paragraphs, heads: heads)
            return (paragraphs.isEmpty && titles.isEmpty ? [] : [article]) + (captions.isEmpty ? [] : [Article(headline: "", paragraphs: captions)])
        }
    }

    /// A block's lines into paragraphs: a line set in from the block's left edge begins one; any
    /// other line goes on with the paragraph before (across a column's end).
    /// (An empty last paragraph stands for "the next line begins one": after a byline.)
    static func append(_ block: TextBlock, to paragraphs: inout [String], heads: [Int]) {
        // (Set vertically, a paragraph's first line is set down from the block's top.)
        let left = block.x1, top = block.y1
        for line in block.lines {
            let indented = line.vertical ? line.y1 > top + 1.2 * line.size : line.x1 > left + 1.2 * line.size
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
