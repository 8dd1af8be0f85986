import IssueModel

/// The reader's one state machine: events go down to the screen that has them (the issue's
/// `Reducer`, the archive screen's `ArchiveReducer`), and what those ask for beyond themselves —
/// another issue, a count over the archive, every match of it — is this machine's to turn into
/// work for the edge; the work's results come back as events and are put where they were asked
/// for. Pure: no terminal, no files, no clock.
public enum AppReducer {
    public static func reduce(into state: inout AppState, _ event: AppEvent) -> [AppEffect] {
        switch event {
        case .input(let input): return self.input(input, &state)
        case .issueOpened(let entry, let issue, let place, let note): return opened(entry, issue, place: place, note: note, &state)
        case .issueFailed(let entry):
            state.work = nil
            say("打不开 cannot open \(state.date(ofEntry: entry) ?? "")", &state)
            return []
        case .counted(let query, let counts, let entries): return counted(query, counts, entries: entries, &state)
        case .listed(let query, let matches): return listed(query, matches, &state)
        case .workStopped:
            guard let work = state.work else { return [] }
            state.work = nil
            say(stoppedNote(work), &state)
            return []
        case .status(let status):
            state.archive?.status = status
            return []
        case .exported(let outcome):
            if state.issue != nil { _ = Reducer.reduce(into: &state.issue!, .notice(outcome.note)) }
            return []
        case .progress(let note):
            if state.work != nil { state.workNote = note + " · Esc 停止 stop" }
            return []
        case .landed(let entries):
            landed(entries, &state)
            return []
        case .fetched(let note):
            guard state.work == .fetching else { return [] }
            state.work = nil
            say(note, &state)
            return []
        }
    }

    public static let stoppedNote = "搜索已停止 search stopped"
    public static let fetchStoppedNote = "取报已停止 fetching stopped — r takes it up again"

    static func stoppedNote(_ work: AppState.Work) -> String { work == .fetching ? fetchStoppedNote : stoppedNote }

    /// The archive as it is now (a day fetched, files changed under a search): its list replaced,
    /// the issue open found again by its date.
    static func landed(_ entries: [ArchiveScreenState.Entry], _ state: inout AppState) {
        guard state.archive != nil else { return }
        let openDate = state.openEntry.flatMap(state.date(ofEntry:))
        state.archive!.replaceEntries(entries)
        state.openEntry = openDate.flatMap { date in entries.firstIndex { $0.date == date } }
    }

    /// A word in the status line of the screen showing.
    static func say(_ note: String, _ state: inout AppState) {
        if state.issue != nil { state.issue?.message = note } else { state.archive?.message = note }
    }

    // MARK: Input

    static func input(_ event: ReaderEvent, _ state: inout AppState) -> [AppEffect] {
        // Keys that arrive together (`q` then `r`, read in one go) are a run of typed text: outside
        // a prompt each is a key of its own, taken by the screen the one before it left — `q` may
        // go back to the archive, whose `r` then fetches. What follows a key that opens a prompt
        // goes into it whole (a paste).
        if case .typed(let text) = event, !promptIsOpen(state) {
            var effects: [AppEffect] = [], rest = Substring(text)
            while let character = rest.first {
                rest = rest.dropFirst()
                effects += input(.key(.character(character)), &state)
                if !rest.isEmpty && promptIsOpen(state) { return effects + input(.typed(String(rest)), &state) }
            }
            return effects
        }
        if case .resized(let width, let height) = event {
            state.resize(width: width, height: height)
            if state.archive != nil { _ = ArchiveReducer.reduce(into: &state.archive!, event) }
            if state.issue != nil { _ = Reducer.reduce(into: &state.issue!, event) }
            return []
        }
        // While work is under way the keys wait, but for the ones that stop it.
        if state.work != nil {
            guard case .key(let key) = event, [.escape, .control("g"), .character("q")].contains(key), let work = state.work else { return [] }
            state.work = nil
            say(stoppedNote(work), &state)
            return [.cancelWork]
        }
        if state.archiveList != nil { return archiveListInput(event, &state) }
        if state.issue != nil { return issueInput(event, &state) }
        guard state.archive != nil else { return [] }
        let effects = ArchiveReducer.reduce(into: &state.archive!, event)
        return effects.flatMap { archiveEffect($0, &state) }
    }

    /// Whether typed text goes into a prompt: the issue's search prompt, or the archive's.
    static func promptIsOpen(_ state: AppState) -> Bool {
        guard state.archiveList == nil, state.work == nil else { return false }
        if let issue = state.issue { return issue.prompt != nil && issue.overlay == nil }
        return state.archive.map { $0.prompt != nil && $0.matchList == nil } ?? false
    }

