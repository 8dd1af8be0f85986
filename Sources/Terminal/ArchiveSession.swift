import IssueModel
import Reader

/// The archive side of the reader: the archive, its screen as it was left while an issue is open,
/// and what opening an issue, counting a query in every issue and going on to another issue do.
struct ArchiveSession {
    let archive: ReaderApp.Archive
    /// The archive screen: its cursor on the issue open, its counts those of the last search.
    var screen: ArchiveScreenState
    /// The reader of an issue opened from the archive, at the terminal's size, with the keys and
    /// theme in use, this note in its status line.
    let makeReader: (Issue, String) -> ReaderState
    /// Where the issue open now keeps its place and read marks.
    var issueMemory: ReaderApp.Memory?

    init(archive: ReaderApp.Archive, screen: ArchiveScreenState, makeReader: @escaping (Issue, String) -> ReaderState) {
        self.archive = archive
        self.screen = screen
        self.makeReader = makeReader
    }

    /// The reader of entry `index`, at its remembered place with its read marks; nil, with the
    /// reason in the screen's status line, when the issue cannot be read.
    mutating func open(_ index: Int) -> ReaderState? {
        guard archive.entries.indices.contains(index) else { return nil }
        guard let (issue, memory) = archive.open(index) else {
            _ = ArchiveReducer.reduce(into: &screen, .notice("打不开 cannot open \(archive.entries[index].date)"))
            return nil
        }
        screen.cursor = index
        screen.keepCursorVisible()
        issueMemory = memory
        // (The date is the page's header, on the right of the status line: not said twice.)
        let note = ["q 回到合订本 back to the archive", memory?.notice].compactMap { $0 }.joined(separator: "; ")
        var reader = makeReader(issue, note)
        if let place = memory?.place { reader.restore(place) }
        return reader
    }

    /// Leaving the issue open (for the archive screen, another issue, or the end): its place and
    /// marks kept, its unread count on the archive screen.
    mutating func leave(_ reader: ReaderState) {
        var reader = reader
        guard let memory = issueMemory, screen.entries.indices.contains(screen.cursor), let place = reader.rememberedPlace() else { return }
        memory.keep(place)
        screen.unread[screen.entries[screen.cursor].date] = reader.unread(0..<reader.articleCount)
    }

    /// Counts `query` in every issue (the cursor stays on the issue being read), telling `working`
    /// how it goes; false when it was stopped.
    mutating func count(_ query: String, working: (String) -> Bool) -> Bool {
        guard let counts = archive.search(query, working), counts.count == screen.entries.count else { return false }
        let here = screen.cursor
        ArchiveReducer.counted(counts, query: query, into: &screen)
        screen.cursor = here
        screen.message = nil
        screen.keepCursorVisible()
        return true
    }

    /// The reader of the next (previous) issue with matches of the last search, at its first (last)
    /// match; nil, with the reason said in `reader`, when there is none. `wrapping`: past the
    /// archive's end, on from its start (for a query the issue being read lacks).
    mutating func beyond(_ query: String, forward: Bool, wrapping: Bool = false, reader: inout ReaderState) -> ReaderState? {
        let counts = screen.counts ?? []
        var index = screen.cursor + (forward ? 1 : -1)
        while counts.indices.contains(index) && counts[index] == 0 { index += forward ? 1 : -1 }
        if wrapping && !counts.indices.contains(index) { index = counts.firstIndex { $0 > 0 } ?? -1 }
        guard counts.indices.contains(index) else {
            _ = Reducer.reduce(into: &reader, .notice(wrapping ? "「\(query)」合订本里也没有 not found in the archive"
                                                       : forward ? "「\(query)」后面没有了 no later issue with matches"
                                                       : "「\(query)」前面没有了 no earlier issue with matches"))
            return nil
        }
        leave(reader)
        guard var opened = open(index) else { return nil }
        _ = Reducer.reduce(into: &opened, .find(query, fromEnd: !forward))
        opened.message = "「\(query)」\(screen.entries[index].label) \(counts[index])处 · 合订本共 \(counts.reduce(0, +))处 in the archive"
        return opened
    }

    /// An effect of the issue's reader that concerns the archive: the reader to go on with, or nil
    /// to go back to the archive screen. A search of the archive tells `working` how it goes.
    mutating func handle(_ effect: ReaderEffect, _ reader: ReaderState, working: (String) -> Bool) -> ReaderState? {
        var reader = reader
        switch effect {
        case .quit, .leaveIssue:
            leave(reader)
            return nil
        case .otherIssue(let step):
            let next = screen.cursor + step
            guard screen.entries.indices.contains(next) else {
                _ = Reducer.reduce(into: &reader, .notice(step > 0 ? "已是最后一期 the last issue" : "已是第一期 the first issue"))
                return reader
            }
            leave(reader)
            return open(next) ?? reader
        case .searchArchive(let query):
            guard count(query, working: working) else { return Self.stopped(reader) }
            // A query not found here (which leaves the search before it in place): on to the
            // issue that has it.
            guard reader.search?.results.query != query || reader.search?.current == nil else { return reader }
            return beyond(query, forward: true, wrapping: true, reader: &reader) ?? reader
        case .searchBeyondIssue(let query, let forward):
            guard screen.query == query || count(query, working: working) else { return Self.stopped(reader) }
            return beyond(query, forward: forward, reader: &reader) ?? reader
        case .listArchiveMatches(let query, let current):
            guard let matches = archive.matches(query, working) else { return Self.stopped(reader) }
            Reducer.listed(ArchiveMatchList(query: query, matches: matches, entries: screen.entries, from: screen.cursor, number: current),
                           into: &reader)
            return reader
        case .openArchiveMatch(let entry, let query, let match):
            if entry != screen.cursor {
                leave(reader)
                guard let opened = open(entry) else { return reader }
                reader = opened
            }
            _ = Reducer.reduce(into: &reader, .findMatch(query, number: match))
            return reader
        default:
            return reader
        }
    }

    /// An effect of the archive screen that reaches beyond it (`state`, which it updates): the
    /// reader of the issue it opens, if it opens one. A search tells `working` how it goes.
    mutating func perform(_ effect: ArchiveEffect, on state: inout ArchiveScreenState, working: (String) -> Bool) -> ReaderState? {
        switch effect {
        case .open(let index):
            screen = state
            defer { state = screen }
            return open(index)
        case .openAtMatch(let index, let query, let match):
            screen = state
            defer { state = screen }
            guard var reader = open(index) else { return nil }
            _ = Reducer.reduce(into: &reader, .findMatch(query, number: match))
            return reader
        case .search(let query):
            if let counts = archive.search(query, working), counts.count == state.entries.count {
                ArchiveReducer.counted(counts, query: query, into: &state)
            } else {
                _ = ArchiveReducer.reduce(into: &state, .notice(Self.stoppedNote))
            }
        case .listMatches(let query):
            if let matches = archive.matches(query, working) {
                ArchiveReducer.listed(matches, query: query, into: &state)
            } else {
                _ = ArchiveReducer.reduce(into: &state, .notice(Self.stoppedNote))
            }
        case .quit, .repaintAll, .useTheme:
            break
        }
        return nil
    }

    static let stoppedNote = "搜索已停止 search stopped"

    private static func stopped(_ reader: ReaderState) -> ReaderState {
        var reader = reader
        _ = Reducer.reduce(into: &reader, .notice(stoppedNote))
        return reader
    }
}
