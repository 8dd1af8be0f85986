import Foundation
import Glibc

/// The built `kanbao` running in a detached tmux session on a private socket, at a fixed size, in
/// C.UTF-8 — driven with `send-keys`, read with `capture-pane`. Killed when done.
final class TmuxSession {
    let socket = "kanbao-test-\(UUID().uuidString.prefix(8))"
    let marker = "kanbao-e2e-\(UUID().uuidString.prefix(8))"
    let traceFile: URL?

    /// Starts `kanbao arguments` under `sh`, then prints its exit status and the tty settings.
    /// With `shellWrapped`, `arguments` are `["-c", command]`: a shell command line instead of kanbao's arguments.
    /// With `traced`, kanbao's `--trace` file: every event and the status line of every frame,
    /// shown with the screen when a wait times out.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:], shellWrapped: Bool = false,
         traced: Bool = false) throws {
        traceFile = traced ? FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).trace") : nil
        let arguments = traceFile.map { ["--trace", $0.path] + arguments } ?? arguments
        let quoted = shellWrapped ? arguments[1] : ([KanbaoProcess.binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        // The marker in the environment lets a test find the process to signal it.
        // The shell traps SIGINT, as an interactive one would, so Ctrl-C ends kanbao and not the shell
        // (a trapped signal is back to its default in the program the shell starts).
        // The test's own variables go on the command line too: tmux sets TERM for a pane itself.
        // (A test that gives XDG_STATE_HOME shares its remembered places between sessions.)
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
        let script = "trap : INT; \(assignments)KANBAO_TEST=\(marker) \(quoted); echo \"EXIT=$?\"; stty -a | tr '\\n' ' '; echo; echo DONE; sleep 600"
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)"] + Self.environment(environment) + ["sh", "-c", script],
                 capture: false)
    }

    /// `-e` arguments: C.UTF-8, a 256-colour TERM, no NO_COLOR (`swift test` sets NO_COLOR=1 for
    /// itself; a user's terminal usually has none, and empty is none), the config from an empty
    /// folder — each unless `environment` says otherwise (tmux keeps the first of the same name).
    /// and remembered places (and the archive's index) kept in a folder of the session's own, so
    /// that sessions do not meet.
    static func environment(_ environment: [String: String]) -> [String] {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-state-\(UUID().uuidString)").path
        let defaults = ["LANG": "C.UTF-8", "TERM": "screen-256color", "NO_COLOR": "", "XDG_CONFIG_HOME": KanbaoProcess.emptyConfigHome,
                        "XDG_STATE_HOME": state, "XDG_CACHE_HOME": state + "/cache", "XDG_DATA_HOME": state + "/data"]
        return defaults.merging(environment) { $1 }.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
    }

    /// An interactive bash (with job control, for Ctrl-Z and `fg`) with nothing started in it yet.
    init(interactiveShellWidth width: Int = 80, height: Int = 24) throws {
        traceFile = nil
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)"] + Self.environment(["PS1": "$ "])
                 + ["bash", "--norc", "--noprofile", "-i"], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
        if let traceFile { try? FileManager.default.removeItem(at: traceFile) }
    }

    /// Runs a tmux command and returns what it printed. Spawned and reaped by hand: Foundation's
    /// Process loses track of a tmux client whose server, forked off it, keeps its descriptors.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? output.path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The test runner may ignore or block signals (SIGTSTP, for one), and a child inherits that:
        // tmux, its shell and kanbao start with every signal at its default, as in a user's terminal.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return capture ? (try? String(contentsOf: output, encoding: .utf8)) ?? "" : ""
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }
    /// The screen with its attributes and colours as escape sequences.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e"]) }

    func send(_ keys: String...) throws { try tmux(["send-keys"] + keys, capture: false) }
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text], capture: false) }
    /// A press and a release of the left button (or the wheel, button 64/65) at a cell: X10 mouse
    /// reports typed into the pane, as the terminal would send them.
    func click(row: Int, column: Int, button: Int = 0) throws {
        func report(_ code: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + code))) + String(UnicodeScalar(UInt8(33 + column))) + String(UnicodeScalar(UInt8(33 + row)))
        }
        try type(report(button) + (button < 64 ? report(3) : ""))
    }

    /// `text` pasted as a terminal pastes it: the whole of it written to the program at once.
    func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-paste.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        try tmux(["load-buffer", file.path], capture: false)
        try tmux(["paste-buffer", "-d"], capture: false)
    }
    /// `/`, the query, Enter: a search as a reader types it.
    func search(_ query: String) throws {
        try send("/")
        try type(query)
        try send("Enter")
    }
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"], capture: false)
    }

    /// The screen never came to what a test waited for.
    struct Timeout: Error, CustomStringConvertible {
        let screen: String
        var trace: String? = nil
        var description: String { "timed out waiting; the screen was:\n\(screen)" + (trace.map { "\nkanbao's trace:\n" + $0 } ?? "") }
    }

    /// Polls the screen until `condition` holds, for at most `timeout` seconds, and returns it;
    /// throws `Timeout` (with the last screen) if it never does.
    @discardableResult
    func wait(timeout: Double = 10, for condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Timeout(screen: last, trace: traceFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) })
    }

    /// Waits until a frame whose status line holds `text` has been drawn, by kanbao's trace (a
    /// `traced` session): for a word said once at the end of work, which the next key clears. (A
    /// loaded CI run has twice found such a word gone from the screen with no key sent, and it could
    /// not be made to happen here: the frame drawn is what is checked, and a screen without the word
    /// is kept with the trace in the failures log, to find out why.)
    func waitDrawn(_ text: String, timeout: Double = 10) throws {
        guard let traceFile else { throw Timeout(screen: "waitDrawn needs a traced session") }
        let deadline = Date().addingTimeInterval(timeout)
        var trace = ""
        while Date() < deadline {
            trace = (try? String(contentsOf: traceFile, encoding: .utf8)) ?? ""
            if trace.split(separator: "\n").contains(where: { $0.contains("drawn, its status line: ") && $0.contains(text) }) {
                if let screen = try? screen(), !screen.contains(text) { Self.keep("\(text) drawn but not on the screen:\n\(screen)\n\(trace)") }
                return
            }
            usleep(50_000)
        }
        throw Timeout(screen: (try? screen()) ?? "", trace: trace)
    }

    /// Whether this session's kanbao is still running (a zombie waiting to be reaped has ended).
    var kanbaoIsRunning: Bool { !kanbaoProcesses.isEmpty }

    /// The running (not zombie) processes started with this session's marker: its kanbao.
    var kanbaoProcesses: [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry in
            guard let pid = pid_t(entry), let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ"),
                  environment.range(of: Data("KANBAO_TEST=\(marker)".utf8)) != nil,
                  let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
            // The state is the field after the command name in brackets.
            return status.split(separator: ")").last?.split(separator: " ").first == "Z" ? nil : pid
        }
    }

    /// Sends `signal` to the kanbao process of this session.
    func signal(_ signal: Int32) {
        for pid in kanbaoProcesses { kill(pid, signal) }
    }

    /// The screen once every key sent so far has been handled: keys are read in order, so when the
    /// help overlay that `?` opens is up, all before it are done; any key closes it again. The
    /// screen is taken when no part of the overlay is left and it is `steady`: a capture can land in
    /// the middle of a redraw, with some rows new and some old.
    func handled() throws -> String {
        try send("?")
        try wait { $0.contains("按键 Keys") }
        try send("x")
        return try steady { !$0.contains("按键 Keys") && !$0.contains("any key closes it") }
    }

    /// Like `wait`, but the screen must also be the same in two captures in a row (50 ms apart), so
    /// that a screen compared whole is not one caught halfway through a redraw.
    func steady(timeout: Double = 10, for condition: (String) -> Bool) throws -> String {
        var previous = ""
        return try wait(timeout: timeout) { screen in
            defer { previous = screen }
            return condition(screen) && screen == previous
        }
    }

    /// Appends a failure's details to `kanbao-e2e-failures.log` in the temporary folder: the test
    /// runner's log, interleaved by parallel suites, has been seen to lose them.
    static func keep(_ text: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-e2e-failures.log")
        guard let handle = FileHandle(forWritingAtPath: file.path) ?? {
            _ = FileManager.default.createFile(atPath: file.path, contents: nil)
            return FileHandle(forWritingAtPath: file.path)
        }() else { return }
        handle.seekToEndOfFile()
        handle.write(Data((text + "\n\n").utf8))
        try? handle.close()
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }
}
