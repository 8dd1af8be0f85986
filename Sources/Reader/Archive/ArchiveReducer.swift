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
        case .tick, .mouse, .find, .findMatch:
            return []
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
            if state.matchList != nil { return matchListKey(key, &state) }
            return listKey(key, &state)
        }
    }

    /// The counts of a search the edge made: matches per entry, in entry order.
    public static func counted(_ counts: [Int], query: String, into state: inout ArchiveScreenState) {
        state.query = query
        state.counts = counts
        let total = counts.reduce(0, +)
        let issues = counts.filter { $0 > 0 }.count
        state.message = total == 0 ? "「\(query)」未找到 not found"
            : "「\(query)」\(total)处 matches in \(issues)期 issues — n/N 下一期 next issue"
        // The cursor goes to the first issue with matches at or after it.
        if total > 0, counts[state.cursor] == 0 { move(to: nextWithMatches(state, from: state.cursor, step: 1) ?? state.cursor, &state) }
        state.keepCursorVisible()
    }

    static func listKey(_ key: Key, _ state: inout ArchiveScreenState) -> [ArchiveEffect] {
        guard !state.entries.isEmpty else { return key == .character("q") ? [.quit] : [] }
        let screen = max(1, state.listHeight - 1)
        switch key {
        case .down, .character("j"), .character(")"): move(to: state.cursor + 1, &state)
        case .up, .character("k"), .character("("): move(to: state.cursor - 1, &state)
        case .pageDown, .character(" "): move(to: state.cursor + screen, &state)
        case .pageUp, .character("b"): move(to: state.cursor - screen, &state)
        case .home, .character("g"): move(to: 0, &state)
        case .end, .character("G"): move(to: state.entries.count - 1, &state)
        case .enter, .right, .character("l"): return [.open(state.cursor)]
        case .character("/"): state.prompt = PromptLine()
        case .character("n"), .character("N"):
            guard state.counts != nil else {
                state.message = "先搜索 search first (/)"
                return []
            }
            let step = key == .character("n") ? 1 : -1
            if let next = nextWithMatches(state, from: state.cursor + step, step: step) { move(to: next, &state) } else {
                state.message = step > 0 ? "后面没有了 no later issue with matches" : "前面没有了 no earlier issue with matches"
            }
        case .escape:
            state.query = nil
            state.counts = nil
            state.keepCursorVisible()
        case .character("&"):
            guard let query = state.query, let counts = state.counts else {
                state.message = "先搜索 search first (/)"
                return []
            }
            guard counts.contains(where: { $0 > 0 }) else {
                state.message = "「\(query)」未找到 not found"
                return []
            }
            return [.listMatches(query)]
        case .control("l"): return [.repaintAll]
        case .character("q"), .character("Q"): return [.quit]
        default: break
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
            return line.text.isEmpty ? [] : [.search(line.text)]
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
