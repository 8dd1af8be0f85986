import Glibc

/// Reads the raw bytes of a page from a path or from standard input (`-`).
public enum PageSource {
    /// The name used in messages for standard input.
    public static let standardInputName = "standard input"

    public static func readBytes(path: String) throws(PageInputError) -> [UInt8] {
        if path == "-" { return try readAll(fd: STDIN_FILENO, name: standardInputName) }
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .noSuchFile(path) }
            throw .unreadable(path, reason: errorText(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .directory(path) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(path, reason: errorText(errno)) }
        defer { close(fd) }
        return try readAll(fd: fd, name: path)
    }

    private static func readAll(fd: Int32, name: String) throws(PageInputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(name, reason: errorText(errno))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
