import IssueModel
@testable import PageGeometry
import Testing

/// A page made of glyphs with known boxes and sizes: a header band, a headline over two columns,
/// a byline, an inner head; a second article beside it under a vertical headline.
@Suite struct PDFPageArticlesTests {
    /// `text` set from (x, y) in `size`, a glyph a character, each `size` wide (Latin half that).
    static func line(_ text: String, x: Double, y: Double, size: Double, run: Int, gap: Double = 0) -> [PDFGlyph] {
        var glyphs: [PDFGlyph] = [], left = x
        for scalar in text.unicodeScalars {
            let width = scalar.value < 0x2E80 ? size / 2 : size
            glyphs.append(PDFGlyph(scalar: scalar, x1: left, y1: y, x2: left + width, y2: y + size, size: size, run: run))
            left += width + gap
        }
        return glyphs
    }

    static func vertical(_ text: String, x: Double, y: Double, size: Double, run: Int) -> [PDFGlyph] {
        text.unicodeScalars.enumerated().map { index, scalar in
            PDFGlyph(scalar: scalar, x1: x, y1: y + Double(index) * size, x2: x + size, y2: y + Double(index + 1) * size, size: size, run: run)
        }
    }

    /// Body lines of 10 pt, 12 pt apart, 10 characters a line, in a column from `x`.
    static func column(_ text: String, x: Double, y: Double, firstRun: Int, indentFirst: Bool = true) -> [PDFGlyph] {
        let characters = Array(text.unicodeScalars)
        var glyphs: [PDFGlyph] = [], index = 0, row = 0
        while index < characters.count {
            let indent = row == 0 && indentFirst ? 2 : 0
            let count = min(10 - indent, characters.count - index)
            let piece = String(String.UnicodeScalarView(characters[index..<index + count]))
            glyphs += line(piece, x: x + Double(indent) * 10, y: y + Double(row) * 12, size: 10, run: firstRun + row)
            index += count
            row += 1
        }
        return glyphs
    }

    static let first = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    static let second = "春夏秋冬东南西北金木水火土日月星辰山川河海"

    static func page() -> PDFPageText {
        var glyphs: [PDFGlyph] = []
        glyphs += line("2018年1月2日星期二", x: 20, y: 10, size: 10, run: 0)
        glyphs += line("7理论", x: 400, y: 5, size: 30, run: 1)
        // The headline, drawn twice (a shadow), over both columns.
        glyphs += line("大标题在此", x: 20, y: 60, size: 40, run: 2)
        glyphs += line("大标题在此", x: 20.5, y: 60.3, size: 40, run: 3)
        glyphs += line("张三", x: 100, y: 110, size: 11, run: 4)
        glyphs += column(first, x: 20, y: 130, firstRun: 10)
        glyphs += line("小标题", x: 140, y: 130, size: 15, run: 20)
        glyphs += column(second, x: 140, y: 150, firstRun: 30)
        // Beside it: an article under a headline set down its right edge.
        glyphs += vertical("竖排标题", x: 380, y: 60, size: 30, run: 40)
        glyphs += column("左边正文第一段文字到此为止。", x: 260, y: 60, firstRun: 50)
        return PDFPageText(width: 450, height: 700, glyphs: glyphs)
    }

    @Test func articlesTitlesBylinesAndInnerHeads() {
        let read = PDFPageArticles(Self.page())
        #expect(read.pageNumber == 7 && read.pageName == "理论")
        #expect(read.date == IssueDate(year: 2018, month: 1, day: 2))
        #expect(read.articles.count == 2)
        let main = read.articles[0]
        // (Drawn twice, read once.)
        #expect(main.headline == "大标题在此")
        #expect(main.byline == "张三")
        // The first column, then the inner head and the second column: text in reading order.
        #expect(main.paragraphs == ["张三", Self.first, "小标题", Self.second])
        #expect(main.heads == [2])
        let beside = read.articles[1]
        #expect(beside.headline == "竖排标题" && beside.paragraphs == ["左边正文第一段文字到此为止。"])
        // Every character kept: the header's besides.
        #expect(read.characterCount == Self.page().glyphs.count - 5)
    }

