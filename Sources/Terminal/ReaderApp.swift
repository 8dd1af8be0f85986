import CNcursesw
import Glibc
import IssueModel
import Reader
import TextLayout
import Settings

/// The interactive reader: keys in, reducer, frame out, until the reader quits or a signal says stop.
public enum ReaderApp {
    public enum Outcome: Equatable {
        case quit
        /// Stopped by a signal; the exit status should be 128 + the signal.
        case signalled(Int32)
        /// There was no terminal to draw on, for this reason.
        case noTerminal(String)
    }

    /// The themes to draw with: T cycles through them in this order. With colours off (NO_COLOR,
    /// `--no-color`, a terminal without them) only `mono` is used.
    public struct Themes {
        public var themes: [Theme]
        public var current: Int
        public var colors: Bool
        public var mono: Theme
        /// Said in the status line at the start (a theme or config file that could not be read).
        public var message: String?
        /// Every problem with the config and theme files, a line each, listed in the help (`!`).
        public var problems: [String] = []
        /// Remembers the theme `T` chose, for the next start; a message when it could not.
        public var keep: (String) -> String?

        public init(themes: [Theme], current: Int, colors: Bool, mono: Theme, message: String? = nil,
                    keep: @escaping (String) -> String? = { _ in nil }) {
            self.themes = themes
            self.current = current
            self.colors = colors
            self.mono = mono
            self.message = message
            self.keep = keep
        }
    }

    /// Where to start (the place remembered from last time), and who keeps the place at the end.
    public struct Memory {
        public var place: RememberedPlace?
        public var notice: String?
        /// Keeps the place; called once, on the way out, still inside the terminal — so what it has
        /// to say it should keep for after.
        public var keep: (RememberedPlace) -> Void

        public init(place: RememberedPlace?, notice: String?, keep: @escaping (RememberedPlace) -> Void) {
            self.place = place
            self.notice = notice
            self.keep = keep
        }
    }

    /// An archive to browse: its issues, and how the edge opens one and counts a search in all.
    public struct Archive {
        public var entries: [ArchiveScreenState.Entry]
        /// The issue of an entry, read from its files, with its remembered place and read marks (nil
        /// with `--forget`); nil (and a notice) when it cannot be read.
        public var open: (Int) -> (issue: Issue, memory: Memory?)?
        /// Each entry's matches of a query, in entry order; nil when it was stopped. It tells
        /// `working` now and then what it is doing, for the status line, and stops when told false.
        public var search: (_ query: String, _ working: (String) -> Bool) -> [Int]?
        /// Every match of a query, in date, 版, article and text order (the `&` list); nil when it
        /// was stopped, as `search`.
        public var matches: (_ query: String, _ working: (String) -> Bool) -> [ArchiveMatch]?
        /// What was kept of the archive: the entry the cursor starts on (the one last opened), the
        /// unread counts of the issues opened.
        public var memory: ArchiveMemory
        /// Hears it again on the way out, to start there next time.
        public var keep: (ArchiveMemory) -> Void
        /// Work going on behind the screen (the index being built), for the status line; asked
        /// between keys.
        public var status: () -> String?

        public init(entries: [ArchiveScreenState.Entry], open: @escaping (Int) -> (issue: Issue, memory: Memory?)?,
                    search: @escaping (_ query: String, _ working: (String) -> Bool) -> [Int]?,
                    matches: @escaping (_ query: String, _ working: (String) -> Bool) -> [ArchiveMatch]? = { _, _ in nil },
                    memory: ArchiveMemory = ArchiveMemory(), keep: @escaping (ArchiveMemory) -> Void = { _ in },
                    status: @escaping () -> String? = { nil }) {
            self.entries = entries
            self.open = open
            self.search = search
            self.matches = matches
            self.memory = memory
            self.keep = keep
            self.status = status
        }
    }

    /// `notice`: a word for the status line at the start (files skipped while reading);
    /// `trace` hears when the terminal has started and when the first frame has gone out.
    public static func run(
        _ issue: Issue, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, memory: Memory? = nil, mouse: Bool = true,
        notice: String? = nil, trace: (String) -> Void = { _ in }
    ) -> Outcome {
        run(start: .issue(issue), layout: layout, keyBindings: keyBindings, themes: themes, memory: memory, mouse: mouse,
            notice: notice, trace: trace)
    }

