/// The mouse: a click selects a headline and a click on the selected one (or a double click) opens
/// it; the wheel moves the selection or scrolls the text under it; a click on the status line's
/// page indicator turns the page; a click on the label of a page (of several) lists the pages.
extension Reducer {
    /// Lines a notch of the wheel scrolls.
    public static let wheelLines = 3

    static func mouse(_ event: MouseEvent, _ state: inout ReaderState) -> [ReaderEffect] {
        state.message = nil
        if case .matches(let cursor, let top) = state.overlay {
            matchListMouse(event, cursor: cursor, top: top, &state)
            return []
        }
        if state.overlay != nil {
            state.overlay = nil
            return []
        }
        guard state.prompt == nil, state.articleCount > 0, !state.geometry.isTooSmall else { return [] }
        switch event {
        case .click(let row, let column), .doubleClick(let row, let column):
            let status = state.geometry.status
            if row == status.y {
                // The page indicator stands in the right half of the status line; it counts the
                // article screen's pages there, the article pane's on the front page.
                guard column >= status.width / 2 else { return [] }
                if state.screen == .article {
                    articleScreen(.pageDown, &state)
                } else {
                    state.scroll(.frontPage) { move(.pageDown, in: $0, $1) }
                }
                return []
            }
            guard state.screen == .frontPage else { return [] }
            if state.isPaged && row == state.headlinePane.y && state.headlinePane.contains(row: row, column: column) {
                // The page's label above the headlines: the list of pages.
                state.overlay = .pages(cursor: state.page)
            } else if state.headlineList.contains(row: row, column: column), let index = headline(at: row, state) {
                if case .doubleClick = event {
                    select(index, &state)
                    frontPage(.open, &state)
                } else if index == state.selected {
                    frontPage(.open, &state)
                } else {
                    state.focus = .headlines
                    select(index, &state)
                }
            } else if state.articlePane.contains(row: row, column: column) {
                state.focus = .article
            }
        case .wheelUp(let row, let column), .wheelDown(let row, let column):
            let action: ReaderAction = { if case .wheelUp = event { .lineUp } else { .lineDown } }()
            if state.screen == .frontPage && state.headlinePane.contains(row: row, column: column) {
                moveSelection(action, &state)
            } else if state.screen == .frontPage {
                for _ in 0..<wheelLines { state.scroll(.frontPage) { move(action, in: $0, $1) } }
            } else {
                for _ in 0..<wheelLines { articleScreen(action, &state) }
            }
        }
        return []
    }

    /// The article whose kicker or headline is on `row` of the headline pane.
    static func headline(at row: Int, _ state: ReaderState) -> Int? {
        let list = state.headlineList
        var top = list.y
        for index in state.headlineTop..<max(state.headlineTop, state.pageArticles.upperBound) {
            let rows = state.headlineRows(index)
            if top + rows > list.y + list.height { return nil }
            if row < top + rows { return index }
            top += rows
        }
        return nil
    }
}

extension Rect {
    func contains(row: Int, column: Int) -> Bool {
        (y..<(y + height)).contains(row) && (x..<(x + width)).contains(column)
    }
}
