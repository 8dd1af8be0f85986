@testable import PageGeometry
import Testing

/// Pages set tight, as regional dailies set them: fonts boxing some glyphs twice as tall, gutters
/// narrower than a character, a headline inset beside its first column, advertisements among the
/// news. (Glyphs with known boxes and sizes, as in `PDFPageArticlesTests`.)
@Suite struct CrowdedPageTests {
    typealias Page = PDFPageArticlesTests

    /// Ten characters a line, 10 pt, 12 pt apart, from (x, y): one run a line.
    static func column(_ rows: [String], x: Double, y: Double, firstRun: Int) -> [PDFGlyph] {
        rows.enumerated().flatMap { row, text in Page.line(text, x: x, y: y + Double(row) * 12, size: 10, run: firstRun + row) }
    }

    @Test func aGlyphBoxedTallerThanItsTypeStaysInItsLine() {
        // Quotation marks and a character from a font whose boxes are twice the type's height.
        var glyphs = Page.line("据介绍使用", x: 0, y: 0, size: 10, run: 0)
        glyphs += Page.line("“卡”", x: 50, y: 0, size: 10, run: 1).map { glyph in
            var tall = glyph
            (tall.y1, tall.y2) = (glyph.y1 - 5, glyph.y2 + 5)
            return tall
        }
        glyphs += Page.line("之前旅客", x: 70, y: 0, size: 10, run: 2)
        glyphs += Page.line("要在手机上完成设置", x: 0, y: 12, size: 10, run: 3)
        let lines = GlyphLines.lines(PDFPageText(width: 200, height: 100, glyphs: glyphs))
        #expect(lines.map(\.text) == ["据介绍使用“卡”之前旅客", "要在手机上完成设置"])
        #expect(TextBlock.blocks(lines).count == 1)
    }

    @Test func aGutterNarrowerThanACharacterSplitsLinesDrawnAcrossIt() {
        // Two columns 7 pt apart (0.7 of a character), each line drawn as one run across both; the
        // left column's third line has a space as wide inside it, where the lines around run on.
        let left = ["甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙", "丙丙丙丙丙", "丁丁丁丁丁丁丁丁丁丁"]
        let right = ["子子子子子子子子子子", "丑丑丑丑丑丑丑丑丑丑", "寅寅寅寅寅寅寅寅寅寅", "卯卯卯卯卯卯卯卯卯卯"]
        var glyphs: [PDFGlyph] = []
        for row in 0..<4 {
            let y = 100 + Double(row) * 12
            if row == 2 {
                glyphs += Page.line("丙丙丙丙", x: 0, y: y, size: 10, run: row) + Page.line("丙丙丙丙丙", x: 47, y: y, size: 10, run: row)
            } else {
                glyphs += Page.line(left[row], x: 0, y: y, size: 10, run: row)
            }
            glyphs += Page.line(right[row], x: 107, y: y, size: 10, run: row)
        }
        let lines = GlyphLines.lines(PDFPageText(width: 300, height: 100, glyphs: glyphs))
        #expect(lines.count == 8)
        #expect(lines.contains { $0.text == "丙丙丙丙 丙丙丙丙丙" })
        let article = PDFPageArticles(PDFPageText(width: 300, height: 600, glyphs: glyphs)).articles.first
        #expect(article?.paragraphs.joined() == "甲甲甲甲甲甲甲甲甲甲乙乙乙乙乙乙乙乙乙乙丙丙丙丙 丙丙丙丙丙丁丁丁丁丁丁丁丁丁丁" + right.joined())
    }

    @Test func aHeadlineIsNotCutFromItsTextWhereANeighbourLeavesAGap() {
        // A headline over the page; under it, on the left, a headline over its column, and on the
        // right an advertisement's pieces, leaving a gap just where the left headline meets its text.
        var glyphs = Page.line("通栏大标题", x: 0, y: -44, size: 40, run: 0)
        glyphs += Page.line("左栏标题", x: 0, y: 0, size: 20, run: 1)
        glyphs += Self.column(["左栏正文左栏正文左栏", "正文左栏正文左栏正文", "左栏正文左栏正文", "左栏正文左栏正文左栏", "正文"], x: 0, y: 27, firstRun: 2)
        glyphs += Self.column(["广告上段广告上段广告", "上段广告上段"], x: 150, y: 0, firstRun: 10)
        glyphs += Self.column(["广告下段广告下段广告", "下段广告下段广告下段", "广告下段"], x: 150, y: 35, firstRun: 20)
        let lines = GlyphLines.lines(PDFPageText(width: 300, height: 300, glyphs: glyphs))
        let order = ReadingOrder.ordered(TextBlock.blocks(lines)).map(\.text)
        #expect(order.map { String($0.prefix(4)) } == ["通栏大标", "左栏标题", "左栏正文", "广告上段", "广告下段"])
    }

