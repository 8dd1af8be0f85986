import Foundation
import IssueModel
import TestSupport
import Testing
@testable import TextLayout

/// Vertical setting (竖排): columns top to bottom, right to left; vertical punctuation; one narrow
/// character per cell pair, two digits side by side; 禁则 at the ends of columns.
@Suite struct VerticalLayoutTests {
    static func galley(_ text: String, length: Int, kicker: String? = nil, headline: String = "") -> Galley {
        ArticleLayout.galley(Article(kicker: kicker, headline: headline, paragraphs: [text]),
                             options: LayoutOptions(width: 60, height: length, vertical: true))
    }

    /// What each column draws, top to bottom (a run per row).
    static func columns(_ galley: Galley) -> [[String]] { galley.body.map { $0.map(\.text) } }

    @Test func punctuationTakesItsVerticalForm() {
        let drawn = Self.columns(Self.galley("甲，乙。丙、丁：戊；（己）《庚》「辛」『壬』【癸】……——“子”‘丑’！？", length: 60)).joined()
        #expect(drawn.joined() == "甲︐乙︒丙︑丁︓戊︔︵己︶︽庚︾﹁辛﹂﹃壬﹄︻癸︼︙︙︱︱﹁子﹂﹃丑﹄︕︖")
    }

    @Test func twoDigitsShareACellPairLongerNumbersDoNot() {
        let column = Self.columns(Self.galley("8月21日达2600万吨A股", length: 60))[0]
        #expect(column == ["8", "月", "21", "日", "达", "2", "6", "0", "0", "万", "吨", "A", "股"])
    }

    @Test func runsKnowTheirSourceSoNothingIsLost() {
        let text = "本报讯（记者 白莹）8月21日，北京市总工会到国资公司调研。A+H股7.8万吨"
        let galley = Self.galley(text, length: 7)
        let clusters = Array(text)
        var next = 0
        for run in galley.body.joined() {
            let source = try! #require(run.source)
            // Only a space that fell at the end of a column is not drawn.
            #expect(clusters[next..<source.start].allSatisfy { $0 == " " })
            next = source.end
        }
        #expect(next == text.count)
        #expect(galley.body.joined().map(\.text).joined() == "本报讯︵记者白莹︶8月21日︐北京市总工会到国资公司调研︒A+H股7.8万吨")
    }

    @Test func noColumnStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        let blocks = ArticleBlocks(Seed.issue.articles[0]).blocks
        for length in [5, 6, 7, 9, 13, 20, 23] {
            let galley = ArticleLayout.galley(Seed.issue.articles[0], options: LayoutOptions(height: length, vertical: true))
            for column in galley.body where !column.isEmpty && column[0].role != .rule {
                let first = try! #require(column.first?.source), last = try! #require(column.last?.source)
                let firstScalar = Array(blocks[first.block].text)[first.start].unicodeScalars.first!
                let lastScalar = Array(blocks[last.block].text)[last.end - 1].unicodeScalars.first!
                #expect(!BreakClass.lineStartProhibited.contains(firstScalar), "column starts with \(firstScalar) at length \(length)")
                #expect(!BreakClass.lineEndProhibited.contains(lastScalar), "column ends with \(lastScalar) at length \(length)")
                #expect(column.allSatisfy { $0.column < length })
            }
        }
    }

    @Test func headlineColumnsComeFirstAtTheRightThenARule() {
        let galley = Self.galley("正文。", length: 10, kicker: "引题", headline: "主题")
        let page = galley.page(from: 0, height: 4).page
        // Four columns of 3 cells: the kicker's at cells 10–11, the headline's at 7–8, the rule at 4.
        #expect(page.rows.count == 10)
        #expect(page.rows[4].map(\.text) == ["︒", "│", "主", "引"])
        #expect(page.rows[4].map(\.column) == [1, 4, 7, 10])
        #expect(page.rows[0].map(\.text) == ["│"])
    }

    @Test func aTallPageIsCutIntoBandsOfAtMost24Rows() {
        #expect(VerticalLayout.bands(height: 24) == (1, 24))
        #expect(VerticalLayout.bands(height: 25) == (2, 12))
        #expect(VerticalLayout.bands(height: 39) == (2, 19))
        #expect(VerticalLayout.bands(height: 49) == (2, 24))
        #expect(VerticalLayout.bands(height: 50) == (3, 16))
        #expect(VerticalLayout.bands(height: 1) == (1, 1))
        // 39 rows, 30 cells: two bands of 10 columns, the rule between; the second band goes on
        // where the first ended.
        let options = LayoutOptions(width: 30, height: 39, vertical: true)
        let galley = ArticleLayout.galley(Seed.issue.articles[0], options: options)
        let page = galley.page(from: 0, height: options.verticalColumns).page
        #expect(options.verticalColumns == 20)
        #expect(page.rows.count == 39)
        #expect(page.rows[19].map(\.role) == [.rule])
        #expect(page.rows[20].last?.source == galley.body[10].first?.source)
        #expect(page.rows[20].last?.column == 28)
    }

    @Test func paragraphsStartTwoRowsDownAndTheCreditSitsAtTheFoot() {
        let article = Article(headline: "", paragraphs: ["一二三"], credit: "摄")
        let galley = ArticleLayout.galley(article, options: LayoutOptions(height: 10, vertical: true))
        #expect(galley.body[0].map(\.column) == [2, 3, 4])
        // At the foot of the body's measure: the row below is kept for a mark to hang into.
        #expect(galley.body[1].map(\.column) == [8])
    }

    @Test func aClosingMarkHangsBelowTheFootOfAColumn() {
        // Ten rows: the indent and seven characters fill the measure of nine; the comma hangs in
        // the tenth instead of carrying 七 into the next column.
        let article = Article(headline: "", paragraphs: ["一二三四五六七，八九"])
        let galley = ArticleLayout.galley(article, options: LayoutOptions(height: 10, vertical: true))
        #expect(galley.body[0].map(\.column) == Array(2...9))
        #expect(galley.body[1].map(\.column) == [0, 1])
        // Ragged, no row is kept: the column runs to the foot itself.
        let ragged = ArticleLayout.galley(article, options: LayoutOptions(height: 10, justify: false, vertical: true))
        #expect(ragged.body[0].map(\.column) == Array(2...9) && ragged.body[1].count == 2)
    }

    @Test func pagesHoldAsManyColumnsAsTheWidthAllowsAndNothingOverlaps() {
        let options = LayoutOptions(width: 40, height: 12, vertical: true)
        let laidOut = ArticleLayout.layout(Seed.issue.articles[1], options: options)
        #expect(laidOut.pages.count > 1)
        for page in laidOut.pages {
            #expect(page.rows.count == 12)
            for row in page.rows {
                var end = 0
                for run in row {
                    #expect(run.column >= end)
                    #expect(run.width == CellWidth.of(run.text))
                    #expect(run.width <= 2)
                    end = run.column + run.width
                }
                #expect(end <= 39)
            }
        }
    }
}

