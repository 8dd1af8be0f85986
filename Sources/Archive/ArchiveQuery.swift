import Glibc
import IssueModel
import Reader
import TextFolding
import TextLayout

/// A query as the archive's search takes it, folded as the reader folds it (`SearchFolding`:
/// full-width = half-width, traditional = simplified unless the exact script is asked for, Latin
/// case unless the query has a capital), so that the counts are the reader's. Counting is a byte
/// search (`memchr` and `memcmp`) in text folded the same way —
/// exact where every grapheme cluster of query and text is one code point
/// (`ArchiveText.singleScalarClusters`: nearly all news text); the rest goes through the reader's
/// own `SearchIndex` (`ArchiveSearch.readerResults`).
public struct ArchiveQuery: Sendable {
    public let text: String
    public let caseSensitive: Bool
    /// Traditional and simplified characters are one (the default).
    public let scriptFolding: Bool
    /// Every cluster of the query is one code point.
    let lone: Bool
    /// It is counted by the byte search in the index's text, which is kept script-folded: a query
    /// of the exact script is counted in the articles read again, as the reader counts.
    var countsInIndex: Bool { lone && scriptFolding }
    /// The query width-folded (and case-folded unless case-sensitive), as UTF-8.
    let needle: [UInt8]
    /// The text must be case-folded too before the byte search: the query is not case-sensitive and
    /// has a letter that has a case.
    let foldsCase: Bool
    /// The FTS5 expression that finds the files which may hold it (`ArchiveTokens`); nil when it
    /// has no token, and every file must be looked at.
    let tokenMatch: String?

    public init(_ text: String, scriptFolding: Bool = true) {
        self.text = text
        self.scriptFolding = scriptFolding
        caseSensitive = SearchFolding.hasCapital(text)
        lone = ArchiveText.singleScalarClusters(text)
        var folded = String.UnicodeScalarView(), indexFolded = String.UnicodeScalarView()
        var foldsCase = false
        for scalar in text.unicodeScalars {
            var value = SearchFolding.folded(scalar.value, script: scriptFolding)
            if !caseSensitive {
                let lower = SearchFolding.caseFolded(value)
                // (A letter that has a case: its capital folds to it, so the text must be folded too.)
                if lower != value || Self.hasCapitalForm(value) { foldsCase = true }
                value = lower
            }
            folded.append(Unicode.Scalar(value) ?? scalar)
            indexFolded.append(Unicode.Scalar(ScriptFolding.folded(value)) ?? scalar)
        }
        self.foldsCase = foldsCase
        needle = Array(String(folded).utf8)
        // (The index's tokens are of script-folded text: an exact-script query finds its candidates there too.)
        tokenMatch = ArchiveTokens.query(String(indexFolded), dropCased: !caseSensitive)
    }

    /// A lower-case Latin letter whose capital search folds to it (`g`, `é`).
    private static func hasCapitalForm(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenUppercased else { return false }
        let upper = scalar.properties.uppercaseMapping.unicodeScalars
        return upper.count == 1 && SearchFolding.caseFolded(upper.first!.value) == value
    }

    /// How many times the query occurs in `folded` (text folded as the query is), not
    /// overlapping, left to right — when both are made of lone code points.
    func count(inFolded folded: UnsafeRawBufferPointer) -> Int {
        guard !needle.isEmpty, let base = folded.baseAddress else { return 0 }
        if foldsCase {
            let lowered = SearchFolding.caseFoldedUTF8(folded)
            return lowered.withUnsafeBytes { Self.occurrences(of: needle, in: $0) }
        }
        return Self.occurrences(of: needle, in: UnsafeRawBufferPointer(start: base, count: folded.count))
    }

    /// Non-overlapping occurrences, found by `memchr` on the needle's last byte (in Chinese UTF-8 a
    /// continuation byte, spread over 64 values, so that few places are compared) then `memcmp`.
    static func occurrences(of needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int {
        needle.withUnsafeBytes { occurrences(of: $0, in: haystack) }
    }

    static func occurrences(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Int {
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress, let last = needle.last, haystack.count >= needle.count
        else { return 0 }
        let length = needle.count
        var count = 0
        // `position` is where the needle's last byte may be, at the earliest.
        var position = length - 1
        while position < haystack.count, let found = memchr(base + position, Int32(last), haystack.count - position) {
            let end = base.distance(to: UnsafeRawPointer(found)) + 1
            if memcmp(base + (end - length), needleBase, length) == 0 {
                count += 1
                position = end + length - 1
            } else {
                position = end
            }
        }
        return count
    }
}

/// An article's text as the archive keeps it: its blocks (`ArticleBlocks`: kicker, headline,
/// subheadline, paragraphs, credit) one a line, and the same folded for counting.
enum ArchiveText {
    static func blocks(_ article: IssueModel.Article) -> [String] { ArticleBlocks(article).blocks.map(\.text) }

    /// Whether every grapheme cluster of `text` is one code point — then the reader's keys are its
    /// code points width-folded, and a byte search in the folded text finds what the reader finds.
    /// (More than `LoneScalars.only`, which knows only the code points that are such clusters
    /// whatever stands beside them: `●`, `℃`, `①` are clusters by themselves here too.)
    static func singleScalarClusters(_ text: String) -> Bool {
        LoneScalars.only(text) || text.count == text.unicodeScalars.count
    }

    /// Folded code point by code point as the reader folds lone code points, as UTF-8.
    static func folded(_ text: String, script: Bool) -> [UInt8] { SearchFolding.foldedUTF8(text, script: script) }
}
