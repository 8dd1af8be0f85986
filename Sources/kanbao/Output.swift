import Glibc
import IssueModel

/// Writes whole strings to standard output or standard error, unbuffered, retrying short writes.
enum Output {
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }
}

enum Diagnostics {
    /// One line on standard error, made safe for a terminal (a file name may hold escapes).
    static func printLine(_ text: String) {
        Output.write(VisibleText.escaped(text) + "\n", to: STDERR_FILENO)
    }
}