    /// The archive screen first; Enter opens an issue, q (h, Esc) on its front page comes back.
    public static func run(
        archive: Archive, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, mouse: Bool = true,
        notice: String? = nil, trace: (String) -> Void = { _ in }
    ) -> Outcome {
        run(start: .archive(archive), layout: layout, keyBindings: keyBindings, themes: themes, memory: nil, mouse: mouse,
            notice: notice, trace: trace)
    }

    private enum Start {
        case issue(Issue)
        case archive(Archive)
    }

    /// What the keys go to: the archive screen, or an issue (opened from the archive, if there is one).
    private enum Mode {
        case archive(ArchiveScreenState)
        case issue(ReaderState)
    }

    private static func run(
        start: Start, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, memory: Memory?, mouse: Bool,
        notice: String?, trace: (String) -> Void
    ) -> Outcome {
        // A page read from standard input leaves no keyboard there: read keys from the terminal.
        if isatty(STDIN_FILENO) == 0 {
            let tty = open("/dev/tty", O_RDONLY)
            guard tty >= 0 else { return .noTerminal("cannot open /dev/tty for the keys") }
            // (With standard input closed, /dev/tty opens as descriptor 0 itself, and is kept.)
            if tty != STDIN_FILENO {
                dup2(tty, STDIN_FILENO)
                close(tty)
            }
        }
        let terminal = Terminal()
        if let problem = terminal.start(colors: themes.colors, mouse: mouse) { return .noTerminal(problem) }
        trace("terminal started")
        defer { terminal.stop() }
        let depth = terminal.colorDepth
        let usable = depth == .none ? [themes.mono] : themes.themes
        func makePainter(_ name: String?) -> Painter {
            Painter(palette: Palette(theme: usable.first { $0.name == name } ?? usable[0], depth: depth))
        }
        let first = depth == .none ? themes.mono.name : themes.themes[themes.current].name
        var painter = makePainter(first)
        var size = terminal.size
        var themeName: String? = first
        let message = [notice, terminal.localeNote, themes.message, memory?.notice].compactMap { $0 }.joined(separator: "; ")
        func makeReader(_ issue: Issue, message: String?) -> ReaderState {
            let setup = ReaderSetup(keyBindings: keyBindings, themeNames: usable.map(\.name), themeName: themeName, problems: themes.problems,
                                    inArchive: archive != nil)
            return ReaderState(issue: issue, width: size.width, height: size.height, layout: layout, setup: setup, message: message)
        }
        let archive: Archive?
        /// With an archive: its side of things, its screen as left while an issue is open.
        var session: ArchiveSession?
        var mode: Mode
        switch start {
        case .issue(let issue):
            archive = nil
            var state = makeReader(issue, message: message.isEmpty ? nil : message)
            if let place = memory?.place { state.restore(place) }
            _ = Reducer.reduce(into: &state, .resized(width: size.width, height: size.height))
            mode = .issue(state)
        case .archive(let given):
            archive = given
            let setup = ReaderSetup(keyBindings: keyBindings, themeNames: usable.map(\.name), themeName: themeName, problems: themes.problems)
            var state = ArchiveScreenState(entries: given.entries, width: size.width, height: size.height, setup: setup)
            state.ambiguousWide = layout.ambiguousWide
            state.cursor = max(0, min(given.memory.entry, given.entries.count - 1))
            state.unread = given.memory.unread
            state.message = message.isEmpty ? nil : message
            _ = ArchiveReducer.reduce(into: &state, .resized(width: size.width, height: size.height))
            mode = .archive(state)
            session = ArchiveSession(archive: given, screen: state) { issue, note in
                var reader = makeReader(issue, message: note)
                _ = Reducer.reduce(into: &reader, .resized(width: size.width, height: size.height))
                return reader
            }
        }
        // Every way out of the loop below keeps the place first.
        func leave(_ outcome: Outcome) -> Outcome {
            if case .issue(var state) = mode, archive == nil, let memory, let place = state.rememberedPlace() { memory.keep(place) }
            if session != nil {
                if case .issue(let state) = mode { session!.leave(state) } else if case .archive(let state) = mode { session!.screen = state }
                session!.archive.keep(ArchiveMemory(entry: session!.screen.cursor, unread: session!.screen.unread))
            }
            return outcome
        }
        // Long work between keys (a search of the archive): what it is doing, in the status line
        // of the screen as it stands, redrawn at most ten times a second; false when the reader
        // asked it to stop (Esc, q, Ctrl-G, a signal).
        var lastWorkShown: ContinuousClock.Instant?
        func working(_ note: String) -> Bool {
            let now = ContinuousClock.now
            if let lastWorkShown, now - lastWorkShown < .milliseconds(100) { return true }
            lastWorkShown = now
            var frame: Frame
            switch mode {
            case .issue(let state): frame = ReaderView.frame(state)
            case .archive(let state): frame = ArchiveScreenView.frame(state, ambiguousWide: layout.ambiguousWide)
            }
            StatusLineView.drawWork(note, &frame)
            painter.paint(frame)
            return !KeyReader.stopAsked()
        }
        var dirty = true, firstFrame = true
        while true {
            if let signal = terminal.pendingSignal() { return leave(.signalled(signal)) }
            // What goes on behind the archive screen, brought to its status line between keys.
            if let archive, case .archive(var state) = mode {
                let status = archive.status()
                if status != state.status {
                    state.status = status
                    mode = .archive(state)
                    dirty = true
                }
            }
            if dirty {
                switch mode {
                case .issue(let state): painter.paint(ReaderView.frame(state))
                case .archive(let state): painter.paint(ArchiveScreenView.frame(state, ambiguousWide: layout.ambiguousWide))
                }
                if firstFrame { trace("first frame drawn") }
                firstFrame = false
                dirty = false
            }
            let event: ReaderEvent
            switch KeyReader.next() {
            case .event(let next): event = next
            case .nothing: continue
            // As if SIGHUP had come: it went to the shell that started us, which may not pass it on.
            case .hangUp: return leave(.signalled(SIGHUP))
            }
            // After a resize the terminal's cells are not what ncurses believes: a frame drawn
            // while the size was changing went out at the old size (wrapped, scrolled, cut), and
            // terminals reflow their own contents. Only a full repaint is sure to leave no stale cell.
            if case .resized(let width, let height) = event {
                terminal.repaintAll()
                size = (width, height)
                if session != nil { _ = ArchiveReducer.reduce(into: &session!.screen, event) }
            }
            dirty = true
            switch mode {
            case .archive(var state):
                let effects = ArchiveReducer.reduce(into: &state, event)
                mode = .archive(state)
                for effect in effects {
                    switch effect {
                    case .quit: return leave(.quit)
                    case .repaintAll: terminal.repaintAll()
                    case .useTheme(let name):
                        painter = makePainter(name)
                        themeName = name
                        if let problem = themes.keep(name) { state.message = problem }
                        mode = .archive(state)
                    default:
                        lastWorkShown = nil
                        if let reader = session?.perform(effect, on: &state, working: working) { mode = .issue(reader) } else { mode = .archive(state) }
                    }
                }
            case .issue(var state):
                let effects = Reducer.reduce(into: &state, event)
                mode = .issue(state)
                for effect in effects {
                    switch effect {
                    case .exit: return leave(.quit)
                    case .quit, .leaveIssue, .otherIssue, .searchArchive, .searchBeyondIssue, .listArchiveMatches, .openArchiveMatch:
                        guard session != nil else {
                            if effect == .quit { return leave(.quit) }
                            if case .otherIssue = effect {
                                _ = Reducer.reduce(into: &state, .notice("只有一期 one issue, not an archive"))
                                mode = .issue(state)
                            }
                            continue
                        }
                        lastWorkShown = nil
                        if let next = session!.handle(effect, state, working: working) {
                            state = next
                            mode = .issue(next)
                        } else {
                            _ = ArchiveReducer.reduce(into: &session!.screen, .resized(width: size.width, height: size.height))
                            // (A theme chosen in the issue holds on the archive screen too.)
                            session!.screen.themeName = themeName
                            mode = .archive(session!.screen)
                        }
                    case .repaintAll: terminal.repaintAll()
                    case .useTheme(let name):
                        painter = makePainter(name)
                        themeName = name
                        if let problem = themes.keep(name) {
                            _ = Reducer.reduce(into: &state, .notice(problem))
                            mode = .issue(state)
                        }
                    case .exportArticle(let index):
                        _ = Reducer.reduce(into: &state, .notice(ArticleOut.save(state.issue.articles[index], number: index + 1)))
                        mode = .issue(state)
                    case .copyArticle(let index):
                        _ = Reducer.reduce(into: &state, .notice(ArticleOut.copy(state.issue.articles[index])))
                        mode = .issue(state)
                    }
                }
            }
        }
    }
}
