import Foundation
import IssueModel
import TextFolding
import TextLayout

/// The issue's text as search sees it, built once: every block of every article (kicker, headline,
/// subheadline, paragraphs, credit — the parsed text, so a phrase a column break had split is whole)
/// as one run of cluster keys, width- and (unless the exact script is asked for) script-folded; Latin case is folded during the scan, when the query
/// asks for it, so the index costs 4 bytes a cluster. A query is a scan of that run, not of laid-out
/// lines, so a match that the layout breaks over lines, columns or pages is still one match.
public final class SearchIndex: Sendable {
    /// Width-folded keys; blocks separated by `SearchFolding.separator`.
    private let keys: [UInt32]
    /// For each block in order: where its keys start, its article and its number in the article.
    private let blockStarts: [Int]
    private let blockArticles: [Int]
    private let blockNumbers: [Int]
    /// Keys of clusters of more than one code point.
    private let interned: [String: UInt32]
    private let articleCount: Int
    /// Traditional and simplified characters are one (`ScriptFolding`).
    public let scriptFolding: Bool

    public init(_ issue: Issue, scriptFolding: Bool = true) {
        self.scriptFolding = scriptFolding
        var keys: [UInt32] = []
        var starts: [Int] = [], articles: [Int] = [], numbers: [Int] = []
        var interned: [String: UInt32] = [:]
        for (articleIndex, article) in issue.articles.enumerated() {
            for (number, block) in ArticleBlocks(article).blocks.enumerated() {
                starts.append(keys.count)
                articles.append(articleIndex)
                numbers.append(number)
                defer { keys.append(SearchFolding.separator) }
                if LoneScalars.only(block.text) {
                    // The common case, and much faster: every code point is a cluster of its own.
                    for scalar in block.text.unicodeScalars { keys.append(SearchFolding.folded(scalar.value, script: scriptFolding)) }
                    continue
                }
                for character in block.text {
                    keys.append(Self.key(character, script: scriptFolding) { text in
                        if let key = interned[text] { return key }
                        let key = 0x20_0000 + UInt32(interned.count)
                        interned[text] = key
                        return key
                    })
                }
            }
        }
        self.keys = keys
        blockStarts = starts
        blockArticles = articles
        blockNumbers = numbers
        self.interned = interned
        articleCount = issue.articles.count
    }

    /// Every match of `query`, in order; none for an empty query. Matches do not overlap.
    public func find(_ query: String) -> SearchResults {
        let caseSensitive = SearchFolding.hasCapital(query)
        // A cluster the issue does not have gets a key nothing has.
        let needle = query.map { Self.key($0, script: scriptFolding) { self.interned[$0] ?? SearchFolding.separator - 1 } }
            .map { caseSensitive ? $0 : SearchFolding.caseFolded($0) }
        guard !needle.isEmpty else { return SearchResults(query: query, matches: [], articleCount: articleCount) }
        let offsets = keys.withUnsafeBufferPointer { keys in
            caseSensitive ? Self.scan(keys, for: needle) { $0 } : Self.scan(keys, for: needle, SearchFolding.caseFolded)
        }
        var matches: [SearchMatch] = []
        matches.reserveCapacity(offsets.count)
        var block = 0
        for offset in offsets {
            while block + 1 < blockStarts.count && blockStarts[block + 1] <= offset { block += 1 }
            let start = offset - blockStarts[block]
            matches.append(SearchMatch(article: blockArticles[block], block: blockNumbers[block], start: start, end: start + needle.count))
        }
        return SearchResults(query: query, matches: matches, articleCount: articleCount)
    }

    /// Where `needle` starts in `haystack` with `fold` applied to it, left to right, not overlapping.
    @inline(__always)
    private static func scan(
        _ haystack: UnsafeBufferPointer<UInt32>, for needle: [UInt32], _ fold: (UInt32) -> UInt32
    ) -> [Int] {
        var found: [Int] = []
        let first = needle[0], length = needle.count
        var index = 0
        let last = haystack.count - length
        while index <= last {
            if fold(haystack[index]) == first {
                var k = 1
                while k < length && fold(haystack[index + k]) == needle[k] { k += 1 }
                if k == length {
                    found.append(index)
                    index += length
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// A cluster's key, folded. One code point: its folded value. More (a cluster with combining
    /// marks, an emoji sequence): folded code point by code point, put in NFC — which may make it one
    /// code point (e + ◌́ = é; ｶﾞ = カ + ◌゙ = ガ) — and otherwise numbered by `intern`.
    static func key(_ character: Character, script: Bool, intern: (String) -> UInt32) -> UInt32 {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return SearchFolding.folded(scalar.value, script: script) }
        var folded = String.UnicodeScalarView()
        for scalar in scalars { folded.append(Unicode.Scalar(SearchFolding.folded(scalar.value, script: script)) ?? scalar) }
        let composed = String(folded).precomposedStringWithCanonicalMapping
        let composedScalars = composed.unicodeScalars
        if composedScalars.count == 1, let only = composedScalars.first { return SearchFolding.folded(only.value, script: script) }
        return intern(composed)
    }
}
