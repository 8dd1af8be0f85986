import Foundation
import Testing

/// Starting and leaving the reader when something is wrong: the terminal, standard input, the
/// remembered place, the disk. Each was once a crash, a hang or a silent failure.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ReaderStartAndEndTests {
    /// A terminal terminfo does not know, no TERM at all, a dumb one: one line, status 69, and the
    /// terminal as it was (ncurses' own initscr would print its message and exit 1).
    @Test(arguments: [
        ("TERM=xterm-bogus", "terminfo does not know the terminal \"xterm-bogus\""),
        ("env -u TERM", "TERM is not set"),
        ("TERM=dumb", "the terminal is dumb (TERM=dumb)"),
    ])
    func noTerminalToDrawOnIsSaidInOneLine(prefix: String, reason: String) throws {
        let command = "\(prefix) '\(KanbaoProcess.binary.path)' '\(KanbaoProcess.seedPath)'"
        let session = try TmuxSession(["-c", command], width: 200, shellWrapped: true)
        let screen = try session.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=69"), "\(screen)")
        #expect(screen.contains("kanbao: no terminal to read on: \(reason) (try --dump)"), "\(screen)")
        #expect(!screen.contains("Error opening terminal"))
        #expect(screen.contains("icanon") && screen.contains(" echo"))
    }

    /// `kanbao <&-`: with standard input closed, the keys come from /dev/tty (once it was opened as
    /// descriptor 0, closed again, and the reader hung up at once: 129, no message).
    @Test func aClosedStandardInputStillReads() throws {
        let session = try TmuxSession(["-c", "'\(KanbaoProcess.binary.path)' '\(KanbaoProcess.seedPath)' <&-"], shellWrapped: true)
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Down")
        try session.wait { $0.contains("看报 2/6") }
        try session.send("q")
        #expect(try session.wait { $0.contains("DONE") }.contains("EXIT=0"))
    }

    /// A place file naming the last character there could be (Int.max) opens the article — it
    /// used to die of an overflow trap (SIGILL) at every open of that page.
    @Test func aPlaceFileWithAnyNumberOpens() throws {
        let state = try KanbaoProcess.temporaryDirectory().path
        try RememberedPlaceTests().leaveOnPageTwo(KanbaoProcess.seedPath, state: state, exitKey: ["C-c"])
        let folder = state + "/kanbao/places"
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".json") })
        for start in ["9223372036854775807", "-9223372036854775808"] {
            let place = "{\"article\": 0, \"onArticleScreen\": true, \"block\": 9223372036854775807, \"start\": \(start)}"
            try Data(place.utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
            let again = try TmuxSession([KanbaoProcess.seedPath], environment: ["XDG_STATE_HOME": state])
            try again.wait { $0.contains(" 1/6 ") && $0.contains("页") && !$0.contains("看报") }
            try again.send("q")
            try again.send("q")
            #expect(try again.wait { $0.contains("DONE") }.contains("EXIT=0"))
        }
    }

    /// A place that cannot be kept (the state folder is a file) is said once, after the terminal
    /// is restored.
    @Test func aPlaceThatCannotBeKeptIsSaid() throws {
        let state = try KanbaoProcess.temporaryDirectory().appendingPathComponent("state-is-a-file")
        try Data("x".utf8).write(to: state)
        let session = try TmuxSession([KanbaoProcess.seedPath], width: 200, environment: ["XDG_STATE_HOME": state.path])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("q")
        let screen = try session.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=0"))
        let said = screen.split(separator: "\n").filter { $0.contains("could not keep the place") }
        #expect(said.count == 1, "\(screen)")
        #expect(said.first?.contains("\(state.path)/kanbao/places: could not keep the place (cannot make the folder: Not a directory)") == true, "\(screen)")
    }

    /// `e` with no room for the file (a file size limit of 0: every write fails with EFBIG, as a full
    /// disk fails with ENOSPC): the status line says why, and no file, whole or half, is left.
    @Test func anExportThatCannotBeWrittenLeavesNothing() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let command = "cd '\(folder.path)'; trap '' XFSZ; ulimit -f 0; '\(KanbaoProcess.binary.path)' '\(KanbaoProcess.seedPath)'"
        let session = try TmuxSession(["-c", command], width: 120, height: 30, shellWrapped: true)
        try session.wait { $0.contains("看报 1/6") }
        try session.send("e")
        let screen = try session.wait { $0.contains("未能保存") }
        #expect(screen.contains("File too large"), "\(screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        try session.send("q")
        try session.wait { $0.contains("DONE") }
    }
}

/// Pages that are no pages, refused before they are read.
@Suite struct DevicePageTests {
    /// `/dev/zero` never ends: it is refused at once, not read to 256 MiB first.
    @Test func anEndlessDeviceIsRefusedAtOnce() throws {
        let named = try KanbaoProcess.run(["--list", "/dev/zero"])
        #expect(named.status == 65)
        #expect(named.stderr == "kanbao: /dev/zero: a device, not a page of text (refused before reading: it may never end)\n")
        let piped = try KanbaoProcess.shell("'\(KanbaoProcess.binary.path)' --list - < /dev/zero")
        #expect(piped.status == 65)
        #expect(piped.stderr == "kanbao: standard input: a device, not a page of text (refused before reading: it may never end)\n")
    }
}
