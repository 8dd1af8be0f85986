import TextLayout

/// Search: the prompt (incremental — every keystroke shows the first match at or after where the
/// search began), n and N across the issue, Esc to clear.
extension Reducer {
    static func searchAction(_ action: ReaderAction, _ state: inout ReaderState) {
        switch action {
        case .search:
            if state.searchIndex == nil { state.searchIndex = SearchIndex(state.issue, scriptFolding: state.scriptFolding) }
            state.prompt = SearchPrompt(origin: ReadingPlace(&state), previousSearch: state.search)
            state.search = nil
        case .nextMatch: step(forward: true, &state)
        case .previousMatch: step(forward: false, &state)
        case .clearSearch:
            if state.search != nil {
                state.search = nil
            } else if state.screen == .article {
                articleScreen(.back, &state)
            }
        default: break
        }
    }

    // MARK: The prompt

    static func promptKey(_ key: Key, _ state: inout ReaderState) {
        guard var prompt = state.prompt else { return }
        let before = prompt.line.text
        switch prompt.line.take(key, bindings: state.keyBindings) {
        case .promptOlder?: recall(older: true, &prompt, state.searchHistory)
        case .promptNewer?: recall(older: false, &prompt, state.searchHistory)
        case .promptCancel?: return cancelPrompt(&state)
        case .promptConfirm?: return confirmPrompt(&state)
        default: break
        }
        state.prompt = prompt
        if prompt.line.text != before { searchAsTyped(&state) }
    }

    /// A run of characters typed into the prompt at once, when none of them is an editing key of the
    /// prompt's: inserted in one step and searched for once (nil otherwise, to be taken a key at a time).
    static func typedIntoPrompt(_ text: String, _ state: inout ReaderState) -> [ReaderEffect]? {
        guard var prompt = state.prompt, prompt.line.insert(text, bindings: state.keyBindings) else { return nil }
        state.message = nil
        state.prompt = prompt
        searchAsTyped(&state)
        return []
    }

    static func recall(older: Bool, _ prompt: inout SearchPrompt, _ history: [String]) {
        guard !history.isEmpty else { return }
        if older {
            if let index = prompt.historyIndex {
                prompt.historyIndex = max(0, index - 1)
            } else {
                prompt.draft = prompt.line.text
                prompt.historyIndex = history.count - 1
            }
        } else {
            guard let index = prompt.historyIndex else { return }
            prompt.historyIndex = index + 1 < history.count ? index + 1 : nil
        }
        prompt.line = PromptLine(prompt.historyIndex.map { history[$0] } ?? prompt.draft)
    }

    /// From where the search began, to the first match at or after it (wrapping to the first in the
    /// issue); back there if nothing matches.
    static func searchAsTyped(_ state: inout ReaderState) {
        guard let prompt = state.prompt, let index = state.searchIndex else { return }
        prompt.origin.restore(&state)
        let query = prompt.line.text
        guard !query.isEmpty else {
            state.search = nil
            return
        }
        let results = index.find(query)
        guard !results.isEmpty else {
            state.search = SearchSession(results: results, current: nil)
            return
        }
        let current = results.firstIndex(atOrAfter: prompt.origin.textPoint) ?? 0
        state.search = SearchSession(results: results, current: current)
        show(results.matches[current], &state)
    }

    static func cancelPrompt(_ state: inout ReaderState) {
        guard let prompt = state.prompt else { return }
        prompt.origin.restore(&state)
        state.search = prompt.previousSearch
        state.prompt = nil
    }

    static func confirmPrompt(_ state: inout ReaderState) {
        guard var prompt = state.prompt else { return }
        var query = prompt.line.text
        // Enter on an empty prompt searches again for the last query.
        if query.isEmpty, let last = state.searchHistory.last {
            query = last
            prompt.line = PromptLine(last)
            state.prompt = prompt
            searchAsTyped(&state)
        }
        guard !query.isEmpty else { return cancelPrompt(&state) }
        state.searchHistory.removeAll { $0 == query }
        state.searchHistory.append(query)
        if state.search?.current == nil {
            cancelPrompt(&state)
            state.message = "未找到 not found: " + query
            return
        }
        state.prompt = nil
    }

    /// A query searched as if typed and confirmed (`ReaderEvent.find`, `.findMatch`): the match
    /// `pick` chooses from their count shown, on the screen the reader is on.
    static func find(_ query: String, _ state: inout ReaderState, pick: (Int) -> Int) {
        guard state.articleCount > 0, !query.isEmpty else { return }
        if state.searchIndex == nil { state.searchIndex = SearchIndex(state.issue, scriptFolding: state.scriptFolding) }
        let results = state.searchIndex!.find(query)
        state.searchHistory.removeAll { $0 == query }
        state.searchHistory.append(query)
        guard !results.isEmpty else {
            state.search = SearchSession(results: results, current: nil)
            return
        }
        let current = pick(results.count)
        state.search = SearchSession(results: results, current: current)
        show(results.matches[current], &state)
    }

    // MARK: Moving between matches

    static func step(forward: Bool, _ state: inout ReaderState) {
        guard var session = state.search, !session.results.isEmpty else {
            state.message = "没有搜索，按 / 搜索 no search: press /"
            return
        }
        let count = session.results.count
        var next = session.current.map { forward ? $0 + 1 : $0 - 1 } ?? (forward ? 0 : count - 1)
        if next >= count {
            next = 0
            state.message = "已到末尾，从头找起 search wrapped to the first match"
        } else if next < 0 {
            next = count - 1
            state.message = "已到开头，从末尾找起 search wrapped to the last match"
        }
        session.current = next
        state.search = session
        show(session.results.matches[next], &state)
    }

    /// Enter on the front page after a search: the selected article opens at its current (or first) match.
    static func openAtMatch(_ state: inout ReaderState) -> Bool {
        guard let session = state.search else { return false }
        let inArticle = session.results.range(inArticle: state.selected)
        guard !inArticle.isEmpty else { return false }
        readAt(match: session.current.flatMap { inArticle.contains($0) ? $0 : nil } ?? inArticle.lowerBound, &state)
        return true
    }

    /// Brings a match into view on the current screen: its article selected, and the page turned to
    /// it if it is not on the page shown.
    static func show(_ match: SearchMatch, _ state: inout ReaderState) {
        if match.article != state.selected {
            if state.screen == .article { enter(match.article, &state) } else { select(match.article, &state) }
        }
        state.scroll(state.screen) { reveal(match, in: $0, $1) }
    }

    /// `position` if the page from there shows the match's first character, else the start of the
    /// page (as paging counts pages) that does.
    static func reveal(_ match: SearchMatch, in galley: Galley, _ view: Viewport) -> Int {
        let height = max(1, view.extent), position = view.position
        func shows(_ run: StyledRun) -> Bool {
            guard let source = run.source else { return false }
            return source.block == match.block && source.start <= match.start && match.start < source.end
        }
        if galley.page(from: position, height: height).page.rows.contains(where: { $0.contains(where: shows) }) {
            return position
        }
        let line = galley.position(of: SourceSpan(block: match.block, start: match.start, end: match.end))
        return galley.pageStarts(height: height).last { $0 <= line } ?? 0
    }
}