    @Test func piecesOfALineAreOneAndGuttersSplitRuns() {
        // One line drawn in three pieces (runs), and a run that crosses a gutter into the next column.
        var glyphs = Self.line("甲乙", x: 0, y: 0, size: 10, run: 0) + Self.line("丙丁", x: 20, y: 0, size: 10, run: 1)
            + Self.line("戊", x: 40, y: 0.5, size: 10, run: 2)
        glyphs += Self.line("子丑", x: 0, y: 12, size: 10, run: 3) + Self.line("寅卯", x: 35, y: 12, size: 10, run: 3)
        let lines = GlyphLines.lines(PDFPageText(width: 100, height: 100, glyphs: glyphs))
        #expect(lines.map(\.text) == ["甲乙丙丁戊", "子丑", "寅卯"])
    }

    @Test func latinWordsKeepTheirSpacesAndVerticalMarksBecomeOrdinary() {
        let glyphs = Self.line("New", x: 0, y: 0, size: 10, run: 0) + Self.line("York", x: 18, y: 0, size: 10, run: 0)
            + Self.line("中文", x: 40, y: 0, size: 10, run: 0, gap: 3)
        #expect(GlyphLines.lines(PDFPageText(width: 100, height: 100, glyphs: glyphs)).map(\.text) == ["New York中文"])
        let marks = Self.vertical("\u{FE41}好\u{FE42}", x: 0, y: 0, size: 10, run: 0)
        #expect(GlyphLines.lines(PDFPageText(width: 100, height: 100, glyphs: marks)).map(\.text) == ["「好」"])
    }

