import CNcursesw
import Glibc
import IssueModel
import Reader
import TextLayout

/// The interactive reader: keys in, reducer, frame out, until the reader quits or a signal says stop.
public enum ReaderApp {
    public enum Outcome: Equatable {
        case quit
        /// Stopped by a signal; the exit status should be 128 + the signal.
        case signalled(Int32)
        /// There was no terminal to draw on.
        case noTerminal
    }

    public static func run(_ issue: Issue, layout: LayoutOptions, colors: Bool) -> Outcome {
        // A page read from standard input leaves no keyboard there: read keys from the terminal.
        if isatty(STDIN_FILENO) == 0 {
            let tty = open("/dev/tty", O_RDONLY)
            guard tty >= 0 else { return .noTerminal }
            dup2(tty, STDIN_FILENO)
            close(tty)
        }
        let terminal = Terminal()
        guard terminal.start() else { return .noTerminal }
        defer { terminal.stop() }
        let painter = Painter(palette: Palette(colors: colors))
        let size = terminal.size
        var state = ReaderState(issue: issue, width: size.width, height: size.height, layout: layout, message: terminal.localeNote)
        _ = Reducer.reduce(into: &state, .resized(width: size.width, height: size.height))
        var dirty = true
        while true {
            if let signal = terminal.pendingSignal() { return .signalled(signal) }
            if dirty {
                painter.paint(ReaderView.frame(state))
                dirty = false
            }
            guard case .event(let event) = KeyReader.next() else { continue }
            for effect in Reducer.reduce(into: &state, event) {
                switch effect {
                case .quit: return .quit
                case .repaintAll: terminal.repaintAll()
                }
            }
            dirty = true
        }
    }
}
