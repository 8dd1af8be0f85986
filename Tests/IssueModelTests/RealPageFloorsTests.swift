import Foundation
import Testing
import TestSupport
@testable import IssueModel

/// Floors on real People's Daily pages (`Tests/Fixtures/real-pages/`: 38 pages made by
/// `../shared/tools/realpages.py make` from four days of February 2019 — articles in order, blank lines
/// varied or two before each article, indents kept or not, column breaks cut in; six in GB18030 with
/// CRLF — and `flat/`, the uniform pages again with one blank line everywhere; each with its true
/// kicker, headline and subheadline). Measured as `realpages.py pages` measures:
/// where articles start (F1), and pages whose every title is right. The weights were fitted on the
/// same month, so these are floors against a regression, not a measure of what generalises (the
/// note and the README give the held-back figures).
@Suite struct RealPageFloorsTests {
    struct Expected: Decodable {
        struct Title: Decodable {
            var kicker: String?
            var headline: String
            var subheadline: String?
        }
        var articles: [Title]
        var encoding: String?
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/real-pages")

    /// The made pages of one folder: each page's text and its truth.
    static func pages(_ set: String) throws -> [(name: String, text: String, expected: Expected)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(set).path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { file in
            let url = folder.appendingPathComponent(set).appendingPathComponent(file)
            let text = try TextDecoding.decode(Array(try Data(contentsOf: url)), name: file).text
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url.deletingPathExtension().appendingPathExtension("expect.json")))
            return (file, text, expected)
        }
    }

    static func squeezed(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Where each article starts, as offsets into the page's text without whitespace.
    static func starts(_ firsts: [String], in flat: String) -> Set<Int> {
        var found: Set<Int> = []
        var from = flat.startIndex
        for first in firsts {
            let needle = String(first.filter { !$0.isWhitespace })
            guard !needle.isEmpty, let range = flat.range(of: needle, range: from..<flat.endIndex) else { continue }
            found.insert(flat.distance(from: flat.startIndex, to: range.lowerBound))
            from = flat.index(after: range.lowerBound)
        }
        return found
    }

    @Test(arguments: [("varied", 0.96, 0.65), ("uniform", 0.98, 0.9), ("gb18030-crlf", 0.97, 0.6), ("flat", 0.87, 0.35)])
    func articlesAndTitlesOnRealPages(set: String, minimumF1: Double, minimumRight: Double) throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, right = 0
        let pages = try Self.pages(set)
        #expect(pages.count >= 6)
        for page in pages {
            let issue = PageParser.parse(page.text)
            let flat = String(page.text.filter { !$0.isWhitespace })
            let want = Self.starts(page.expected.articles.map { ($0.kicker ?? "") + $0.headline + ($0.subheadline ?? "") }, in: flat)
            let have = Self.starts(issue.articles.map { article in
                [article.kicker, article.headline, article.subheadline].compactMap { $0 }.first { !$0.isEmpty }
                    ?? String((article.paragraphs.first ?? "").prefix(12))
            }, in: flat)
            truePositives += want.intersection(have).count
            falsePositives += have.subtracting(want).count
            falseNegatives += want.subtracting(have).count
            let titles = issue.articles.map { [Self.squeezed($0.kicker), Self.squeezed($0.headline), Self.squeezed($0.subheadline)] }
            let truth = page.expected.articles.map { [Self.squeezed($0.kicker), Self.squeezed($0.headline), Self.squeezed($0.subheadline)] }
            if titles == truth { right += 1 }
            // Nothing lost, nothing invented, in order.
            #expect(visibleScalars(issue.sourceTexts) == visibleScalars([page.text]), "\(set)/\(page.name)")
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let f1 = 2 * precision * recall / max(1e-9, precision + recall)
        #expect(f1 >= minimumF1, "\(set): F1 \(f1)")
        #expect(Double(right) >= minimumRight * Double(pages.count), "\(set): \(right) of \(pages.count) pages right")
    }
}
