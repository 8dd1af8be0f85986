/// `&`: the list of every match of the search. ↓ ↑ (j k) move its cursor, Space b a box's worth,
/// g G to the ends, Enter opens the article screen at that match (it becomes the current one, for
/// n and N), any other key closes the list.
extension Reducer {
    static func openMatchList(_ state: inout ReaderState) {
        guard let session = state.search, !session.results.isEmpty else {
            state.message = state.search == nil ? "没有搜索，按 / 搜索 no search: press /" : "未找到 not found: " + (state.search?.results.query ?? "")
            return
        }
        let list = MatchList(results: session.results, issue: state.issue)
        let cursor = session.current ?? 0
        let visible = MatchListBox.visibleRows(width: state.geometry.width, height: state.geometry.height, rows: list.rows.count)
        state.overlay = .matches(cursor: cursor, top: list.top(from: 0, cursor: cursor, visible: visible))
    }

    static func matchListKey(_ key: Key, cursor: Int, top: Int, _ state: inout ReaderState) {
        guard let session = state.search else {
            state.overlay = nil
            return
        }
        let list = MatchList(results: session.results, issue: state.issue)
        let visible = MatchListBox.visibleRows(width: state.geometry.width, height: state.geometry.height, rows: list.rows.count)
        switch list.cursor(after: KeyBinding.action(for: key, on: .frontPage, in: state.keyBindings), from: cursor, visible: visible) {
        case .open?:
            state.overlay = nil
            readAt(match: cursor, &state)
        case .to(let moved)?:
            state.overlay = .matches(cursor: moved, top: list.top(from: top, cursor: moved, visible: visible))
        case nil:
            state.overlay = nil
        }
    }

    /// The mouse on the list: the wheel moves its cursor, a click on a match puts the cursor there,
    /// a click on the cursor's match (or a double click) reads at it; a click off the list closes it.
    static func matchListMouse(_ event: MouseEvent, cursor: Int, top: Int, _ state: inout ReaderState) {
        guard let session = state.search else {
            state.overlay = nil
            return
        }
        let list = MatchList(results: session.results, issue: state.issue)
        let (width, height) = (state.geometry.width, state.geometry.height)
        let visible = MatchListBox.visibleRows(width: width, height: height, rows: list.rows.count)
        let shownTop = list.top(from: top, cursor: cursor, visible: visible)
        func move(to target: Int) {
            let moved = max(0, min(target, list.matchRows.count - 1))
            state.overlay = .matches(cursor: moved, top: list.top(from: shownTop, cursor: moved, visible: visible))
        }
        switch event {
        case .wheelUp: move(to: cursor - wheelLines)
        case .wheelDown: move(to: cursor + wheelLines)
        case .click(let row, _), .doubleClick(let row, _):
            let first = MatchListBox.firstRow(height: height, rows: list.rows.count)
            guard (first..<(first + visible)).contains(row), list.rows.indices.contains(shownTop + row - first) else {
                state.overlay = nil
                return
            }
            guard case .match(let index) = list.rows[shownTop + row - first] else { return }
            let opens: Bool = if case .doubleClick = event { true } else { index == cursor }
            if opens {
                state.overlay = nil
                readAt(match: index, &state)
            } else {
                move(to: index)
            }
        }
    }

    /// The article screen at match `index`, which becomes the current one.
    static func readAt(match index: Int, _ state: inout ReaderState) {
        guard var session = state.search, session.results.matches.indices.contains(index) else { return }
        session.current = index
        state.search = session
        let match = session.results.matches[index]
        if state.screen != .article {
            if match.article != state.selected { select(match.article, &state) }
            state.screen = .article
            state.positions.article = 0
        }
        show(match, &state)
    }
}
