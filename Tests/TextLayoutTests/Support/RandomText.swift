import TestSupport
import IssueModel
@testable import TextLayout

/// Text mixing everything the layout must survive: ideographs and CJK punctuation, Latin words,
/// numbers with units, URLs, emoji sequences, combining marks, Extension B, full- and half-width
/// forms, Hangul, Thai, control characters, bidi controls, tabs, long runs without a break.
enum RandomText {
    static let pieces: [String] = [
        "工会", "驿站", "，", "。", "、", "；", "：", "？", "！", "（", "）", "《", "》", "“", "”", "‘", "’", "……", "——",
        "A+H", "AED", "7.8", "2600", "100%", "8月21日", " ", "　", "Beijing", "https://example.org/path",
        "👨‍👩‍👧‍👦", "🇨🇳", "❤️", "e\u{301}", "𠀀", "𰻞", "ＡＥＤ", "２０", "ｶﾀｶﾅ", "한국어", "ภาษาไทย",
        "\u{1B}[2J", "\u{07}", "\u{9B}", "\u{202E}", "\u{200B}", "\t", "·", "～", "℃", "本报讯（记者 白莹）",
        String(repeating: "长", count: 50), String(repeating: "x", count: 60),
    ]

    static func paragraph(using random: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &random) {
            if Int.random(in: 0..<4, using: &random) == 0 {
                text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FFF, using: &random))!)
            } else {
                text += pieces.randomElement(using: &random)!
            }
        }
        return text
    }

    static func article(using random: inout SplitMix64) -> Article {
        Article(
            kicker: Bool.random(using: &random) ? paragraph(using: &random) : nil,
            headline: paragraph(using: &random),
            subheadline: Bool.random(using: &random) ? paragraph(using: &random) : nil,
            byline: nil,
            paragraphs: (0..<Int.random(in: 1...5, using: &random)).map { _ in paragraph(using: &random) },
            credit: Bool.random(using: &random) ? "本报记者 盛丽 摄影报道" : nil)
    }
}

/// The non-space text of an article as the layout must show it: each cluster as its glyph.
func expectedVisibleText(_ article: Article, ambiguousWide: Bool = false) -> String {
    ArticleBlocks(article).blocks.map { block in
        block.text.map { Glyph($0, ambiguousWide: ambiguousWide).text }.joined()
    }.joined().filter { !$0.isWhitespace }
}

/// The non-space text a layout shows, in reading order: page by page, and by source position — the
/// pieces of one cluster too wide for its column by column, then row.
func shownVisibleText(_ laidOut: LaidOutArticle) -> String {
    let options = laidOut.options
    let flow = ColumnFlow(width: options.width, requestedColumns: options.columns,
                          ambiguousWide: options.ambiguousWide)
    var text = ""
    for page in laidOut.pages {
        var runs: [(key: [Int], text: String)] = []
        for (row, rowRuns) in page.rows.enumerated() {
            for run in rowRuns {
                guard let source = run.source else { continue }
                // Header blocks span the page; body blocks read column by column.
                let isHeader = [.kicker, .headline, .subheadline].contains(run.role)
                let column = isHeader ? 0 : run.column / (flow.columnWidth + flow.gutter)
                runs.append(([source.block, source.start, column, row, run.column], run.text))
            }
        }
        runs.sort { $0.key.lexicographicallyPrecedes($1.key) }
        text += runs.map(\.text).joined()
    }
    return text.filter { !$0.isWhitespace }
}
