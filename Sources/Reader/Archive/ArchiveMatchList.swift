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

/// The archive screen's `&` list: every match of the search, grouped by issue, the cursor on one.
public struct ArchiveMatchList: Sendable {
    public let query: String
    public let matches: [ArchiveMatch]
    /// Each match's entry, and its number among its issue's matches (the reader's `k` of `k/N`).
    let entries: [Int]
    let numbers: [Int]
    let list: MatchList
    public internal(set) var cursor: Int
    var top = 0

    /// The matches of the issues in `entries` (others are left out), the cursor on the first at or
    /// after entry `from`.
    init(query: String, matches: [ArchiveMatch], entries: [ArchiveScreenState.Entry], from: Int) {
        let position = Dictionary(entries.enumerated().map { ($1.date, $0) }) { first, _ in first }
        let kept = matches.filter { position[$0.date] != nil }
        self.query = query
        self.matches = kept
        self.entries = kept.map { position[$0.date]! }
        var numbers: [Int] = [], last: Int?, number = 0
        for entry in self.entries {
            number = entry == last ? number + 1 : 0
            last = entry
            numbers.append(number)
        }
        self.numbers = numbers
        list = MatchList(groups: self.entries)
        cursor = self.entries.firstIndex { $0 >= from } ?? 0
    }
}
