/// An issue of several pages (版面): `{` and `}` turn to the previous and next page, `P` lists the
/// pages to pick one. A page is entered at its first article, on the screen the reader is on.
extension Reducer {
    static func pageAction(_ action: ReaderAction, _ state: inout ReaderState) {
        guard state.isPaged else {
            state.message = "只有一版 one page only"
            return
        }
        switch action {
        case .pageList:
            state.overlay = .pages(cursor: state.page)
        case .nextPage, .previousPage:
            let step = action == .nextPage ? 1 : -1
            // Pages with no articles have nothing to show, and are passed over.
            var target = state.page + step
            while state.pages.indices.contains(target) && state.pages[target].articles.isEmpty { target += step }
            guard state.pages.indices.contains(target) else {
                state.message = step > 0 ? "已是最后一版 last page" : "已是第一版 first page"
                return
            }
            turn(to: target, &state)
        default: break
        }
    }

    /// The page list's keys: up and down move the cursor, Enter turns to the page, anything else
    /// closes the list.
    static func pageListKey(_ key: Key, cursor: Int, _ state: inout ReaderState) {
        let last = state.pages.count - 1
        switch KeyBinding.action(for: key, on: .frontPage, in: state.keyBindings) {
        case .lineDown: state.overlay = .pages(cursor: min(cursor + 1, last))
        case .lineUp: state.overlay = .pages(cursor: max(cursor - 1, 0))
        case .first: state.overlay = .pages(cursor: 0)
        case .last: state.overlay = .pages(cursor: last)
        case .open:
            state.overlay = nil
            if state.pages[cursor].articles.isEmpty {
                state.message = "此版没有文章 no articles on this page"
            } else if cursor != state.page {
                turn(to: cursor, &state)
            }
        default:
            state.overlay = nil
        }
    }

    /// Page `index` (which has articles), at its first article, the headline pane from its top.
    static func turn(to index: Int, _ state: inout ReaderState) {
        let first = state.pages[index].articles.lowerBound
        enter(first, &state)
        _ = state.galley(first, state.viewport(state.screen).options)
    }
}