/// Vertical setting over random text of every kind, at random lengths and widths.
@Suite struct VerticalLayoutPropertyTests {
    @Test func nothingLostNothingOverlapsColumnsReadRightToLeft() {
        var random = SplitMix64(seed: 0x7475_6E67)
        for number in 0..<200 {
            let article = RandomText.article(using: &random)
            let options = LayoutOptions(
                width: Int.random(in: 2...120, using: &random), height: Int.random(in: 1...40, using: &random),
                ambiguousWide: Int.random(in: 0..<4, using: &random) == 0, vertical: true)
            let galley = ArticleLayout.galley(article, options: options)
            // Every cluster that is not a space, once, in order.
            let blocks = ArticleBlocks(article).blocks
            var shown: [String] = []
            for run in galley.body.joined() {
                guard let source = run.source else { continue }
                let clusters = Array(blocks[source.block].text)[source.start..<source.end]
                for offset in source.start..<source.end where shown.last != "\(source.block):\(offset)" {
                    shown.append("\(source.block):\(offset)")
                }
                #expect(clusters.count == source.end - source.start)
                #expect(run.column < VerticalLayout.bands(height: options.height!).length, "a run below the column in case \(number)")
            }
            var expected: [String] = []
            for (index, block) in blocks.enumerated() {
                for (offset, character) in block.text.enumerated() where !character.isWhitespace {
                    expected.append("\(index):\(offset)")
                }
            }
            // (A source cluster a two-digit pair or a wide cluster's pieces share appears once.)
            let expectedSet = Set(expected)
            #expect(shown.filter { expectedSet.contains($0) } == expected ? true : false, "text lost in case \(number)")
            // Pages: rows of the column's length, runs left to right, no overlap, within the page.
            // Pages read band by band, each band's columns right to left, each column downwards.
            let bandRows = VerticalLayout.bands(height: options.height!).length + 1
            var order: [SourceSpan] = []
            for page in galley.pages(height: options.verticalColumns) {
                #expect(page.rows.count == options.height)
                var runs: [(band: Int, column: Int, row: Int, source: SourceSpan?)] = []
                for (row, line) in page.rows.enumerated() {
                    var end = 0
                    for run in line {
                        #expect(run.column >= end, "runs overlap in case \(number)")
                        #expect(run.width == CellWidth.of(run.text, ambiguousWide: options.ambiguousWide))
                        #expect(run.width <= 2 || run.role == .rule)
                        end = run.column + run.width
                        runs.append((row / bandRows, run.column, row, run.source))
                    }
                    #expect(end <= options.verticalColumnsAcross * VerticalLayout.pitch, "row wider than the page in case \(number)")
                }
                order += runs.sorted { ($0.band, -$0.column, $0.row) < ($1.band, -$1.column, $1.row) }.compactMap(\.source)
            }
            #expect(order == galley.body.joined().compactMap(\.source) ? true : false, "columns out of order in case \(number)")
        }
    }
}