    @Test func textBesideAnArticleAndNotUnderItIsNotItsText() {
        // An article over one column; further down, far to its right, a box of text with no title
        // (an advertisement's, say): an article of its own, untitled, not the article's end.
        var glyphs = Page.line("新闻标题", x: 0, y: 100, size: 20, run: 0)
        glyphs += Self.column(["新闻正文新闻正文新闻", "正文新闻正文"], x: 0, y: 130, firstRun: 1)
        glyphs += Self.column(["热线电话请认准品牌品", "质有保障"], x: 300, y: 300, firstRun: 10)
        let articles = PDFPageArticles(PDFPageText(width: 450, height: 600, glyphs: glyphs)).articles
        #expect(articles.map(\.headline) == ["新闻标题", ""])
        #expect(articles.map { $0.paragraphs.joined() } == ["新闻正文新闻正文新闻正文新闻正文", "热线电话请认准品牌品质有保障"])
    }

    @Test func aHeadlineInsetBesideItsFirstColumnIsReadFirst() {
        // The first column begins at the top with the byline; the headline stands over the others.
        var glyphs = Page.line("本报记者张三", x: 0, y: 102, size: 10, run: 0)
        glyphs += Self.column(["第一栏文字第一栏文字", "第一栏文字第一栏文字", "第一栏文字第一栏文字", "第一栏"], x: 0, y: 120, firstRun: 1)
        glyphs += Page.line("插在旁边的标题", x: 120, y: 100, size: 24, run: 10)
        glyphs += Self.column(["第二栏文字第二栏文字", "第二栏"], x: 120, y: 135, firstRun: 11)
        glyphs += Self.column(["第三栏文字第三栏文字", "第三栏"], x: 230, y: 135, firstRun: 21)
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 600, glyphs: glyphs)).articles
        #expect(articles.count == 1)
        #expect(articles.first?.headline == "插在旁边的标题")
        #expect(articles.first?.byline == "本报记者张三")
        #expect(articles.first?.paragraphs.joined() == "本报记者张三" + String(repeating: "第一栏文字", count: 6) + "第一栏"
            + "第二栏文字第二栏文字第二栏第三栏文字第三栏文字第三栏")
    }

    @Test func innerHeadsAHairLargerThanTheTextAreHeads() {
        // Inner heads set 1.1 times the text, a line of their own, between the text's paragraphs.
        var glyphs = Page.line("新闻标题", x: 0, y: 100, size: 20, run: 0)
        glyphs += Self.column(["第一段文字第一段文字", "第一段"], x: 0, y: 130, firstRun: 1)
        glyphs += Page.line("小标题在此", x: 20, y: 160, size: 11, run: 5)
        glyphs += Self.column(["第二段文字第二段文字", "第二段"], x: 0, y: 178, firstRun: 6)
        let article = PDFPageArticles(PDFPageText(width: 300, height: 600, glyphs: glyphs)).articles.first
        #expect(article?.paragraphs == ["第一段文字第一段文字第一段", "小标题在此", "第二段文字第二段文字第二段"])
        #expect(article?.heads == [1])
    }

    @Test func aCaptionAcrossMoreThanTheArticlesColumnsIsItsOwn() {
        // An article in a column; under it, read next, two lines across three columns' width (the
        // caption of a picture beside it): not the article's end.
        var glyphs = Page.line("新闻标题", x: 0, y: 100, size: 20, run: 0)
        glyphs += Self.column(["新闻正文新闻正文新闻", "正文新闻正文新闻正文"], x: 0, y: 130, firstRun: 1)
        glyphs += Page.line(String(repeating: "图片说明", count: 8), x: 0, y: 170, size: 10, run: 10)
        glyphs += Page.line("本报记者某某摄", x: 250, y: 182, size: 10, run: 11)
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 600, glyphs: glyphs)).articles
        #expect(articles.map(\.headline) == ["新闻标题", ""])
        #expect(articles.first?.paragraphs.joined() == "新闻正文新闻正文新闻正文新闻正文新闻正文")
        #expect(articles.last?.paragraphs.joined().hasSuffix("本报记者某某摄") == true)
    }

    @Test func glyphsAtInfinityOrNowhereAreNoPlaceToRead() {
        // A damaged PDF's matrix: boxes at infinity, NaN sizes; the rest of the page is read.
        var glyphs = Page.line("正文在这里", x: 0, y: 100, size: 10, run: 0)
        glyphs.append(PDFGlyph(scalar: "坏", x1: .infinity, y1: 0, x2: .infinity, y2: 10, size: 10, run: 1))
        glyphs.append(PDFGlyph(scalar: "坏", x1: 0, y1: .nan, x2: 10, y2: .nan, size: .nan, run: 2))
        glyphs.append(PDFGlyph(scalar: "坏", x1: -1e300, y1: 0, x2: 1e300, y2: 10, size: 1e300, run: 3))
        let read = PDFPageArticles(PDFPageText(width: 300, height: 600, glyphs: glyphs))
        #expect(read.articles.flatMap(\.paragraphs) == ["正文在这里"])
    }

    @Test func aCaptionAsWideAsItsColumnIsKnownByWhatItSays() {
        // Text, a picture (a gap), its caption in the column's width ending in the credit, more text.
        var glyphs = Page.line("新闻标题", x: 0, y: 100, size: 20, run: 0)
        glyphs += Self.column(["新闻正文新闻正文新闻", "正文新闻正文"], x: 0, y: 130, firstRun: 1)
        glyphs += Self.column(["图为村民在田间劳作。", "本报记者某某摄"], x: 0, y: 260, firstRun: 10)
        glyphs += Self.column(["正文接着写正文接着写", "完"], x: 0, y: 300, firstRun: 20)
        let articles = PDFPageArticles(PDFPageText(width: 400, height: 600, glyphs: glyphs)).articles
        #expect(articles.map(\.headline) == ["新闻标题", ""])
        #expect(articles.first?.paragraphs.joined() == "新闻正文新闻正文新闻正文新闻正文正文接着写正文接着写完")
        #expect(articles.last?.paragraphs == ["图为村民在田间劳作。本报记者某某摄"])
    }

    @Test func turnedTextReadsInThePDFsOrder() {
        // A line turned upside down (poppler reads it right to left) and one turned a quarter the
        // other way (read bottom to top), beside a line set straight.
        var glyphs = Page.line("正常的一行", x: 0, y: 100, size: 10, run: 0)
        glyphs += "倒过来的字".unicodeScalars.enumerated().map { index, scalar in
            PDFGlyph(scalar: scalar, x1: 200 - Double(index + 1) * 10, y1: 300, x2: 200 - Double(index) * 10, y2: 310, size: 10, run: 1)
        }
        glyphs += "从下往上读".unicodeScalars.enumerated().map { index, scalar in
            PDFGlyph(scalar: scalar, x1: 350, y1: 500 - Double(index + 1) * 10, x2: 360, y2: 500 - Double(index) * 10, size: 10, run: 2)
        }
        let lines = GlyphLines.lines(PDFPageText(width: 400, height: 600, glyphs: glyphs))
        #expect(Set(lines.map(\.text)) == ["正常的一行", "倒过来的字", "从下往上读"])
    }

    /// `text` from (x, y) at 10 pt in font `font` (1: the text's face, 2: a bold one).
    static func face(_ text: String, x: Double, y: Double, run: Int, font: Int) -> [PDFGlyph] {
        Page.line(text, x: x, y: y, size: 10, run: run).map { glyph in
            var set = glyph
            set.font = font
            return set
        }
    }

    @Test func anInnerHeadAtTheTextsSizeInABoldFaceIsAHead() {
        // A head at the text's size, centred, in another face, with space around it; and a
        // paragraph whose first sentence is set bold, run in (People's Daily's): no head.
        var glyphs = Page.line("新闻标题", x: 0, y: 100, size: 20, run: 0)
        glyphs += Self.face("第一段文字第一段文字", x: 0, y: 130, run: 1, font: 1) + Self.face("第一段", x: 0, y: 142, run: 2, font: 1)
        glyphs += Self.face("小标题在此", x: 25, y: 165, run: 3, font: 2)
        glyphs += Self.face("加粗的首句在这里，", x: 20, y: 188, run: 4, font: 2) + Self.face("接着", x: 110, y: 188, run: 4, font: 1)
        glyphs += Self.face("第二段文字第二段文字", x: 0, y: 200, run: 5, font: 1)
        let article = PDFPageArticles(PDFPageText(width: 300, height: 600, glyphs: glyphs)).articles.first
        #expect(article?.paragraphs == ["第一段文字第一段文字第一段", "小标题在此", "加粗的首句在这里，接着第二段文字第二段文字"])
        #expect(article?.heads == [1])
    }
}
