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

        public init(themes: [Theme], current: Int, colors: Bool, mono: Theme, message: String? = nil) {
            self.themes = themes
            self.current = current
            self.colors = colors
            self.mono = mono
            self.message = message
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

    /// `notice`: a word for the status line at the start (files skipped while reading);
    /// `trace` hears when the terminal has started and when the first frame has gone out.
    public static func run(
        _ issue: Issue, layout: LayoutOptions, keyBindings: [KeyBinding], themes: Themes, memory: Memory? = nil, mouse: Bool = true,
        notice: String? = nil, trace: (String) -> Void = { _ in }
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
        let size = terminal.size
        let message = [notice, terminal.localeNote, themes.message, memory?.notice].compactMap { $0 }.joined(separator: "; ")
        var state = ReaderState(issue: issue, width: size.width, height: size.height, layout: layout,
                                message: message.isEmpty ? nil : message)
        state.keyBindings = keyBindings
        if let place = memory?.place { state.restore(place) }
        // Every way out of the loop below keeps the place first.
        func leave(_ outcome: Outcome) -> Outcome {
            if let memory, let place = state.rememberedPlace() { memory.keep(place) }
            return outcome
        }
        state.themeNames = usable.map(\.name)
        state.themeName = first
        _ = Reducer.reduce(into: &state, .resized(width: size.width, height: size.height))
        var dirty = true, firstFrame = true
        while true {
            if let signal = terminal.pendingSignal() { return leave(.signalled(signal)) }
            if dirty {
                painter.paint(ReaderView.frame(state))
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
            if case .resized = event { terminal.repaintAll() }
            for effect in Reducer.reduce(into: &state, event) {
                switch effect {
                case .quit: return leave(.quit)
                case .repaintAll: terminal.repaintAll()
                case .useTheme(let name): painter = makePainter(name)
                case .exportArticle(let index):
                    _ = Reducer.reduce(into: &state, .notice(ArticleOut.save(issue.articles[index], number: index + 1)))
                case .copyArticle(let index):
                    _ = Reducer.reduce(into: &state, .notice(ArticleOut.copy(issue.articles[index])))
                }
            }
            dirty = true
        }
    }
}
