import IssueModel
import TextLayout

/// The `&` list's rows: every match of the search, under a heading for each page (版) that has
/// any, in the issue's order — as less's `&` lists the lines that match, grouped as mutt's and
/// newsboat's lists are not. Pure: the view draws it, the reducer moves through it.
struct MatchList: Equatable {
    enum Row: Equatable {
        /// A page's heading: the page, and how many matches it has.
        case page(Int, matches: Int)
        /// A match, by its number in the search's results.
        case match(Int)
    }

    let rows: [Row]
    /// The row of each match.
    let matchRows: [Int]

    init(results: SearchResults, issue: Issue) {
        var rows: [Row] = [], matchRows: [Int] = []
        rows.reserveCapacity(results.count + 8)
        matchRows.reserveCapacity(results.count)
        let paged = issue.pageList.count > 1
        var page = -1, heading = 0
        for (index, match) in results.matches.enumerated() {
            let matchPage = paged ? issue.page(of: match.article) : 0
            if matchPage != page {
                page = matchPage
                heading = rows.count
                rows.append(.page(page, matches: 0))
            }
            if case .page(let number, let count) = rows[heading] { rows[heading] = .page(number, matches: count + 1) }
            matchRows.append(rows.count)
            rows.append(.match(index))
        }
        self.rows = rows
        self.matchRows = matchRows
    }

    /// The first row shown so that the cursor's row is in sight, moving from `top` as little as it must.
    func top(from top: Int, cursor: Int, visible: Int) -> Int {
        guard matchRows.indices.contains(cursor), visible > 0 else { return 0 }
        var row = matchRows[cursor]
        // A page's first match brings its heading with it.
        if row > 0, case .page = rows[row - 1] { row -= 1 }
        let last = max(0, rows.count - visible)
        return min(last, max(0, min(max(top, matchRows[cursor] - visible + 1), row)))
    }

    /// The text around a match, to fit `width` cells: up to a third of them before it (cut with
    /// "…"), the match, then what follows, as far as it goes — all of it visible text.
    static func context(_ match: SearchMatch, in article: Article, width: Int, ambiguousWide: Bool)
        -> (before: String, match: String, after: String) {
        let blocks = ArticleBlocks(article).blocks
        guard blocks.indices.contains(match.block) else { return ("", "", "") }
        let clusters = Array(blocks[match.block].text)
        let start = min(match.start, clusters.count), end = min(max(start, match.end), clusters.count)
        func visible(_ slice: ArraySlice<Character>) -> String { TextFit.visible(String(slice), ambiguousWide: ambiguousWide) }
        func cells(_ text: String) -> Int { CellWidth.of(text, ambiguousWide: ambiguousWide) }
        let found = visible(clusters[start..<end])
        var before = "", first = start
        let room = max(0, width / 3)
        while first > 0 {
            let piece = visible(clusters[(first - 1)..<first])
            if cells(piece) + cells(before) > room { break }
            before = piece + before
            first -= 1
        }
        if first > 0 { before = "…" + String(before.dropFirst()) }
        return (before, found, visible(clusters[end...]))
    }
}
