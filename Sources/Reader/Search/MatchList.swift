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
        if action == .open { return .open }
        return ListMotion.target(action, from: cursor, page: max(1, visible - 1), last: matchRows.count - 1).map(Move.to)
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

    /// The text around a match in its block, to fit `width` cells: up to a third of them before it
    /// (cut with "…"), the match, then what follows, as far as the row goes — all of it visible
    /// text. Only the clusters near the match are taken: a match late in a long paragraph costs a
    /// walk to it, not a copy of it.
    static func context(_ match: SearchMatch, in block: String, width: Int, ambiguousWide: Bool)
        -> (before: String, match: String, after: String) {
        // Every visible cluster takes a cell at least: a third of the width in clusters is enough.
        let room = max(0, width / 3)
        let from = max(0, match.start - room)
        guard var index = block.index(block.startIndex, offsetBy: from, limitedBy: block.endIndex) else { return ("", "", "") }
        /// The next `count` clusters (fewer at the block's end), made visible.
        func take(_ count: Int) -> String {
            let start = index
            index = block.index(index, offsetBy: max(0, count), limitedBy: block.endIndex) ?? block.endIndex
            return TextFit.visible(String(block[start..<index]), ambiguousWide: ambiguousWide)
        }
        let leading = take(match.start - from)
        let found = take(match.end - match.start)
        let after = take(width)
        return (TextFit.tail(leading, width: room, cut: from > 0, ambiguousWide: ambiguousWide), found, after)
    }
}