    @Test func stackedArticlesAreReadOneAfterTheOther() {
        // Two articles stacked, each of two columns: the first's columns, then the second's.
        var glyphs = Self.line("上面", x: 0, y: 200, size: 30, run: 0)
        glyphs += Self.column("一一一一一一一一一一一一一一一", x: 0, y: 240, firstRun: 1) + Self.column("二二二二二二二二", x: 110, y: 240, firstRun: 3)
        glyphs += Self.line("下面", x: 0, y: 300, size: 30, run: 5)
        glyphs += Self.column("三三三三三三三三三三三三三三三", x: 0, y: 340, firstRun: 6) + Self.column("四四四四四四四四", x: 110, y: 340, firstRun: 8)
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles
        #expect(articles.map(\.headline) == ["上面", "下面"])
        #expect(articles.map { $0.paragraphs.joined() } == [String(repeating: "一", count: 15) + String(repeating: "二", count: 8),
                                                           String(repeating: "三", count: 15) + String(repeating: "四", count: 8)])
    }

    @Test func anArticleGoesOnDownItsColumnsPastOneSetBesideThem() {
        // 甲's headline over three columns; under its first column, 乙 with a headline set down its
        // left edge and its text beside it; 甲's second and third columns go on down the page. The
        // cuts read the first column (甲, then 乙) before the others: 甲's columns are still 甲's.
        var glyphs = Self.line("甲的报道标题写得很长", x: 0, y: 100, size: 30, run: 0)
        glyphs += Self.line("甲一甲一甲一甲一甲一", x: 0, y: 140, size: 10, run: 1) + Self.line("甲一甲一甲一甲一甲一", x: 0, y: 152, size: 10, run: 2)
        glyphs += Self.vertical("乙标题", x: 0, y: 190, size: 20, run: 3)
        for row in 0..<5 { glyphs += Self.line("乙乙乙乙乙乙乙", x: 30, y: 190 + Double(row) * 12, size: 10, run: 4 + row) }
        for row in 0..<12 {
            glyphs += Self.line("甲二甲二甲二甲二甲二", x: 110, y: 140 + Double(row) * 12, size: 10, run: 20 + row)
            glyphs += Self.line("甲三甲三甲三甲三甲三", x: 220, y: 140 + Double(row) * 12, size: 10, run: 40 + row)
        }
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles
        #expect(articles.map(\.headline) == ["甲的报道标题写得很长", "乙标题"])
        let first = articles[0].paragraphs.joined(), second = articles[1].paragraphs.joined()
        #expect(!first.contains("乙") && first.filter { $0 == "二" }.count == 60 && first.filter { $0 == "三" }.count == 60)
        #expect(second == String(repeating: "乙", count: 35))
    }

    @Test func glyphsWithoutASizeAreKeptAsText() {
        // (No size for any glyph, and boxes of no height: nothing divides by zero, nothing is lost.)
        let glyphs = "没有字号的文字".unicodeScalars.enumerated().map { index, scalar in
            PDFGlyph(scalar: scalar, x1: Double(index) * 10, y1: 300, x2: Double(index + 1) * 10, y2: 300, size: 0, run: 0)
        }
        let read = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs))
        #expect(read.articles.flatMap(\.paragraphs).joined() == "没有字号的文字")
    }

    @Test func verticalTextReadsFromRightToLeft() {
        // A headline set vertically at the right, then three vertical lines of text to its left.
        var glyphs = Self.vertical("竖排标题", x: 300, y: 100, size: 30, run: 0)
        for (index, text) in ["第一行文字", "第二行文字", "第三行文字"].enumerated() {
            glyphs += Self.vertical(text, x: 270 - Double(index) * 15, y: 100, size: 10, run: 1 + index)
        }
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles
        #expect(articles.map(\.headline) == ["竖排标题"])
        #expect(articles.first?.paragraphs.joined() == "第一行文字第二行文字第三行文字")
    }

    @Test func aBylineOfTwoLinesNamingReporters() {
        var glyphs = Self.line("两行署名的报道", x: 0, y: 100, size: 30, run: 0)
        glyphs += Self.line("本报记者张三", x: 0, y: 140, size: 10, run: 1) + Self.line("本报通讯员李四", x: 0, y: 152, size: 10, run: 2)
        glyphs += Self.column("正文从这里开始，一直写下去。", x: 0, y: 175, firstRun: 3)
        let article = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles.first
        #expect(article?.byline == "本报记者张三 本报通讯员李四")
        #expect(article?.paragraphs.last == "正文从这里开始，一直写下去。")
    }

    @Test func aHeadlineOfTwoCentredLinesIsOneHeadline() {
        var glyphs = Self.line("引题在上面", x: 60, y: 100, size: 15, run: 0)
        glyphs += Self.line("第一行标题很长", x: 30, y: 120, size: 30, run: 1) + Self.line("第二行", x: 90, y: 152, size: 30, run: 2)
        glyphs += Self.column("正文从这里开始，一直写下去。", x: 0, y: 200, firstRun: 3)
        let article = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles.first
        #expect(article?.kicker == "引题在上面" && article?.headline == "第一行标题很长第二行" && article?.subheadline == nil)
    }

    @Test func aVerticalHeadlineIsReadBeforeItsVerticalSubtitleWhicheverSide() {
        // Down the article's left edge: the headline, then to its right a smaller subtitle, then the text.
        var glyphs = Self.vertical("竖排大标题", x: 10, y: 100, size: 30, run: 0)
        glyphs += Self.vertical("小一些的副题", x: 45, y: 100, size: 15, run: 1)
        glyphs += Self.column("正文在标题的右边，一直写下去，写到这里。", x: 70, y: 100, firstRun: 2)
        let article = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles.first
        #expect(article?.headline == "竖排大标题" && article?.subheadline == "小一些的副题" && article?.kicker == nil)
        #expect(article?.paragraphs.joined() == "正文在标题的右边，一直写下去，写到这里。")
    }

    @Test func twoThousandBlocksOneUnderAnotherAreReadInOrder() {
        // (Each a cut of its own: the cuts are made from a stack, not by recursion as deep as the blocks.)
        let rows = 2_000
        // (Between the page's top and foot bands, which are its furniture.)
        let glyphs = (0..<rows).flatMap { row in Self.line("第\(row)行", x: 0, y: 5_000 + Double(row) * 25, size: 10, run: row) }
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 60_000, glyphs: glyphs)).articles
        let text = articles.flatMap(\.paragraphs).joined(), expected = (0..<rows).map { "第\($0)行" }.joined()
        #expect(text == expected, "\(text.prefix(80))")
    }

    @Test func verticalTextIsABlockAndItsParagraphsAreSetDown() {
        // Right to left: a paragraph set down two characters, its next line, then another paragraph.
        var glyphs = Self.vertical("竖排标题", x: 300, y: 100, size: 30, run: 0)
        for (index, (text, down)) in [("第一段开头", 2.0), ("第一段结尾了。", 0), ("第二段。", 2)].enumerated() {
            glyphs += Self.vertical(text, x: 270 - Double(index) * 15, y: 100 + down * 10, size: 10, run: 1 + index)
        }
        let article = PDFPageArticles(PDFPageText(width: 400, height: 1000, glyphs: glyphs)).articles.first
        #expect(article?.headline == "竖排标题")
        #expect(article?.paragraphs == ["第一段开头第一段结尾了。", "第二段。"])
    }
}
