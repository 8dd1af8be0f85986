import Foundation
import IssueModel
import Testing
import TextFolding
import TestSupport
import TextLayout
@testable import Reader

/// Parse → layout → search over random and damaged pages: no crash, nothing lost, no row wider than
/// the page or runs over each other, and search finding exactly what a plain scan finds.
///
/// `swift test` runs a bounded number of cases; a long campaign:
///     KANBAO_FUZZ_CASES=100000 KANBAO_FUZZ_SEED=7 swift test -c release --filter PipelineFuzzTests
@Suite struct PipelineFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["KANBAO_FUZZ_CASES"].flatMap { Int($0) } ?? 150
    static let seed = environment["KANBAO_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x4B42_4655_5A5A

    /// A page to try: a damaged fixture (the seed among them), random text, or one very long line.
    static func page(using random: inout SplitMix64) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<7: return PageMutator.mutate(Pages.all.randomElement(using: &random)!.text, using: &random)
        case 7, 8: return PageMutator.randomText(using: &random)
        default: return "本报讯 " + String(repeating: PageMutator.randomLine(using: &random), count: Int.random(in: 50...400, using: &random))
        }
    }

    @Test func parseLayoutAndSearchHoldTogether() {
        var random = SplitMix64(seed: Self.seed)
        for number in 0..<Self.cases {
            let text = Self.page(using: &random)
            let issue = PageParser.parse(text)
            guard visibleScalars(issue.sourceTexts) == visibleScalars([text]) else {
                Issue.record("case \(number): text lost or invented")
                return
            }
            for article in issue.articles.shuffled(using: &random).prefix(2) {
                let options = LayoutOptions(width: Int.random(in: 1...160, using: &random),
                                            height: Bool.random(using: &random) ? Int.random(in: 1...50, using: &random) : nil,
                                            columns: Int.random(in: 1...4, using: &random),
                                            ambiguousWide: Int.random(in: 0..<4, using: &random) == 0)
                for page in ArticleLayout.layout(article, options: options).pages {
                    for row in page.rows {
                        var end = 0
                        for run in row {
                            if run.column < end || run.column + run.width > max(options.width, 2) {
                                Issue.record("case \(number): a run past the page or over another at width \(options.width)")
                            }
                            end = run.column + run.width
                        }
                    }
                }
            }
            let index = SearchIndex(issue)
            for _ in 0..<3 {
                guard let query = Self.query(in: issue, using: &random) else { continue }
                let found = index.find(query).matches
                #expect(found == Self.plainScan(issue, query, fold: true), "case \(number): \(query.unicodeScalars.map { $0.value })")
                if query.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                    // Ideographs fold to nothing else: a scan with no folding at all finds the same.
                    #expect(found == Self.plainScan(issue, query, fold: false), "case \(number): \(query)")
                }
            }
        }
    }

    /// A piece of the issue's text, 1–4 clusters long, or now and then something random.
    static func query(in issue: IssueModel.Issue, using random: inout SplitMix64) -> String? {
        if Int.random(in: 0..<5, using: &random) == 0 { return String(PageMutator.randomLine(using: &random).prefix(3)) }
        guard let article = issue.articles.randomElement(using: &random),
              let block = ArticleBlocks(article).blocks.randomElement(using: &random) else { return nil }
        let clusters = Array(block.text)
        guard !clusters.isEmpty else { return nil }
        let start = Int.random(in: 0..<clusters.count, using: &random)
        let length = Int.random(in: 1...min(4, clusters.count - start), using: &random)
        return String(clusters[start..<start + length])
    }

    /// Non-overlapping occurrences, block by block, cluster by cluster — with search's folding (as
    /// a reference done another way) or none.
    static func plainScan(_ issue: IssueModel.Issue, _ query: String, fold: Bool) -> [SearchMatch] {
        let caseSensitive = SearchFolding.hasCapital(query)
        func folded(_ character: Character) -> String {
            guard fold else { return String(character) }
            let scalars = character.unicodeScalars.map { scalar -> Unicode.Scalar in
                let width = SearchFolding.folded(scalar.value, script: true)
                return Unicode.Scalar(caseSensitive ? width : SearchFolding.caseFolded(width)) ?? scalar
            }
            let text = String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
            // The case of a character that composes into a Latin letter is folded after composing.
            guard text.unicodeScalars.count == 1, let only = text.unicodeScalars.first else { return text }
            let composed = SearchFolding.folded(only.value, script: true)
            return String(Unicode.Scalar(caseSensitive ? composed : SearchFolding.caseFolded(composed)) ?? only)
        }
        let needle = query.map(folded)
        guard !needle.isEmpty else { return [] }
        var matches: [SearchMatch] = []
        for (articleIndex, article) in issue.articles.enumerated() {
            for (blockIndex, block) in ArticleBlocks(article).blocks.enumerated() {
                let haystack = block.text.map(folded)
                var start = 0
                while start + needle.count <= haystack.count {
                    if Array(haystack[start..<start + needle.count]) == needle {
                        matches.append(SearchMatch(article: articleIndex, block: blockIndex, start: start, end: start + needle.count))
                        start += needle.count
                    } else {
                        start += 1
                    }
                }
            }
        }
        return matches
    }
}
