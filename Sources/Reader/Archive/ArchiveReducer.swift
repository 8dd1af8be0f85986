/// The archive screen's keys: j/k (↓/↑) a day, Space/b a screen, g/G first/last, ( and ) the same
/// as k/j, Enter (l, →) opens the issue, / searches every issue, n/N go to the next/previous issue
/// with matches, Esc clears the search, q quits. Pure: the edge opens and counts.
public enum ArchiveReducer {
    public static func reduce(into state: inout ArchiveScreenState, _ event: ReaderEvent) -> [ArchiveEffect] {
        switch event {
        case .resized(let width, let height):
            state.resize(width: width, height: height)
            return []
        case .notice(let text):
            state.message = text
            return []
        case .tick, .find, .findMatch:
            return []
        case .mouse(let event):
            state.message = nil
            return mouse(event, &state)
        case .typed(let text):
            if var line = state.prompt, state.matchList == nil, line.insert(text, bindings: state.keyBindings) {
                state.message = nil
                state.prompt = line
                return []
            }
            return text.flatMap { reduce(into: &state, .key(.character($0))) }
        case .key(let key):
            state.message = nil
            if state.prompt != nil { return promptKey(key, &state) }
            if let top = state.help {
                helpKey(key, top: top, &state)
                return []
            }
            if state.matchList != nil { return matchListKey(key, &state) }
            return listKey(key, &state)
        }
    }

    /// `state` at another size (for views and tests: the resize event does the same).
    public static func resizedCopy(_ state: ArchiveScreenState, width: Int, height: Int) -> ArchiveScreenState {
        var state = state
        state.resize(width: width, height: height)
        return state
    }

    /// The counts of a search, as the app state machine hands them on: matches per entry, in entry order.
    public static func counted(_ counts: [Int], query: String, into state: inout ArchiveScreenState) {
        state.query = query
        state.counts = counts
        state.compared = nil
        let total = counts.reduce(0, +)
        let issues = counts.filter { $0 > 0 }.count
        state.message = total == 0 ? "「\(query)」未找到 not found"
            : "「\(query)」\(total)处 matches in \(issues)期 issues — n/N 下一期 next issue"
        // The cursor goes to the first issue with matches at or after it.
        if total > 0, counts[state.cursor] == 0 { move(to: nextWithMatches(state, from: state.cursor, step: 1) ?? state.cursor, &state) }
        state.keepCursorVisible()
    }

    /// The counts of a second query, beside the first search's (`+`): both in the chart.
    public static func compared(_ counts: [Int], query: String, into state: inout ArchiveScreenState) {
        guard let first = state.query, let firstCounts = state.counts, counts.count == firstCounts.count else { return }
        state.compared = ComparedSearch(query: query, counts: counts)
        state.message = "「\(first)」\(firstCounts.reduce(0, +))处 · 「\(query)」\(counts.reduce(0, +))处 — 对比 compared — Esc 清除 clear"
        state.keepCursorVisible()
    }

    /// A key on the list, by the archive's bindings in the key table; a count before a motion
    /// (`5j`) moves so many issues.
    static func listKey(_ key: Key, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        let action = KeyBinding.archiveAction(for: key, in: state.keyBindings)
        if action == nil, let counted = Reducer.counting(key, state.count) {
            state.count = counted
            return []
        }
        let times = state.count ?? 1
        state.count = nil
        guard let action else {
            state.message = "「\(key.label)」在此无用 does nothing here — ? 帮助 help"
            return []
        }
        return perform(action, times: times, &state)
    }

