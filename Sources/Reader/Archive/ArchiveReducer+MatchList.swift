/// The archive screen's `&`: every match of its search in a list, grouped by issue. The keys are
/// the reader's list keys (↓ ↑ j k, Space b, g G); Enter opens the issue at that match; any other
/// key closes the list.
extension ArchiveReducer {
    /// The matches found for `query` (handed on by the app state machine): the list opens, at the first match at or after the
    /// cursor's issue.
    public static func listed(_ matches: [ArchiveMatch], query: String, into state: inout ArchiveScreenState) {
        var list = ArchiveMatchList(query: query, matches: matches, entries: state.entries, from: state.cursor)
        guard !list.isEmpty else {
            state.message = "「\(query)」未找到 not found"
            return
        }
        list.reveal(width: state.width, height: state.height)
        state.matchList = list
    }

    static func matchListKey(_ key: Key, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        guard var list = state.matchList else { return [] }
        switch list.take(KeyBinding.action(for: key, on: .frontPage, in: state.keyBindings), width: state.width, height: state.height) {
        case .open?:
            state.matchList = nil
            return [.openAtMatch(list.chosen.entry, query: list.query, match: list.chosen.number)]
        case .to?:
            state.matchList = list
        case nil:
            state.matchList = nil
        }
        return []
    }
}
