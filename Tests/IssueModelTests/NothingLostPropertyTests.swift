import TestSupport
import Testing
@testable import IssueModel

/// "Nothing lost, nothing invented" as a property: every non-whitespace character of the input appears
/// exactly once, in order, in the header, kickers, headlines, subheadlines, paragraphs and credits —
/// on mutations of the seed and the fixtures, and on random text.
@Suite struct NothingLostPropertyTests {
    static let casesPerPage = 150

    @Test(arguments: Pages.all)
    func holdsOnMutatedPages(page: NamedPage) {
        var random = SplitMix64(seed: 0x4B41_4E42 ^ UInt64(page.name.utf8.count))
        for _ in 0..<Self.casesPerPage {
            let text = PageMutator.mutate(page.text, using: &random)
            let issue = PageParser.parse(text)
            guard visibleScalars(issue.sourceTexts) == visibleScalars([text]) else {
                Issue.record("text lost or invented for a mutation of \(page.name):\n\(text)")
                return
            }
        }
    }

    @Test func holdsOnRandomText() {
        var random = SplitMix64(seed: 2023_0822)
        for _ in 0..<400 {
            let text = PageMutator.randomText(using: &random)
            let issue = PageParser.parse(text)
            guard visibleScalars(issue.sourceTexts) == visibleScalars([text]) else {
                Issue.record("text lost or invented for random text: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                return
            }
        }
    }
}
