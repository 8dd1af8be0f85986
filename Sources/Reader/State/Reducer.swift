import TextLayout

/// The state machine: state + event → state, and effects for the edge to perform. Pure: no
/// terminal, no clock, no files. Every key goes through here.
public enum Reducer {
    /// `reduce` as a function of values.
    public static func reduce(_ state: ReaderState, _ event: ReaderEvent) -> (ReaderState, [ReaderEffect]) {
        var next = state
        let effects = reduce(into: &next, event)
        return (next, effects)
    }

    public static func reduce(into state: inout ReaderState, _ event: ReaderEvent) -> [ReaderEffect] {
        let before = (screen: state.screen, selected: state.selected)
        let effects = react(&state, event)
        // An article is read once the article screen has shown it (`U` takes the mark off again,
        // and it stays off while the article stays on screen).
        if state.screen == .article && state.articleCount > 0 && (before.screen != .article || before.selected != state.selected) {
            state.read.insert(state.selected)
        }
        return effects
    }

    static func react(_ state: inout ReaderState, _ event: ReaderEvent) -> [ReaderEffect] {
        switch event {
        case .resized(let width, let height):
            resize(&state, width: width, height: height)
            return []
        case .tick:
            return []
        case .notice(let text):
            state.message = text
            return []
        case .mouse(let event):
            return mouse(event, &state)
        case .find(let query, let fromEnd):
            find(query, &state) { count in fromEnd ? count - 1 : 0 }
            return []
        case .findMatch(let query, let number):
            find(query, &state) { count in min(max(0, number), count - 1) }
            return []
        case .typed(let text):
            if state.prompt != nil && state.overlay == nil,
               let typed = typedIntoPrompt(text, &state) { return typed }
            return text.flatMap { react(&state, .key(.character($0))) }
        case .key(let key):
            state.message = nil
            // The help scrolls with the keys that scroll, and any other key closes it; the page
            // list takes its own keys.
            if case .pages(let cursor) = state.overlay {
                pageListKey(key, cursor: cursor, &state)
                return []
            }
            if case .help(let top) = state.overlay {
                helpKey(key, top: top, &state)
                return []
            }
            if case .matches(let cursor, let top) = state.overlay {
                matchListKey(key, cursor: cursor, top: top, &state)
                return []
            }
            // The search prompt takes every key while it is open.
            if state.prompt != nil {
                let confirming = KeyBinding.action(for: key, in: .prompt, state.keyBindings) == .promptConfirm
                promptKey(key, &state)
                // A search confirmed in an issue that is one of several may reach the others too.
                if confirming, state.prompt == nil, state.oneOfSeveral, let query = state.searchHistory.last { return [.searchConfirmed(query)] }
                return []
            }
            let action = KeyBinding.action(for: key, on: state.screen, vertical: state.vertical, in: state.keyBindings)
            if action == nil, let counted = counting(key, state.count) {
                state.count = counted
                return []
            }
            if let count = state.count {
                state.count = nil
                // Esc drops a count and does nothing else.
                if key == .escape { return [] }
                if let action, Self.countedActions.contains(action) {
                    var effects: [ReaderEffect] = []
                    for _ in 0..<count { effects += perform(action, on: &state) }
                    return effects
                }
            }
            guard let action else {
                // A key that does nothing here says so, rather than nothing.
                state.message = "「\(key.label)」在此无用 does nothing here — ? 帮助 help"
                return []
            }
            return perform(action, on: &state)
        }
    }

    /// The motions a count repeats (`5j`, `3 Space`, `2]`, `10n`).
    static let countedActions: Set<ReaderAction> = [
        .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .nextArticle, .previousArticle,
        .nextMatch, .previousMatch, .nextPage, .previousPage,
    ]

    /// The count after a digit key that no binding takes (a count does not begin with 0); nil
    /// for any other key.
    static func counting(_ key: Key, _ count: Int?) -> Int? {
        guard case .character(let character) = key, character.isASCII, let digit = character.wholeNumberValue,
              digit > 0 || count != nil else { return nil }
        return min(9_999, (count ?? 0) * 10 + digit)
    }

