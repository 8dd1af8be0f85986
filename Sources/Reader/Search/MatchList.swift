import IssueModel
import TextLayout

/// The `&` list's rows: every match of a search, under a heading for each group — a page (版) of
/// an issue, an issue of an archive — that has any, in order; as less's `&` lists the lines that
/// match, grouped as mutt's and newsboat's lists are not. Pure: the views draw it, the reducers
/// move through it.
struct MatchList: Equatable {
    enum Row: Equatable {
        /// A group's heading: the group, and how many matches it has.
        case group(Int, matches: Int)
        /// A match, by its number in the search's results.
        case match(Int)
    }

    let rows: [Row]
    /// The row of each match.
    let matchRows: [Int]

    /// `groups`: the group of each match, in the matches' order; a heading wherever it changes.
    init(groups: some Sequence<Int>) {
        var rows: [Row] = [], matchRows: [Int] = []
        var group: Int?, heading = 0
        for (index, matchGroup) in groups.enumerated() {
            if matchGroup != group {
                group = matchGroup
                heading = rows.count
                rows.append(.group(matchGroup, matches: 0))
            }
            if case .group(let number, let count) = rows[heading] { rows[heading] = .group(number, matches: count + 1) }
            matchRows.append(rows.count)
            rows.append(.match(index))
        }
        self.rows = rows
        self.matchRows = matchRows
    }

    /// An issue's matches, by page.
    init(results: SearchResults, issue: Issue) {
        let paged = issue.pageList.count > 1
        self.init(groups: results.matches.lazy.map { paged ? issue.page(of: $0.article) : 0 })
    }

    /// What a key's action does to the list's cursor: moves it (clamped to the matches), opens the
    /// match under it, or — nil — closes the list.
    enum Move: Equatable { case to(Int), open }

    func cursor(after action: ReaderAction?, from cursor: Int, visible: Int) -> Move? {
        let last = matchRows.count - 1
        let next: Int
        switch action {
        case .lineDown?: next = cursor + 1
        case .lineUp?: next = cursor - 1
        case .pageDown?: next = cursor + max(1, visible - 1)
        case .pageUp?: next = cursor - max(1, visible - 1)
        case .first?: next = 0
        case .last?: next = last
        case .open?: return .open
        default: return nil
        }
        return .to(max(0, min(next, last)))
    }

    /// The first row shown so that the cursor's row is in sight, moving from `top` as little as it must.
    func top(from top: Int, cursor: Int, visible: Int) -> Int {
        guard matchRows.indices.contains(cursor), visible > 0 else { return 0 }
        var row = matchRows[cursor]
        // A group's first match brings its heading with it.
        if row > 0, case .group = rows[row - 1] { row -= 1 }
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
