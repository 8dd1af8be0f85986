import IssueModel
import Testing
import TestSupport
@testable import TextLayout

/// Positions in a galley: what a reader pages and scrolls through.
@Suite struct GalleyTests {
    @Test(arguments: [(40, 1, 5), (100, 3, 10), (80, 2, 6), (30, 1, 2)])
    func nextPositionAgreesWithTheSetPage(width: Int, columns: Int, height: Int) {
        for article in Seed.issue.articles {
            let galley = ArticleLayout.galley(article, options: LayoutOptions(width: width, columns: columns))
            for position in 0..<galley.positionCount {
                #expect(galley.page(from: position, height: height).next == galley.nextPosition(after: position, height: height))
            }
        }
    }

    @Test func pageStartsWalkTheWholeArticle() {
        let galley = ArticleLayout.galley(Seed.issue.articles[0], options: LayoutOptions(width: 100, columns: 3))
        let starts = galley.pageStarts(height: 12)
        #expect(starts.first == 0)
        #expect(starts == starts.sorted())
        #expect(galley.nextPosition(after: starts.last!, height: 12) == galley.positionCount)
        #expect(starts.count == galley.pages(height: 12).count)
    }

    @Test func everyPositionFindsItsAnchorAgain() {
        let galley = ArticleLayout.galley(Seed.issue.articles[1], options: LayoutOptions(width: 70, columns: 2))
        for position in 0..<galley.positionCount {
            let anchor = galley.anchor(at: position)!
            let row = position < galley.header.count ? galley.header[position] : galley.body[position - galley.header.count]
            // A row with no text of its own (the rule) anchors on the next row with text.
            if row.contains(where: { $0.source != nil }) {
                #expect(galley.position(of: anchor) == position)
            } else {
                #expect(galley.position(of: anchor) > position)
            }
        }
    }

    @Test func anchorSurvivesANewWidth() {
        let article = Seed.issue.articles[0]
        let wide = ArticleLayout.galley(article, options: LayoutOptions(width: 120))
        let narrow = ArticleLayout.galley(article, options: LayoutOptions(width: 50))
        let anchor = wide.anchor(at: 20)!
        let line = narrow.body[narrow.position(of: anchor) - narrow.header.count]
        #expect(line.contains { $0.source!.block == anchor.block && $0.source!.start <= anchor.start && anchor.start < $0.source!.end })
    }
}
