import TestSupport
import IssueModel
import Testing
@testable import TextLayout

/// Properties over random text mixing every kind of character, at widths 1…120 and 1…4 columns.
@Suite struct LayoutPropertyTests {
    static let cases = 300

    @Test func noRunPastItsColumnNothingLostDeterministic() {
        var random = SplitMix64(seed: 0x6B61_6E62_616F)
        for number in 0..<Self.cases {
            let article = RandomText.article(using: &random)
            let options = LayoutOptions(
                width: Int.random(in: 1...120, using: &random),
                height: Bool.random(using: &random) ? Int.random(in: 1...40, using: &random) : nil,
                columns: Int.random(in: 1...4, using: &random),
                ambiguousWide: Int.random(in: 0..<4, using: &random) == 0)
            let laidOut = ArticleLayout.layout(article, options: options)
            let flow = ColumnFlow(width: options.width, requestedColumns: options.columns,
                                  ambiguousWide: options.ambiguousWide)
            for page in laidOut.pages {
                if let height = options.height { #expect(page.rows.count == height) }
                for row in page.rows {
                    var end = 0
                    for run in row {
                        #expect(run.column >= end, "runs overlap in case \(number)")
                        #expect(run.width == CellWidth.of(run.text, ambiguousWide: options.ambiguousWide))
                        end = run.column + run.width
                    }
                    #expect(end <= options.width, "row wider than the page in case \(number)")
                }
                for run in page.rows.flatMap({ $0 }) where run.source.map({ ArticleBlocks(article).blocks[$0.block].role }) ?? .headline != .headline
                    && run.role != .kicker && run.role != .subheadline {
                    // Body runs stay inside their text column.
                    let column = run.column / (flow.columnWidth + flow.gutter)
                    let left = column * (flow.columnWidth + flow.gutter)
                    #expect(run.column + run.width <= left + flow.columnWidth, "a run crosses its column in case \(number)")
                }
            }
            #expect(shownVisibleText(laidOut) == expectedVisibleText(article, ambiguousWide: options.ambiguousWide),
                    "text lost in case \(number)")
            #expect(ArticleLayout.layout(article, options: options) == laidOut)
        }
    }

    @Test(arguments: [1, 2, 3, 5, 40, 80, 120])
    func seedArticlesAtManyWidths(width: Int) {
        for article in Seed.issue.articles {
            for columns in 1...4 {
                let laidOut = ArticleLayout.layout(article, options: LayoutOptions(width: width, columns: columns))
                #expect(laidOut.pages.allSatisfy { $0.rows.allSatisfy { ($0.last.map { $0.column + $0.width } ?? 0) <= max(width, 2) } })
                #expect(shownVisibleText(laidOut) == expectedVisibleText(article))
            }
        }
    }
}
