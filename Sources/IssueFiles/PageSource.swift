import Glibc
import IssueModel

/// Reads the raw bytes of a page from a path or from standard input (`-`): a file, a pipe, a FIFO,
/// a terminal. Never hangs silently — when nothing comes for a second it says that it is waiting —
/// and refuses what is larger than `maximumBytes` before it exhausts the machine.
public enum PageSource {
    /// The name used in messages for standard input.
    public static let standardInputName = "standard input"
    /// The largest page Kanbao opens (`PageInputError.largestPage`).
    public static let maximumBytes = PageInputError.largestPage
    /// How long to wait in silence before saying so.
    static let quietMilliseconds: Int32 = 1000

    /// What `readRegularFile` found in a file.
    public enum FileContent {
        /// Already plain text (UTF-8, LF line ends, no BOM, no NUL), read straight into the String —
        /// one copy of the page in memory instead of the bytes and the text.
        case text(String)
        /// Anything else, for `TextDecoding` — read once, not again by `readBytes`.
        case bytes([UInt8])
    }

    /// A regular file's content in one read; nil for anything else (a FIFO, a device, standard input,
    /// a file that is empty, blank, over the limit or changing under the read), which `readBytes`
    /// then takes the long way, with its waits, notices and errors.
    public static func readRegularFile(path: String) -> FileContent? {
        var info = stat()
        guard path != "-", FileNameBytes.withCString(path, { stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFREG,
              info.st_size > 0, Int(info.st_size) <= maximumBytes else { return nil }
        let fd = FileNameBytes.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = Int(info.st_size)
        var plain = false
        var bytes: [UInt8]?
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            let (count, _) = readFully(fd, into: buffer.baseAddress!, size: size)
            let read = UnsafeBufferPointer(rebasing: buffer[..<count])
            plain = count == size && TextDecoding.isPlainText(read)
            if !plain && count == size { bytes = Array(read) }
            return plain ? count : 0
        }
        if plain { return TextDecoding.isBlank(text) ? nil : .text(text) }
        return bytes.map(FileContent.bytes)
    }

    /// A file's text, decoded (`TextDecoding`): read in one go when it is plain text already, else
    /// read and decoded; `warn` hears each warning of the decoding (bytes replaced).
    public static func decodedText(path: String, warn: (String) -> Void = { _ in }) throws(PageInputError) -> String {
        let content = readRegularFile(path: path)
        if case .text(let text) = content { return text }
        let bytes: [UInt8]
        if case .bytes(let read) = content { bytes = read } else { bytes = try readBytes(path: path, notice: warn) }
        let name = path == "-" ? standardInputName : path
        let decoded = try TextDecoding.decode(bytes, name: name)
        for warning in decoded.warnings { warn("\(name): warning: \(warning)") }
        return decoded.text
    }

    /// `notice` hears, once, that the input is being waited for.
    public static func readBytes(path: String, notice: (String) -> Void = { _ in }) throws(PageInputError) -> [UInt8] {
        if path == "-" {
            if isatty(STDIN_FILENO) != 0 { notice("\(standardInputName): reading the page from the terminal; end it with Ctrl-D") }
            var info = stat()
            if fstat(STDIN_FILENO, &info) == 0 && isEndlessDevice(info, fd: STDIN_FILENO) { throw .device(standardInputName) }
            return try readAll(fd: STDIN_FILENO, name: standardInputName, notice: notice)
        }
        var info = stat()
        if FileNameBytes.withCString(path, { stat($0, &info) }) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .noSuchFile(path) }
            throw .unreadable(path, reason: errorText(code))
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw .directory(path) }
        if kind == S_IFREG && Int(info.st_size) > maximumBytes { throw .tooLarge(path, bytes: Int(info.st_size)) }
        if isEndlessDevice(info, fd: nil) && !isTerminal(path) { throw .device(path) }
        // A FIFO opens at once even with no writer yet; the wait is then in `readAll`, with a notice.
        let fd = FileNameBytes.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | (kind == S_IFIFO ? O_NONBLOCK : 0)) }
        if fd < 0 { throw .unreadable(path, reason: errorText(errno)) }
        defer { close(fd) }
        return try readAll(fd: fd, name: path, notice: notice)
    }

    private static func readAll(fd: Int32, name: String, notice: (String) -> Void) throws(PageInputError) -> [UInt8] {
        var info = stat()
        let waits = fstat(fd, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG
        var bytes: [UInt8] = []
        // A file reads straight into an array of its size (a file that grows meanwhile goes on below).
        if !waits && info.st_size > 0 {
            let size = Int(info.st_size)
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                (count, failure) = readFully(fd, into: buffer.baseAddress!, size: size)
            }
            if failure != 0 { throw .unreadable(name, reason: errorText(failure)) }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var noticed = false
        while true {
            if waits {
                var input = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&input, 1, quietMilliseconds)
                if ready == 0 {
                    if !noticed { notice("\(name): waiting for the page to arrive (Ctrl-C to stop)") }
                    noticed = true
                    continue
                }
                if ready < 0 && errno != EINTR { throw .unreadable(name, reason: errorText(errno)) }
            }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .unreadable(name, reason: errorText(errno))
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { throw .tooLarge(name, bytes: nil) }
        }
    }

    /// A character or block device that is not a terminal (`/dev/zero`, `/dev/urandom`, a disk): it
    /// may never end, and it is no page; refused before a byte is read. (A terminal is read until
    /// Ctrl-D; `/dev/null` is refused too, which it would have been as empty.)
    private static func isEndlessDevice(_ info: stat, fd: Int32?) -> Bool {
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFCHR || kind == S_IFBLK else { return false }
        return fd.map { isatty($0) == 0 } ?? true
    }

    private static func isTerminal(_ path: String) -> Bool {
        let fd = FileNameBytes.withCString(path) { open($0, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return isatty(fd) != 0
    }

    /// Reads up to `size` bytes into `base`, through interrupted and short reads: how many came, and
    /// the error (0 at the end of the file) that stopped it short.
    private static func readFully(_ fd: Int32, into base: UnsafeMutablePointer<UInt8>, size: Int) -> (count: Int, error: Int32) {
        var count = 0
        while count < size {
            let got = read(fd, base + count, size - count)
            if got > 0 { count += got } else if got == 0 { return (count, 0) } else if errno != EINTR { return (count, errno) }
        }
        return (count, 0)
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
