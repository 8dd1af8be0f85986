import Glibc
import IssueFiles

/// A new file written whole and flushed to the disk, ready to be given its real name (by `rename` or
/// `link`) only once it is complete: what the place store and `e` (export) both need, so that a full
/// disk or a crash never leaves half a file under a name.
public enum DurableFile {
    public enum Failure: Error, Equatable {
        /// The file could not be made (the folder is not writable, the name is taken).
        case create(Int32)
        /// Writing, flushing or closing it failed (a full disk, a file size limit).
        case write(Int32)

        public var code: Int32 {
            switch self {
            case .create(let code), .write(let code): code
            }
        }
    }

    /// Makes `path`, which must not exist, writes all of `bytes` (through short and interrupted
    /// writes), flushes and closes it. Nil when it is done; the caller removes a file that failed.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t) -> Failure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { return .create(errno) }
        var offset = 0
        var failure: Int32 = 0
        while offset < bytes.count && failure == 0 {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if written < 0 && errno != EINTR { failure = errno } else if written == 0 { failure = EIO }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        return failure == 0 ? nil : .write(failure)
    }

    /// Puts `bytes` at `path` atomically: written whole to a temporary file beside it (in `folder`,
    /// made if need be), flushed, renamed over it — so two Kanbaos at once leave one whole file or
    /// the other, never a mix. Nil when it is done; else what went wrong (`what`, the code, the file).
    public static func replace(_ bytes: [UInt8], at path: String, in folder: String, mode: mode_t) -> (what: String, code: Int32, file: String)? {
        if let code = makeFolder(folder) { return ("cannot make the folder", code, folder) }
        let name = path.split(separator: "/").last.map(String.init) ?? "file"
        let temporary = folder + "/.\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        switch write(bytes, to: temporary, mode: mode) {
        case .create(let code)?: return ("cannot write in the folder", code, folder)
        case .write(let code)?:
            unlink(temporary)
            return ("cannot write", code, path)
        case nil:
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                return ("cannot write", code, path)
            }
            return nil
        }
    }

    /// `mkdir -p`: nil, or the error that stopped it.
    public static func makeFolder(_ path: String, mode: mode_t = 0o755) -> Int32? { FolderMaking.make(path, mode: mode) }
}
