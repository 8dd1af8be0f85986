import Glibc
import IssueModel
import Reader
import TextLayout

/// A query as the archive's search takes it, folded as the reader folds it (`SearchFolding`:
/// full-width = half-width, Latin case unless the query has a capital), so that the counts are the
/// reader's. Counting is a byte search (`memchr` and `memcmp`) in text width-folded the same way —
/// exact where every grapheme cluster of query and text is one code point
/// (`ArchiveText.singleScalarClusters`: nearly all news text); the rest goes through the reader's
/// own `SearchIndex` (`ArchiveSearch.readerResults`).
public struct ArchiveQuery: Sendable {
    public let text: String
    public let caseSensitive: Bool
    /// Every cluster of the query is one code point.
    let lone: Bool
    /// The query width-folded (and case-folded unless case-sensitive), as UTF-8.
    let needle: [UInt8]
    /// The text must be case-folded too before the byte search: the query is not case-sensitive and
    /// has a letter that has a case.
    let foldsCase: Bool
    /// The FTS5 expression that finds the files which may hold it (`ArchiveTokens`); nil when it
    /// has no token, and every file must be looked at.
    let tokenMatch: String?
    /// The bits a file's pair signature must have (`ArchiveTokens.signature`); none for a query
    /// with no two tokens side by side.
    let pairBits: [Int]

    public init(_ text: String) {
        self.text = text
        caseSensitive = SearchFolding.hasCapital(text)
        lone = ArchiveText.singleScalarClusters(text)
        var folded = String.UnicodeScalarView()
        var foldsCase = false
        for scalar in text.unicodeScalars {
            var value = SearchFolding.widthFolded(scalar.value)
            if !caseSensitive {
                let lower = SearchFolding.caseFolded(value)
                // (A letter that has a case: its capital folds to it, so the text must be folded too.)
                if lower != value || Self.hasCapitalForm(value) { foldsCase = true }
                value = lower
            }
            folded.append(Unicode.Scalar(value) ?? scalar)
        }
        self.foldsCase = foldsCase
        needle = Array(String(folded).utf8)
        tokenMatch = ArchiveTokens.query(String(folded), dropCased: !caseSensitive)
        pairBits = ArchiveTokens.signatureBits(ofQuery: String(folded), dropCased: !caseSensitive)
    }

    /// A lower-case Latin letter whose capital search folds to it (`g`, `é`).
    private static func hasCapitalForm(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenUppercased else { return false }
        let upper = scalar.properties.uppercaseMapping.unicodeScalars
        return upper.count == 1 && SearchFolding.caseFolded(upper.first!.value) == value
    }

    /// How many times the query occurs in `folded` (text width-folded as by `ArchiveText`), not
    /// overlapping, left to right — when both are made of lone code points.
    func count(inFolded folded: UnsafeRawBufferPointer) -> Int {
        guard !needle.isEmpty, let base = folded.baseAddress else { return 0 }
        if foldsCase {
            let lowered = ArchiveText.caseFolded(folded)
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
/// subheadline, paragraphs, credit) one a line, and the same width-folded for counting.
enum ArchiveText {
    static func blocks(_ article: IssueModel.Article) -> [String] { ArticleBlocks(article).blocks.map(\.text) }

    /// Whether every grapheme cluster of `text` is one code point — then the reader's keys are its
    /// code points width-folded, and a byte search in the folded text finds what the reader finds.
    /// (More than `LoneScalars.only`, which knows only the code points that are such clusters
    /// whatever stands beside them: `●`, `℃`, `①` are clusters by themselves here too.)
    static func singleScalarClusters(_ text: String) -> Bool {
        LoneScalars.only(text) || text.count == text.unicodeScalars.count
    }

    /// Width-folded, code point by code point (the reader's fold for lone code points), as UTF-8:
    /// a byte loop, since only U+3000 (`E3 80 80`) and U+FF00–FFEF (`EF BC…BF xx`) change.
    static func widthFolded(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var text = text
        // (`withUTF8` makes the text contiguous first, if it is not.)
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if index + 2 < bytes.count {
                    if byte == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 {
                        out.append(0x20)
                        index += 3
                        continue
                    }
                    if byte == 0xEF && (0xBC...0xBF).contains(bytes[index + 1]) {
                        let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        out.append(contentsOf: String(Unicode.Scalar(SearchFolding.widthFolded(value)) ?? "\u{FFFD}").utf8)
                        index += 3
                        continue
                    }
                }
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// UTF-8 text with Latin case folded as search folds it.
    static func caseFolded(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(Unicode.Scalar(SearchFolding.caseFolded(scalar.value)) ?? scalar) }
        return Array(String(out).utf8)
    }
}
