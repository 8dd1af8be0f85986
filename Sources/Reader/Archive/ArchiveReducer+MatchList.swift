/// The archive screen's `&`: every match of its search in a list, grouped by issue. The keys are
/// the reader's list keys (↓ ↑ j k, Space b, g G); Enter opens the issue at that match; any other
/// key closes the list.
extension ArchiveReducer {
    /// The matches the edge found for `query`: the list opens, at the first match at or after the
    /// cursor's issue.
    public static func listed(_ matches: [ArchiveMatch], query: String, into state: inout ArchiveScreenState) {
        let list = ArchiveMatchList(query: query, matches: matches, entries: state.entries, from: state.cursor)
        guard !list.matches.isEmpty else {
            state.message = "「\(query)」未找到 not found"
            return
        }
        state.matchList = list
        scrollToCursor(&state)
    }

    static func matchListKey(_ key: Key, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        guard var list = state.matchList else { return [] }
        let visible = visibleRows(list, state)
        guard let moved = list.list.cursor(after: KeyBinding.action(for: key, on: .frontPage, in: state.keyBindings), from: list.cursor,
                                           visible: visible) else {
            state.matchList = nil
            return []
        }
        if case .open = moved {
            state.matchList = nil
            return [.openAtMatch(list.entries[list.cursor], query: list.query, match: list.numbers[list.cursor])]
        }
        if case .to(let cursor) = moved { list.cursor = cursor }
        state.matchList = list
        scrollToCursor(&state)
        return []
    }

    static func visibleRows(_ list: ArchiveMatchList, _ state: ArchiveScreenState) -> Int {
        MatchListView.visibleRows(width: state.width, height: state.height, rows: list.list.rows.count)
    }

    static func scrollToCursor(_ state: inout ArchiveScreenState) {
        guard var list = state.matchList else { return }
        list.top = list.list.top(from: list.top, cursor: list.cursor, visible: visibleRows(list, state))
        state.matchList = list
    }
}