    static func perform(_ action: ReaderAction, times: Int, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        switch action {
        case .quit, .exit, .archiveQuit: return [.quit]
        case .help: state.help = 0
        case .problems:
            guard !state.problems.isEmpty else {
                state.message = "设置无误 no problems with the settings"
                return []
            }
            let layout = state.helpLayout
            state.help = min(layout.problemsStart, layout.lastTop)
        case .cycleTheme:
            let (next, message) = Reducer.themeCycle(from: state.themeName, in: state.themeNames)
            state.message = message
            guard let next else { return [] }
            state.themeName = next
            return [.useTheme(next), .repaintAll]
        case .repaint: return [.repaintAll]
        case .archiveFetch: return [.fetch]
        default: break
        }
        guard !state.entries.isEmpty else { return [] }
        let screen = max(1, state.listHeight - 1)
        switch action {
        case .archiveDown: move(to: state.cursor + times, &state)
        case .archiveUp: move(to: state.cursor - times, &state)
        case .archivePageDown: move(to: state.cursor + screen * times, &state)
        case .archivePageUp: move(to: state.cursor - screen * times, &state)
        case .archiveFirst: move(to: 0, &state)
        case .archiveLast: move(to: state.entries.count - 1, &state)
        case .archiveOpen: return [.open(state.cursor)]
        case .archiveSearch:
            state.prompt = PromptLine()
            state.promptCompares = false
        case .archiveCompare:
            guard state.counts != nil else {
                state.message = "先搜索 search first (/), then + a second"
                return []
            }
            state.prompt = PromptLine()
            state.promptCompares = true
        case .archiveNextMatch, .archivePreviousMatch:
            guard state.counts != nil else {
                state.message = "先搜索 search first (/)"
                return []
            }
            let step = action == .archiveNextMatch ? 1 : -1
            for _ in 0..<times {
                guard let next = nextWithMatches(state, from: state.cursor + step, step: step) else {
                    state.message = step > 0 ? "后面没有了 no later issue with matches" : "前面没有了 no earlier issue with matches"
                    break
                }
                move(to: next, &state)
            }
        case .archiveClearSearch:
            state.query = nil
            state.counts = nil
            state.compared = nil
            state.keepCursorVisible()
        case .archiveMatchList:
            guard let query = state.query, let counts = state.counts else {
                state.message = "先搜索 search first (/)"
                return []
            }
            guard counts.contains(where: { $0 > 0 }) else {
                state.message = "「\(query)」未找到 not found"
                return []
            }
            return [.listMatches(query)]
        default: break
        }
        return []
    }

    /// The help's keys: the list's motions scroll it, any other key closes it (any key at all
    /// when it is shown whole).
    static func helpKey(_ key: Key, top: Int, _ state: inout ArchiveScreenState) {
        let layout = state.helpLayout
        let motion: ReaderAction? = switch KeyBinding.archiveAction(for: key, in: state.keyBindings) {
        case .archiveDown?: .lineDown
        case .archiveUp?: .lineUp
        case .archivePageDown?: .pageDown
        case .archivePageUp?: .pageUp
        case .archiveFirst?: .first
        case .archiveLast?: .last
        default: nil
        }
        guard layout.lastTop > 0, let next = ListMotion.target(motion, from: top, page: max(1, layout.visibleRows - 1), last: layout.lastTop)
        else {
            state.help = nil
            return
        }
        state.help = next
    }

    /// The mouse on the list: a click selects an issue, a click on the one selected or a double
    /// click opens it, the wheel moves the cursor; a click anywhere closes the help.
    static func mouse(_ event: MouseEvent, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        guard state.prompt == nil, state.matchList == nil else { return [] }
        if state.help != nil {
            if case .click = event { state.help = nil }
            return []
        }
        switch event {
        case .click(let row, _), .doubleClick(let row, _):
            let rows = state.rows, index = state.top + row - state.listTop
            guard row >= state.listTop, row < state.listTop + state.listHeight, rows.indices.contains(index),
                  case .issue(let entry) = rows[index] else { return [] }
            if case .doubleClick = event { return [.open(entry)] }
            if entry == state.cursor { return [.open(entry)] }
            move(to: entry, &state)
        case .wheelDown: move(to: state.cursor + Reducer.wheelLines, &state)
        case .wheelUp: move(to: state.cursor - Reducer.wheelLines, &state)
        }
        return []
    }

    static func promptKey(_ key: Key, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        guard var line = state.prompt else { return [] }
        switch line.take(key, bindings: state.keyBindings) {
        case .promptCancel?:
            state.prompt = nil
            return []
        case .promptConfirm?:
            state.prompt = nil
            guard !line.text.isEmpty else { return [] }
            return [state.promptCompares ? .compare(line.text) : .search(line.text)]
        default: break
        }
        state.prompt = line
        return []
    }

    static func move(to entry: Int, _ state: inout ArchiveScreenState) {
        state.cursor = max(0, min(entry, state.entries.count - 1))
        state.keepCursorVisible()
    }

    static func nextWithMatches(_ state: ArchiveScreenState, from start: Int, step: Int) -> Int? {
        guard let counts = state.counts else { return nil }
        var index = start
        while counts.indices.contains(index) {
            if counts[index] > 0 { return index }
            index += step
        }
        return nil
    }
}
