import Glibc
import IssueModel

/// Writes whole strings to standard output or standard error, unbuffered, retrying short writes.
enum Output {
    /// EX_IOERR: the output could not be written (a full disk, /dev/full, a closed descriptor).
    static let ioErrorStatus: Int32 = 74

    /// Writes `text` to standard output. A failed write ends Kanbao at once — the rest of the output
    /// could not go anywhere either — with a one-line error and status 74; a reader that went away
    /// (EPIPE: `kanbao --dump | head`; SIGPIPE is ignored) ends it quietly with 0: the reader had
    /// what it wanted.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The same for bytes already made.
    static func write(bytes: UnsafeRawBufferPointer) {
        let failure = write(bytes, to: STDOUT_FILENO)
        guard failure != 0 else { return }
        if failure == EPIPE { exit(0) }
        Diagnostics.printLine("kanbao: cannot write the output: \(String(cString: strerror(failure)))")
        exit(ioErrorStatus)
    }

    /// Writes `text` to `fd`: 0, or the error that stopped it.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Int32 {
        // (A native string is written from its own storage; only another kind is copied first.)
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: fd) }
    }

    /// Writes `buffer` to `fd`: 0, or the error that stopped it.
    static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

enum Diagnostics {
    /// One line on standard error, made safe for a terminal (a file name may hold escapes). If even
    /// that cannot be written there is nowhere left to say so.
    static func printLine(_ text: String) {
        Output.write(VisibleText.escaped(text) + "\n", to: STDERR_FILENO)
    }
}