    static func archiveEffect(_ effect: ArchiveEffect, _ state: inout AppState) -> [AppEffect] {
        switch effect {
        case .quit: return [.keepArchive(memory(state)), .quit]
        case .repaintAll: return [.repaintAll]
        case .useTheme(let name): return [.useTheme(name)]
        case .open(let entry): return open(entry, then: .frontPage, &state)
        case .openAtMatch(let entry, let query, let match): return open(entry, then: .findMatch(query, number: match), &state)
        case .search(let query):
            state.work = .counting(query: query, for: .screen)
            return [.count(query: query)]
        case .listMatches(let query):
            state.work = .listing(query: query, overIssue: nil)
            return [.listMatches(query: query)]
        case .compare(let query):
            state.work = .counting(query: query, for: .compare)
            return [.count(query: query)]
        case .fetch:
            state.work = .fetching
            state.workNote = "取报 fetching · Esc 停止 stop"
            return [.fetch]
        }
    }

    static func issueInput(_ event: ReaderEvent, _ state: inout AppState) -> [AppEffect] {
        let effects = Reducer.reduce(into: &state.issue!, event)
        var out: [AppEffect] = []
        for effect in effects {
            guard let issue = state.issue else { break }
            switch effect {
            case .repaintAll: out.append(.repaintAll)
            case .useTheme(let name):
                state.archive?.themeName = name
                out.append(.useTheme(name))
            case .exportArticle(let index): out.append(.exportArticle(issue.issue.articles[index], number: index + 1))
            case .copyArticle(let index): out.append(.copyArticle(issue.issue.articles[index]))
            case .exit: return out + leave(&state) + (state.archive.map { _ in [.keepArchive(memory(state))] } ?? []) + [.quit]
            case .quit, .leave:
                // (An issue opened on its own has no archive to go back to: `h` does nothing.)
                guard state.archive != nil else { return effect == .quit ? out + leave(&state) + [.quit] : out }
                out += leave(&state)
                state.issue = nil
            case .otherIssue(let step): out += otherIssue(step, &state)
            case .searchConfirmed(let query):
                state.work = .counting(query: query, for: .fromIssue)
                out.append(.count(query: query))
            case .pastTheMatches(let query, let forward):
                if let archive = state.archive, archive.query == query, archive.counts != nil {
                    out += beyond(query, forward: forward, wrapping: false, &state)
                } else {
                    state.work = .counting(query: query, for: .beyond(forward: forward))
                    out.append(.count(query: query))
                }
            case .listMatchesBeyond(let query, let current):
                state.work = .listing(query: query, overIssue: current)
                out.append(.listMatches(query: query))
            }
        }
        return out
    }

    /// The archive's list over the issue: the list's keys (the reader's list motions); Enter goes
    /// to the match chosen — in this issue, or in the issue it is in; any other key, or a click,
    /// closes it.
    static func archiveListInput(_ event: ReaderEvent, _ state: inout AppState) -> [AppEffect] {
        guard var list = state.archiveList, state.issue != nil else { return [] }
        guard case .key(let key) = event else {
            if case .mouse = event { state.archiveList = nil }
            return []
        }
        state.issue!.message = nil
        switch list.take(KeyBinding.action(for: key, on: .frontPage, in: state.setup.keyBindings), width: state.width, height: state.height) {
        case .open?:
            state.archiveList = nil
            let (entry, number) = list.chosen
            guard entry != state.openEntry else {
                _ = Reducer.reduce(into: &state.issue!, .findMatch(list.query, number: number))
                return []
            }
            return leave(&state) + open(entry, then: .findMatch(list.query, number: number), &state)
        case .to?: state.archiveList = list
        case nil: state.archiveList = nil
        }
        return []
    }

    // MARK: Issues of the archive

    /// Asks for entry `entry`'s issue; it opens at `then` when it comes.
    static func open(_ entry: Int, then: AppState.Then, _ state: inout AppState) -> [AppEffect] {
        guard let archive = state.archive, archive.entries.indices.contains(entry) else { return [] }
        state.work = .opening(entry: entry, then: then)
        return [.openIssue(entry: entry)]
    }

    static func opened(_ entry: Int, _ issue: Issue, place: RememberedPlace?, note: String?, _ state: inout AppState) -> [AppEffect] {
        guard case .opening(entry, let then) = state.work else { return [] }
        state.work = nil
        // (The date is the page's header, on the right of the status line: not said twice.)
        var reader = state.reader(of: issue, message: ["q 回到合订本 back to the archive", note].compactMap { $0 }.joined(separator: "; "))
        if let place { reader.restore(place) }
        switch then {
        case .frontPage: break
        case .find(let query, let fromEnd, let note):
            _ = Reducer.reduce(into: &reader, .find(query, fromEnd: fromEnd))
            if let note { reader.message = note }
        case .findMatch(let query, let number):
            _ = Reducer.reduce(into: &reader, .findMatch(query, number: number))
        }
        state.issue = reader
        state.openEntry = entry
        if state.archive != nil {
            state.archive!.cursor = entry
            state.archive!.keepCursorVisible()
        }
        return []
    }