    static func perform(_ action: ReaderAction, on state: inout ReaderState) -> [ReaderEffect] {
        switch action {
        case .help:
            state.overlay = .help(top: 0)
        case .problems:
            // The help, at its list of the settings' problems.
            guard !state.problems.isEmpty else {
                state.message = "设置无误 no problems with the settings"
                return []
            }
            let layout = HelpContent.layout(state, ambiguousWide: state.layout.ambiguousWide)
            state.overlay = .help(top: min(layout.problemsStart, layout.lastTop))
        case .repaint:
            return [.repaintAll]
        case .quit:
            return [.quit]
        case .exit:
            return [.exit]
        case .markUnread:
            guard state.articleCount > 0 else { return [] }
            state.read.remove(state.selected)
            state.message = "标为未读 marked unread"
        case .cycleTheme:
            return cycleTheme(&state)
        case .previousIssue, .nextIssue:
            return [.otherIssue(action == .nextIssue ? 1 : -1)]
        case .back where state.screen == .frontPage:
            return [.leave]
        case .clearSearch where state.screen == .frontPage && state.search == nil && state.prompt == nil:
            return [.leave]
        case .exportArticle, .copyArticle:
            guard state.articleCount > 0 else { return [] }
            return [action == .exportArticle ? .exportArticle(state.selected) : .copyArticle(state.selected)]
        case .nextPage, .previousPage, .pageList:
            guard state.articleCount > 0, !state.geometry.isTooSmall else { return [] }
            pageAction(action, &state)
        case .matchList:
            guard !state.geometry.isTooSmall else { return [] }
            // In an issue that is one of several, every issue's matches; else the issue's.
            if state.oneOfSeveral, let query = state.search?.results.query ?? state.searchHistory.last {
                return [.listMatchesBeyond(query, current: state.search?.current ?? 0)]
            }
            guard state.articleCount > 0 else { return [] }
            openMatchList(&state)
        case .search, .nextMatch, .previousMatch, .clearSearch:
            if let beyond = beyondIssue(action, state) { return [beyond] }
            guard state.articleCount > 0, !state.geometry.isTooSmall else { return [] }
            searchAction(action, &state)
        default:
            guard state.articleCount > 0, !state.geometry.isTooSmall else { return [] }
            switch state.screen {
            case .frontPage: frontPage(action, &state)
            case .article: articleScreen(action, &state)
            }
        }
        return []
    }

    /// In an issue that is one of several, `n` past the last match (`N` before the first), or with
    /// no match here at all, goes on to the next (previous) issue with matches.
    static func beyondIssue(_ action: ReaderAction, _ state: ReaderState) -> ReaderEffect? {
        guard state.oneOfSeveral, action == .nextMatch || action == .previousMatch else { return nil }
        let forward = action == .nextMatch
        guard let session = state.search, let current = session.current else {
            return state.searchHistory.last.map { .pastTheMatches($0, forward: forward) }
        }
        let atEdge = forward ? current == session.results.count - 1 : current == 0
        return atEdge ? .pastTheMatches(session.results.query, forward: forward) : nil
    }

    /// `T` on any screen: the theme after `current` in `names`, round again after the last (the
    /// first, for none) — nil when there is only one — and what the status line says of it.
    static func themeCycle(from current: String?, in names: [String]) -> (next: String?, message: String) {
        guard names.count > 1 else { return (nil, "只有一个主题 one theme only" + (current.map { ": " + $0 } ?? "")) }
        let index = current.flatMap { names.firstIndex(of: $0) } ?? -1
        let next = names[(index + 1) % names.count]
        return (next, "主题 theme: " + next)
    }

    /// T: the next theme, with its name in the status line.
    static func cycleTheme(_ state: inout ReaderState) -> [ReaderEffect] {
        let (next, message) = themeCycle(from: state.themeName, in: state.themeNames)
        state.message = message
        guard let next else { return [] }
        state.themeName = next
        return [.useTheme(next), .repaintAll]
    }

    // MARK: The front page

    static func frontPage(_ action: ReaderAction, _ state: inout ReaderState) {
        if action == .switchFocus {
            state.focus = state.focus == .headlines ? .article : .headlines
            return
        }
        if action == .open {
            // After a search, at the match; else where the pane was.
            if openAtMatch(&state) { return }
            state.screen = .article
            state.show(state.anchor(.frontPage), on: .article)
            return
        }
        // Half a pane moves the article pane's text, whichever pane has the keys (as less's Ctrl-D).
        if action == .halfPageDown || action == .halfPageUp || state.focus == .article {
            state.scroll(.frontPage) { move(action, in: $0, $1) }
        } else {
            moveSelection(action, &state)
        }
    }

    /// Within the page's articles: the headline pane lists no others.
    static func moveSelection(_ action: ReaderAction, _ state: inout ReaderState) {
        let articles = state.pageArticles
        guard !articles.isEmpty else { return }
        let visible = max(1, itemsVisible(from: state.headlineTop, state))
        let target: Int
        switch action {
        case .lineDown: target = state.selected + 1
        case .lineUp: target = state.selected - 1
        case .pageDown: target = state.selected + visible
        case .pageUp: target = state.selected - visible
        case .first: target = articles.lowerBound
        case .last: target = articles.upperBound - 1
        default: return
        }
        let clamped = min(max(articles.lowerBound, target), articles.upperBound - 1)
        // At an end, the key says why nothing moved.
        if clamped == state.selected && target != state.selected && (action == .lineDown || action == .lineUp) {
            state.message = articles.count == 1 ? "本版只有一篇 one article on this page"
                : action == .lineDown ? "已是最后一篇 the last headline" : "已是第一篇 the first headline"
        }
        select(clamped, &state)
    }

