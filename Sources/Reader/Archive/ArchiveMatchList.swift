/// One match of an archive's search, as its `&` list shows it: its issue, 版 and headline, and the
/// text around it in its paragraph.
public struct ArchiveMatch: Equatable, Sendable {
    /// The date, `2019-02-01`, as its entry has it.
    public let date: String
    /// `第01版`.
    public let page: String
    public let headline: String
    /// The paragraph's text before the match (`…` first when cut), the match, the text after.
    public let before: String, found: String, after: String

    public init(date: String, page: String, headline: String, before: String, found: String, after: String) {
        self.date = date
        self.page = page
        self.headline = headline
        self.before = before
        self.found = found
        self.after = after
    }
}

/// The archive's `&` list — on the archive screen, or over an issue opened from it: every match of
/// the search, grouped by issue, the cursor on one.
public struct ArchiveMatchList: Sendable {
    public let query: String
    public let matches: [ArchiveMatch]
    /// Each match's entry, and its number among its issue's matches (the reader's `k` of `k/N`).
    let entries: [Int]
    let numbers: [Int]
    /// Each issue's heading label (`2019年2月1日 星期五`), by entry.
    let labels: [Int: String]
    let list: MatchList
    public internal(set) var cursor: Int
    var top = 0

    /// The matches of the issues in `entries` (others are left out), the cursor on the first at or
    /// after entry `from` — on its `number`th, if it has that many.
    public init(query: String, matches: [ArchiveMatch], entries: [ArchiveScreenState.Entry], from: Int, number: Int = 0) {
        let position = Dictionary(entries.enumerated().map { ($1.date, $0) }) { first, _ in first }
        let kept = matches.filter { position[$0.date] != nil }
        self.query = query
        self.matches = kept
        self.entries = kept.map { position[$0.date]! }
        var numbers: [Int] = [], last: Int?, counted = 0
        for entry in self.entries {
            counted = entry == last ? counted + 1 : 0
            last = entry
            numbers.append(counted)
        }
        self.numbers = numbers
        labels = Dictionary(self.entries.map { ($0, entries[$0].label) }) { first, _ in first }
        list = MatchList(groups: self.entries)
        let first = self.entries.firstIndex { $0 >= from } ?? 0
        let wanted = first + max(0, number)
        cursor = self.entries.indices.contains(wanted) && self.entries[wanted] == from ? wanted : first
    }

    public var isEmpty: Bool { matches.isEmpty }

    /// Where the cursor's match is: its entry, and its number among that matches.
    public var chosen: (entry: Int, number: Int) { (entries[cursor], numbers[cursor]) }

    /// A key's action on the list: the list moved (and scrolled for a box of `width`×`height`), or
    /// `.open` for the match under the cursor; nil when it closes the list.
    mutating func take(_ action: ReaderAction?, width: Int, height: Int) -> MatchList.Move? {
        let visible = MatchListBox.visibleRows(width: width, height: height, rows: list.rows.count)
        let move = list.cursor(after: action, from: cursor, visible: visible)
        if case .to(let moved)? = move {
            cursor = moved
            top = list.top(from: top, cursor: cursor, visible: visible)
        }
        return move
    }

    /// Scrolled so that the cursor is in sight in a box of `width`×`height`.
    mutating func reveal(width: Int, height: Int) {
        top = list.top(from: top, cursor: cursor, visible: MatchListBox.visibleRows(width: width, height: height, rows: list.rows.count))
    }
}
