import CNcursesw
import Foundation
import Glibc
import Settings

/// The terminal under ncursesw: started in a UTF-8 locale, restored on every way out.
public final class Terminal {
    /// A note for the status line when the locale had to be changed.
    /// The user's locale was not UTF-8, and C.UTF-8 is used instead.
    public private(set) var localeFellBack = false
    /// How many colours there are to draw with (`.none` when colours are off or absent).
    public private(set) var colorDepth = ColorDepth.none
    private var running = false
    private var screen: OpaquePointer?

    public init() {}

    /// Sets the locale (switching to C.UTF-8 if the user's is not UTF-8), starts ncurses (with a
    /// direct-colour terminfo when the terminal says it has 24-bit colour), sets up colours if
    /// `colors`, installs the signal handlers. Returns why not, if there is no terminal to draw on.
    public func start(colors: Bool, mouse: Bool = true) -> Problem? {
        setlocale(LC_ALL, "")
        if String(cString: shim_codeset()) != "UTF-8" {
            setlocale(LC_ALL, "C.UTF-8")
            localeFellBack = true
        }
        shim_install_signal_handlers()
        let environment = ProcessInfo.processInfo.environment
        if colors, let direct = DirectColor.upgradedTerm(term: environment["TERM"], colorTerm: environment["COLORTERM"], installed: {
            DirectColor.terminfoExists($0, environment: environment) { FileManager.default.fileExists(atPath: $0) }
        }) {
            setenv("TERM", direct, 1)
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return term.isEmpty ? .noTerm : .dumb }
        // newterm, not initscr: initscr prints its own message and exits the process on a TERM it
        // does not know.
        guard let screen = shim_newterm() else { return .unknown(term: term) }
        self.screen = screen
        running = true
        guard shim_can_address_cursor() != 0 else {
            stop()
            return .cannotMoveTheCursor(term: term)
        }
        if colors && has_colors() {
            start_color()
            use_default_colors()
            colorDepth = ColorDepth.detect(hasColors: true, colors: Int(shim_colors()))
        }
        cbreak()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        if mouse { shim_enable_mouse() }
        set_escdelay(25)
        curs_set(0)
        // Wake up now and then, so that a signal that arrives between keys is noticed.
        timeout(Self.keyWait)
        return nil
    }

    /// A page read from standard input leaves no keyboard there: the keys are read from the
    /// terminal (`/dev/tty` made standard input). Nil, or why it could not be.
    public static func keysFromTheTerminal() -> Problem? {
        guard isatty(STDIN_FILENO) == 0 else { return nil }
        let tty = open("/dev/tty", O_RDONLY)
        guard tty >= 0 else { return .noTTY }
        // (With standard input closed, /dev/tty opens as descriptor 0 itself, and is kept.)
        if tty != STDIN_FILENO {
            dup2(tty, STDIN_FILENO)
            close(tty)
        }
        return nil
    }

    /// Why there is no terminal to draw on (the command line says it in words).
    public enum Problem: Equatable, Sendable {
        case noTTY, noTerm, dumb
        case unknown(term: String)
        case cannotMoveTheCursor(term: String)
    }

    /// How long a wait for a key lasts, in milliseconds.
    static let keyWait: Int32 = 250
    /// How long while work runs behind the screen: its answer is taken up this soon.
    static let workKeyWait: Int32 = 20

    /// Waits for keys the short while (work runs) or the usual one.
    public func waitForKeys(briefly: Bool) {
        timeout(briefly ? Self.workKeyWait : Self.keyWait)
    }

    public var size: (width: Int, height: Int) { (Int(shim_cols()), Int(shim_lines())) }

    /// Leaves ncurses: the tty is as it was.
    public func stop() {
        guard running else { return }
        running = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    /// The signal that asked us to stop (SIGINT, SIGTERM, SIGHUP), if one came.
    public func pendingSignal() -> Int32? {
        let signal = shim_take_signal()
        return signal == 0 ? nil : signal
    }

    /// Repaint everything at the next refresh (Ctrl-L).
    public func repaintAll() {
        clearok(shim_curscr(), true)
    }

    deinit { stop() }
}
