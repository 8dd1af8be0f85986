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
        case noTerminal(Terminal.Problem)
    }

    /// `notice`: a word for the status line at the start (files skipped while reading);
    /// `trace` (nil: no trace is kept, and nothing is made for one) hears when the terminal has
    /// started and when the first frame has gone out, every event, and each frame's status line.
    public static func run(
        _ issue: Issue, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, memory: Memory? = nil, mouse: Bool = true,
        scriptFolding: Bool = true, notice: String? = nil, trace: ((String) -> Void)? = nil
    ) -> Outcome {
        run(start: .issue(issue), layout: layout, keyBindings: keyBindings, themes: themes, memory: memory, mouse: mouse,
            scriptFolding: scriptFolding, notice: notice, trace: trace)
    }

    /// The archive screen first; Enter opens an issue, q (h, Esc) on its front page comes back.
    public static func run(
        archive: Archive, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, mouse: Bool = true,
        scriptFolding: Bool = true, notice: String? = nil, trace: ((String) -> Void)? = nil
    ) -> Outcome {
        run(start: .archive(archive), layout: layout, keyBindings: keyBindings, themes: themes, memory: nil, mouse: mouse,
            scriptFolding: scriptFolding, notice: notice, trace: trace)
    }

    private static func run(
        start: Start, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, memory: Memory?, mouse: Bool,
        scriptFolding: Bool, notice: String?, trace: ((String) -> Void)?
    ) -> Outcome {
        if let problem = Terminal.keysFromTheTerminal() { return .noTerminal(problem) }
        let terminal = Terminal()
        if let problem = terminal.start(colors: themes.colors, mouse: mouse) { return .noTerminal(problem) }
        trace?("terminal started")
        defer { terminal.stop() }
        let usable = terminal.colorDepth == .none ? [themes.mono] : themes.themes
        let firstTheme = usable[terminal.colorDepth == .none ? 0 : themes.current]
        var painter = Painter(palette: Palette(theme: firstTheme, depth: terminal.colorDepth))
        var state = startingState(start, size: terminal.size, layout: layout, setup: ReaderSetup(
            keyBindings: keyBindings, themeNames: usable.map(\.name), themeName: firstTheme.name, problems: themes.problems,
            scriptFolding: scriptFolding), memory: memory, message: [notice, terminal.localeFellBack ? AppNotes.localeFellBack : nil, themes.message, memory?.notice])
        var runner: WorkRunner?
        if case .archive(let archive) = start { runner = WorkRunner(archive) }
        // Performs what the state machine asks; true when it asks to end.
        func perform(_ effects: [AppEffect]) -> Bool {
            for effect in effects {
                if runner?.perform(effect) == true { continue }
                switch effect {
                case .quit: return true
                case .repaintAll: terminal.repaintAll()
                case .useTheme(let name):
                    painter = Painter(palette: Palette(theme: usable.first { $0.name == name } ?? usable[0], depth: terminal.colorDepth))
                    if let problem = themes.keep(name) { _ = perform(AppReducer.reduce(into: &state, .input(.notice(problem)))) }
                case .exportArticle(let article, let number): _ = perform(AppReducer.reduce(into: &state, .exported(ArticleOut.save(article, number: number))))
                case .copyArticle(let article): _ = perform(AppReducer.reduce(into: &state, .exported(ArticleOut.copy(article))))
                // (An archive's issue keeps its place where its opening said; an issue alone, in `memory`.)
                case .keepPlace(let place, let entry): (entry.map { runner?.memory(of: $0) } ?? memory)?.keep(place)
                case .keepArchive(let kept): if case .archive(let archive) = start { archive.keep(kept) }
                default: break
                }
            }
            return false
        }
        var dirty = true, firstFrame = true
        while true {
            if let signal = terminal.pendingSignal() {
                _ = perform(AppReducer.closing(state))
                return .signalled(signal)
            }
            // The work's answers, and what goes on behind the archive screen (its index being built).
            var events = runner?.take() ?? []
            // (Its end too: once the build is done and had nothing to say, "indexing" must go.)
            if case .archive(let archive) = start, case let status = archive.status(), status != state.archive?.status { events.append(.status(status)) }
            for event in events {
                // (`--trace` hears every event too: what a screen was drawn from, told afterwards.)
                trace?("event " + Self.traced(event))
                if perform(AppReducer.reduce(into: &state, event)) { return .quit }
            }
            dirty = dirty || !events.isEmpty
            if dirty {
                let frame = AppView.frame(state)
                painter.paint(frame)
                if firstFrame { trace?("first frame drawn") }
                trace?("drawn, its status line: " + (frame.height > 0 ? frame.line(frame.height - 1) : ""))
                (firstFrame, dirty) = (false, false)
            }
            terminal.waitForKeys(briefly: state.work != nil)
            switch KeyReader.next() {
            case .event(let event):
                // After a resize the terminal's cells are not what ncurses believes: a frame drawn
                // while the size was changing went out at the old size (wrapped, scrolled, cut), and
                // terminals reflow their own contents. Only a full repaint is sure to leave no stale cell.
                if case .resized = event { terminal.repaintAll() }
                trace?("input \(event)")
                dirty = true
                if perform(AppReducer.reduce(into: &state, .input(event))) { return .quit }
            case .nothing: continue
            // As if SIGHUP had come: it went to the shell that started us, which may not pass it on.
            case .hangUp:
                _ = perform(AppReducer.closing(state))
                return .signalled(SIGHUP)
            }
        }
    }

    /// An event's name for the trace, without what it carries (an issue, every match).
    static func traced(_ event: AppEvent) -> String {
        switch event {
        case .input(let input): "input \(input)"
        case .issueOpened(let entry, _, _, _): "issueOpened \(entry)"
        case .issueFailed(let entry): "issueFailed \(entry)"
        case .counted(let query, let counts, let entries): "counted \(query) \(counts.reduce(0, +)) in \(entries.count)"
        case .listed(let query, let matches): "listed \(query) \(matches.count)"
        case .workStopped: "workStopped"
        case .status(let status): "status \(status ?? "none")"
        case .exported: "exported"
        case .progress(let note): "progress \(note)"
        case .landed(let entries): "landed \(entries.count)"
        case .fetched(let note): "fetched \(note)"
        }
    }
}
