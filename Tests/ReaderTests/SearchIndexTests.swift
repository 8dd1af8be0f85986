import IssueModel
import Reader
import Testing
import TestSupport
import TextLayout

@Suite struct SearchIndexTests {
    static let seed = SearchIndex(Seed.issue)

    @Test(arguments: [("工会", 63), ("驿站", 11), ("AED", 2), ("劳逸结合", 1), ("刘政华", 1), ("不存在的词", 0)])
    func countsOnTheSeed(query: String, count: Int) {
        #expect(Self.seed.find(query).count == count)
    }

    @Test func everyMatchIsTheQueryInTheSourceText() {
        let results = Self.seed.find("工会")
        for match in results.matches {
            let block = ArticleBlocks(Seed.issue.articles[match.article]).blocks[match.block]
            let clusters = Array(block.text)
            #expect(String(clusters[match.start..<match.end]) == "工会")
        }
        #expect(results.matches == results.matches.sorted())
    }

    /// A page of its own, to see each folding rule on its own.
    static func page(_ body: String) -> SearchIndex {
        SearchIndex(PageParser.parse("标题\n\n本报讯 \(body)"))
    }

    @Test func fullWidthAndHalfWidthFormsAreTheSame() {
        let index = Self.page("配备ＡＥＤ两台，AED一台；２０人，20人；一　二，一 二；ｶﾞ和ガ。")
        #expect(index.find("AED").count == 2)
        #expect(index.find("ＡＥＤ").count == 2)
        #expect(index.find("20人").count == 2)
        #expect(index.find("２０").count == 2)
        #expect(index.find("一 二").count == 2)
        #expect(index.find("一　二").count == 2)
        #expect(index.find("ガ").count == 2)
    }

    @Test func latinIsCaseInsensitiveUnlessTheQueryHasACapital() {
        let index = Self.page("Community canteen, COMMUNITY Canteen, community CANTEEN, Émile émile.")
        #expect(index.find("community").count == 3)
        #expect(index.find("Community").count == 1)
        #expect(index.find("COMMUNITY").count == 1)
        #expect(index.find("ｃａｎｔｅｅｎ").count == 3)
        #expect(index.find("émile").count == 2)
        #expect(index.find("Émile").count == 1)
    }

    @Test func nothingElseIsFolded() {
        let index = Self.page("乾坤，干燥；é 与 e；①与1。")
        #expect(index.find("e").count == 1)  // not é
        #expect(index.find("1").count == 1)  // not ①
        // Traditional and simplified are one — 乾 is what t2s makes 干 — unless the exact script is asked for.
        #expect(index.find("干").count == 2)
        #expect(SearchIndex(Issue(articles: [Article(headline: "", paragraphs: ["乾坤，干燥"])]), scriptFolding: false).find("干").count == 1)
    }

    @Test func traditionalAndSimplifiedAreOne() {
        let index = Self.page("習近平談經濟發展；习近平谈经济发展。")
        #expect(index.find("习近平").count == 2 && index.find("習近平").count == 2 && index.find("经济发展").count == 2)
        // The match is where the text has it, as written.
        let first = index.find("习近平").matches[0]
        #expect(first.end - first.start == 3)
    }

    @Test func decomposedTextMatchesComposedQueries() {
        let index = Self.page("Cafe\u{301} 与 café。")
        #expect(index.find("café").count == 2)
        #expect(index.find("cafe\u{301}").count == 2)
    }

    @Test func aMatchDoesNotRunFromOneBlockIntoTheNext() {
        let index = SearchIndex(PageParser.parse("标题\n\n本报讯 第一段末尾工\n\n会开始第二段。"))
        // The parser mends "工" + "会" (a column break mid-word); across a real paragraph end it must not match.
        let mended = index.find("工会").count
        let unmended = SearchIndex(PageParser.parse("标题\n\n本报讯 第一段末尾工。\n\n会开始第二段。")).find("工。会").count
        #expect(mended == 1)
        #expect(unmended == 0)
    }

    @Test func anEmptyQueryFindsNothing() {
        #expect(Self.seed.find("").isEmpty)
    }

    @Test func countsPerArticleAndTheFirstMatchAfterAPlace() {
        let results = Self.seed.find("工会")
        let perArticle = (0..<Seed.issue.articles.count).map { results.count(inArticle: $0) }
        #expect(perArticle.reduce(0, +) == 63)
        #expect(perArticle.allSatisfy { $0 > 0 })
        let second = SearchMatch(article: 1, block: 0, start: 0, end: 0)
        let index = results.firstIndex(atOrAfter: second)!
        #expect(results.matches[index].article == 1 && index == perArticle[0])
        #expect(results.firstIndex(atOrAfter: SearchMatch(article: 99, block: 0, start: 0, end: 0)) == nil)
    }
}

@Suite struct SearchIndexFastPathTests {
    static let alone: [Unicode.Scalar] = (0..<0x10000).compactMap { Unicode.Scalar(UInt32($0)) }.filter(LoneScalars.standAlone)

    /// The index takes a block code point by code point when all of them stand alone: then each must
    /// be a grapheme cluster of its own, next to any other — or matches would be drawn in the wrong cells.
    @Test func codePointsThatStandAloneAreClustersOfTheirOwn() {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: Self.alone)
        #expect(String(text).count == Self.alone.count)
        var random = SplitMix64(seed: 14)
        for _ in 0..<20 {
            var shuffled = String.UnicodeScalarView()
            for _ in 0..<5000 { shuffled.append(Self.alone[Int(random.next() % UInt64(Self.alone.count))]) }
            #expect(String(shuffled).count == shuffled.count)
        }
    }

    @Test func bothWaysThroughABlockGiveTheSameMatches() {
        // The same text, once all standing alone, once with a combining mark that sends it the slow way.
        let fast = SearchIndex(PageParser.parse("标题\n\n本报讯 ＡＥＤ配备工会驿站，Café au lait。"))
        let slow = SearchIndex(PageParser.parse("标题\n\n本报讯 ＡＥＤ配备工会驿站，Café au lait。e\u{301}"))
        for query in ["aed", "工会驿站", "café", "AU LAIT", "，c"] {
            #expect(fast.find(query).matches == slow.find(query).matches, "\(query)")
        }
    }
}