    /// Leaving the issue open (for the archive screen, another issue, or the end): its place and
    /// marks kept, its unread count on the archive screen.
    static func leave(_ state: inout AppState) -> [AppEffect] {
        guard var reader = state.issue, let place = reader.rememberedPlace() else { return [] }
        if let date = state.openEntry.flatMap(state.date(ofEntry:)) { state.archive!.unread[date] = reader.unread(0..<reader.articleCount) }
        return [.keepPlace(place, entry: state.openEntry)]
    }

    static func otherIssue(_ step: Int, _ state: inout AppState) -> [AppEffect] {
        guard let archive = state.archive, let here = state.openEntry else {
            state.issue?.message = "只有一期 one issue, not an archive"
            return []
        }
        let next = here + step
        guard archive.entries.indices.contains(next) else {
            state.issue?.message = step > 0 ? "已是最后一期 the last issue" : "已是第一期 the first issue"
            return []
        }
        return leave(&state) + open(next, then: .frontPage, &state)
    }

    /// The next (previous) issue with matches of the archive's last search, at its first (last)
    /// match; `wrapping`: past the archive's end, on from its start.
    static func beyond(_ query: String, forward: Bool, wrapping: Bool, _ state: inout AppState) -> [AppEffect] {
        let counts = state.archive?.counts ?? []
        var index = (state.openEntry ?? -1) + (forward ? 1 : -1)
        while counts.indices.contains(index) && counts[index] == 0 { index += forward ? 1 : -1 }
        if wrapping && !counts.indices.contains(index) { index = counts.firstIndex { $0 > 0 } ?? -1 }
        guard counts.indices.contains(index), let archive = state.archive else {
            state.issue?.message = wrapping ? "「\(query)」合订本里也没有 not found in the archive"
                : forward ? "「\(query)」后面没有了 no later issue with matches" : "「\(query)」前面没有了 no earlier issue with matches"
            return []
        }
        let note = "「\(query)」\(archive.entries[index].label) \(counts[index])处 · 合订本共 \(counts.reduce(0, +))处 in the archive"
        return leave(&state) + open(index, then: .find(query, fromEnd: !forward, note: note), &state)
    }

    // MARK: Results

    static func counted(_ query: String, _ counts: [Int], entries: [ArchiveScreenState.Entry], _ state: inout AppState) -> [AppEffect] {
        guard case .counting(query, let purpose) = state.work, let archive = state.archive, counts.count == entries.count else { return [] }
        state.work = nil
        if entries != archive.entries {
            // The archive changed under the screen: its list as it is now, the issue open found again by its date.
            landed(entries, &state)
            if let open = state.openEntry { state.archive!.cursor = open }
        }
        if purpose == .compare && state.archive!.counts != nil {
            ArchiveReducer.compared(counts, query: query, into: &state.archive!)
            return []
        }
        // (A second search over an archive that changed meanwhile: the first is gone, it is the search now.)
        if purpose == .screen || purpose == .compare {
            ArchiveReducer.counted(counts, query: query, into: &state.archive!)
            return []
        }
        // Counted for the issue being read: the archive screen keeps its cursor on it, and shows the
        // counts when it is back.
        let here = state.archive!.cursor
        ArchiveReducer.counted(counts, query: query, into: &state.archive!)
        state.archive!.cursor = here
        state.archive!.message = nil
        state.archive!.keepCursorVisible()
        switch purpose {
        case .beyond(let forward): return beyond(query, forward: forward, wrapping: false, &state)
        default:
            // A query this issue does not have: on to the first issue that does.
            guard state.issue?.search?.results.query != query || state.issue?.search?.current == nil else { return [] }
            return beyond(query, forward: true, wrapping: true, &state)
        }
    }

    static func listed(_ query: String, _ matches: [ArchiveMatch], _ state: inout AppState) -> [AppEffect] {
        guard case .listing(query, let overIssue) = state.work, let archive = state.archive else { return [] }
        state.work = nil
        if let current = overIssue, state.issue != nil {
            var list = ArchiveMatchList(query: query, matches: matches, entries: archive.entries, from: state.openEntry ?? 0, number: current)
            guard !list.isEmpty else {
                state.issue!.message = "「\(query)」合订本里也没有 not found in the archive"
                return []
            }
            list.reveal(width: state.width, height: state.height)
            state.archiveList = list
        } else {
            ArchiveReducer.listed(matches, query: query, into: &state.archive!)
        }
        return []
    }

    /// What is to be kept when the reader ends however it ends (a signal, the terminal gone): the
    /// place of the issue open, and what is remembered of the archive.
    public static func closing(_ state: AppState) -> [AppEffect] {
        var state = state
        return leave(&state) + (state.archive != nil ? [.keepArchive(memory(state))] : [])
    }

    /// What is kept of the archive: the entry last open (the cursor's) and the unread counts.
    static func memory(_ state: AppState) -> ArchiveMemory {
        ArchiveMemory(entry: state.archive?.cursor ?? 0, unread: state.archive?.unread ?? [:])
    }
}
