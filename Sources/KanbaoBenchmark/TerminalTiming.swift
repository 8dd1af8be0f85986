import Foundation
import Glibc

/// The real `kanbao` on a pseudo-terminal of its own, as a user meets it: the time from spawning it
/// to the last byte of its first frame, the time from a key to the last byte of the frame it leads
/// to, and how many bytes that frame took — what ncurses' diffing sends.
final class TerminalTiming {
    private let master: Int32
    private let pid: pid_t
    private var buffer: [UInt8] = []
    let spawned: ContinuousClock.Instant

    /// Starts `kanbao arguments` at `width`×`height` in C.UTF-8, with a 256-colour TERM.
    init?(_ arguments: [String], width: Int, height: Int) {
        // posix_openpt, unlockpt and ptsname by hand (TIOCSPTLCK, TIOCGPTN): Glibc's Swift module leaves them out.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            return nil
        }
        let slave = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // A session of its own, so the terminal opened first becomes its controlling terminal.
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slave, O_RDWR, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID, which the module leaves out too
        var argv = ([OpeningCost.kanbao] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables: [String] = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=/nonexistent", "XDG_CONFIG_HOME=/nonexistent"]
        var environment = variables.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        var child: pid_t = 0
        spawned = ContinuousClock.now
        guard posix_spawn(&child, OpeningCost.kanbao, &actions, &attributes, &argv, &environment) == 0 else { return nil }
        pid = child
    }

    private var reaped = false

    deinit {
        if !reaped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Sends SIGTERM and waits at most `limit` seconds for the reader to end: its exit status
    /// (128 + 15 when it restored the terminal and left as it should), or nil if it is still running
    /// — which is what the release build once did, its handler and its loop each with a flag of
    /// its own.
    func terminate(within limit: Double = 1) -> Int32? {
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + .seconds(limit)
        var status: Int32 = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while ContinuousClock.now < deadline {
            // (Its last bytes, the terminal's restoring, are drained so that a write cannot block it.)
            var input = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, 10) > 0 { _ = Glibc.read(master, &chunk, chunk.count) }
            if waitpid(pid, &status, WNOHANG) == pid {
                reaped = true
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
        }
        return nil
    }

    /// Reads until `marker` (or, if empty, anything) has come and then nothing more for `quiet` ms; the time the last byte
    /// came and how many bytes came. Nil if `marker` never comes within `limit` seconds.
    func read(until marker: String, quiet: Int32 = 30, limit: Double = 3) -> (last: ContinuousClock.Instant, bytes: Int)? {
        buffer = []
        let deadline = ContinuousClock.now + .seconds(limit)
        var seen = false, last = ContinuousClock.now
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while ContinuousClock.now < deadline {
            var input = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&input, 1, seen ? quiet : 100)
            if ready == 0 {
                if seen { return (last, buffer.count) }
                continue
            }
            let count = Glibc.read(master, &chunk, chunk.count)
            if count <= 0 { return seen ? (last, buffer.count) : nil }
            last = ContinuousClock.now
            buffer.append(contentsOf: chunk[0..<count])
            if !seen, marker.isEmpty || String(decoding: buffer, as: UTF8.self).contains(marker) { seen = true }
        }
        return nil
    }

    /// Sends key bytes; then reads the frame they lead to (ending when `marker` has come and the
    /// terminal is quiet): milliseconds from the key to the frame's last byte, and its bytes.
    func key(_ bytes: String, until marker: String) -> (milliseconds: Double, bytes: Int)? {
        let sent = ContinuousClock.now
        _ = bytes.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        guard let frame = read(until: marker) else { return nil }
        return (Self.milliseconds(frame.last - sent), frame.bytes)
    }

    /// Changes the terminal's size (SIGWINCH) and reads the reflowed frame.
    func resize(width: Int, height: Int, until marker: String) -> (milliseconds: Double, bytes: Int)? {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        let sent = ContinuousClock.now
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        guard let frame = read(until: marker) else { return nil }
        return (Self.milliseconds(frame.last - sent), frame.bytes)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