    static func select(_ index: Int, _ state: inout ReaderState) {
        if index != state.selected { state.positions.pane = 0 }
        state.selected = index
        keepSelectionVisible(&state)
        _ = state.galley(index, state.paneView.options)
    }

    /// How many headline items fit in the pane from `top` on.
    static func itemsVisible(from top: Int, _ state: ReaderState) -> Int {
        var rows = 0, count = 0
        let height = state.headlineList.height
        for index in top..<max(top, state.pageArticles.upperBound) {
            rows += state.headlineRows(index)
            if rows > height { break }
            count += 1
        }
        return count
    }

    /// The headline pane scrolled so that the selection shows, on the selection's page.
    /// Article `index` from its top, on whichever screen is showing; the headline pane scrolled to
    /// it (and on its page).
    static func enter(_ index: Int, _ state: inout ReaderState) {
        state.selected = index
        state.toTop()
        keepSelectionVisible(&state)
    }

    /// The top moves as little as it must: up to the selection, or down until the selection is the
    /// last item that fits. Found by a binary search over the rows before each headline, so a jump
    /// across 100,000 headlines costs what a step does.
    static func keepSelectionVisible(_ state: inout ReaderState) {
        if !state.pageArticles.contains(state.headlineTop) { state.headlineTop = state.pageArticles.lowerBound }
        if state.selected < state.headlineTop { state.headlineTop = state.selected }
        let height = state.headlineList.height
        // The first top from which the items up to the selection fit (the selection alone, if
        // even it does not).
        var low = state.headlineTop, high = state.selected
        while low < high {
            let middle = (low + high) / 2
            if state.headlineRows(middle..<(state.selected + 1)) <= height { high = middle } else { low = middle + 1 }
        }
        state.headlineTop = low
    }

    // MARK: The article screen

    static func articleScreen(_ action: ReaderAction, _ state: inout ReaderState) {
        switch action {
        case .back:
            // The front page's pane comes back at the place that was being read.
            state.screen = .frontPage
            state.show(state.anchor(.article), on: .frontPage)
            keepSelectionVisible(&state)
        case .toggleVertical:
            // The first character on screen stays on screen, in the other direction.
            let anchor = state.anchor(.article)
            state.vertical.toggle()
            state.show(anchor, on: .article)
            state.message = state.vertical ? "竖排 vertical — ← 下一页 next page" : "横排 horizontal"
        case .nextArticle, .previousArticle:
            let step = action == .nextArticle ? 1 : -1
            let target = state.selected + step
            guard (0..<state.articleCount).contains(target) else {
                state.message = step > 0 ? "已是最后一篇 last article" : "已是第一篇 first article"
                return
            }
            enter(target, &state)
        default:
            let before = state.positions.article
            state.scroll(.article) { move(action, in: $0, $1) }
            if state.positions.article == before && action == .pageDown { state.message = "已到末页 last page" }
        }
    }

    // MARK: Moving through a galley

    /// The position after `action`: a line, a page, the first or the last page.
    static func move(_ action: ReaderAction, in galley: Galley, _ view: Viewport) -> Int {
        let height = max(1, view.extent), position = view.position
        let starts = galley.pageStarts(height: height)
        let lastStart = starts.last ?? 0
        switch action {
        case .lineDown: return min(position + 1, max(lastStart, position))
        case .lineUp: return max(0, position - 1)
        case .halfPageDown: return min(position + max(1, height / 2), max(lastStart, position))
        case .halfPageUp: return max(0, position - max(1, height / 2))
        case .pageDown:
            let next = galley.nextPosition(after: position, height: height)
            return next < galley.positionCount ? next : position
        case .pageUp: return starts.last { $0 < position } ?? 0
        case .first: return 0
        case .last: return lastStart
        default: return position
        }
    }

    // MARK: Resizing

    /// A new size reflows at once, and the first character shown before is on screen after.
    static func resize(_ state: inout ReaderState, width: Int, height: Int) {
        guard state.articleCount > 0 else {
            state.setSize(width: width, height: height)
            return
        }
        let anchors = state.heldAnchors ?? state.anchors()
        state.setSize(width: width, height: height)
        guard !state.geometry.isTooSmall else {
            state.heldAnchors = anchors
            return
        }
        state.heldAnchors = nil
        // (Where there is no anchor — the top, or rows of rules only — the position stands.)
        for screen in [ReaderState.Screen.frontPage, .article] {
            if let anchor = anchors[screen] { state.show(anchor, on: screen) }
        }
        keepSelectionVisible(&state)
    }
}
